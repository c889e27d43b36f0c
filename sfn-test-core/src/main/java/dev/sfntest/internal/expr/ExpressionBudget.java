package dev.sfntest.internal.expr;

/**
 * How much JSONata evaluation an execution may still do, counted in evaluation steps (each node of
 * an expression evaluated once is a step), never in time: the same expression over the same input
 * takes the same number of steps on a slow machine as on a fast one, so where a runaway expression
 * stops, and the history it leaves, is the same everywhere.
 *
 * <p>Three bounds. One evaluation may take {@link #STEPS_PER_EVALUATION} steps (a loop JSONata runs
 * as tail calls, which grows no stack, ends there) and nest {@link #MAX_DEPTH} deep (a recursion
 * that is not a tail call ends there, long before the thread's stack would overflow). An
 * execution, its Map iterations and Parallel branches included, may take {@link
 * #STEPS_PER_EXECUTION} steps in all, so that a runaway retried many times cannot hold the fake for
 * long: past it every evaluation of the execution fails at once. Each is {@code
 * States.QueryEvaluationError} in the history, as AWS's bound on evaluation is.
 *
 * <pre>{@code
 * ExpressionBudget budget = ExpressionBudget.forExecution();   // one per execution
 * JsonNode value = expression.evaluate(ctx);                    // ctx.budget() answers it
 * }</pre>
 */
public final class ExpressionBudget {

  /**
   * Steps one evaluation may take: tens of times what mapping a function over the largest array a
   * 256 KiB payload holds takes (some 50,000 items at a few steps each), some 0.1 s of a runaway.
   */
  public static final long STEPS_PER_EVALUATION = 1_000_000;

  /** Steps all evaluations of one execution may take: ten runaways, about a second. */
  public static final long STEPS_PER_EXECUTION = 10_000_000;

  /**
   * How deep one evaluation may nest: about 160 calls of a function that is not tail-recursive
   * (three levels each), in some 0.4 MiB of a thread's stack.
   */
  public static final int MAX_DEPTH = 500;

  private long remaining;

  private ExpressionBudget(long steps) {
    this.remaining = steps;
  }

  /** A fresh budget of {@link #STEPS_PER_EXECUTION} steps, for one execution. */
  public static ExpressionBudget forExecution() {
    return new ExpressionBudget(STEPS_PER_EXECUTION);
  }

  /** The steps left. */
  public long remaining() {
    return remaining;
  }

  /** The steps the next evaluation may take: the per-evaluation bound, or what is left. */
  long nextEvaluation() {
    return Math.min(STEPS_PER_EVALUATION, remaining);
  }

  /** Takes the steps an evaluation took. */
  void spend(long steps) {
    remaining = Math.max(0, remaining - steps);
  }
}
