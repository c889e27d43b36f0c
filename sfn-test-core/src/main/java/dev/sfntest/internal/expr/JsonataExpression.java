package dev.sfntest.internal.expr;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code {% expression %}} of a definition, parsed once, evaluated as AWS evaluates it: with
 * {@code $states} and the workflow variables bound, Step Functions' function library, and AWS's
 * rules for what a result may be (not undefined, not a function).
 *
 * <pre>{@code
 * JsonataExpression e = JsonataExpression.compile("$sum($states.input.n) + $bonus", "Output/total", "Output/total");
 * JsonNode total = e.evaluate(ctx);          // JsonataEvaluationException on failure
 * }</pre>
 */
final class JsonataExpression {

  /**
   * The expression runs as the value of a one-member object: the object drops a member whose value
   * is undefined and keeps one that is null, which tells the two apart (the library returns Java
   * {@code null} for both at the top level).
   */
  private static final String WRAP_OPEN = "{\"v\":(";
  private static final String WRAP_CLOSE = ")}";
  private static final String WRAP_KEY = "v";

  /**
   * AWS's words when an expression runs away (those of JSONata's own guard, {@code U1001}): a loop,
   * which JSONata runs as tail calls without growing the stack, passes its bound of steps.
   */
  static final String RUNAWAY = "Expression evaluation timeout: Check for infinite loop";

  /** A recursion that is not a tail call passes the bound of depth (JSONata's own words again). */
  static final String TOO_DEEP = "Stack overflow error: Check for non-terminating recursive function.  "
      + "Consider rewriting as tail-recursive.";

  /**
   * Ends an evaluation that passes its bounds ({@link ExpressionBudget}): a count of steps and a
   * depth, both the same on any machine, where a bound in real time was not (and held the fake's
   * lock five seconds per evaluation, retries included). Counting costs an increment and a
   * comparison per step; the library's own bound ({@code Frame.setRuntimeBounds}) read the clock
   * twice per step, which made JSONata-heavy states 40% slower.
   */
  private static final class Bounds implements Jsonata.EntryCallback, Jsonata.ExitCallback {
    private final long maxSteps;
    private long steps;
    private int depth;

    Bounds(long maxSteps) {
      this.maxSteps = maxSteps;
    }

    @Override
    public void callback(com.dashjoin.jsonata.Parser.Symbol expression, Object input, Jsonata.Frame environment) {
      if (++steps > maxSteps) {
        throw new JException(RUNAWAY, -1);
      }
      if (!environment.isParallelCall && ++depth > ExpressionBudget.MAX_DEPTH) {
        throw new JException(TOO_DEEP, -1);
      }
    }

    @Override
    public void callback(com.dashjoin.jsonata.Parser.Symbol expression, Object input, Jsonata.Frame environment,
        Object result) {
      if (!environment.isParallelCall) {
        depth--;
      }
    }

    /** The steps taken, within the bound (the one that passed it is not counted twice). */
    long steps() {
      return Math.min(steps, maxSteps);
    }
  }

  /** The throwaway expression of {@link #releaseFromThread()}. */
  private static final String SCRATCH = "0";

  /** How the library reports a string that is not a number ({@code $number('abc')}). */
  private static final Pattern NOT_A_NUMBER = Pattern.compile("For input string: \"(.*)\"");

  private final String text;
  private final String field;
  private final String wrapped;
  private final Jsonata compiled;
  private final JsonataReferences references;
  private final JsonataPath path;

  private JsonataExpression(String text, String field, String wrapped, Jsonata compiled,
      JsonataReferences references) {
    this.text = text;
    this.field = field;
    this.wrapped = wrapped;
    this.compiled = compiled;
    this.references = references;
    this.path = JsonataPath.parse(text);
  }

  /**
   * Parses an expression.
   *
   * @param text the expression between {@code {%} and {@code %}}, trimmed
   * @param field the field path AWS names in runtime errors ({@code Output/result})
   * @param pointer the JSON pointer, relative to the state, reported when the expression is invalid
   * @throws InvalidJsonataException when the expression does not parse
   */
  static JsonataExpression compile(String text, String field, String pointer) {
    if (ExpressionNesting.tooDeep(text)) {
      throw new InvalidJsonataException(InvalidJsonataException.INVALID_JSONATA_EXPRESSION,
          ExpressionNesting.TOO_DEEP, pointer);
    }
    String wrapped = WRAP_OPEN + text + WRAP_CLOSE;
    Jsonata compiled;
    try {
      if (text.isBlank()) {
        // Wrapped, an empty expression would be an empty block; on its own it does not parse.
        Jsonata.jsonata(text);
      }
      compiled = Jsonata.jsonata(wrapped);
      releaseFromThread();
    } catch (JException e) {
      throw invalid(text, pointer, e, wrapped);
    } catch (RuntimeException e) {
      throw new InvalidJsonataException(InvalidJsonataException.INVALID_JSONATA_EXPRESSION,
          String.valueOf(e.getMessage()), pointer);
    }
    JsonataReferences references = JsonataReferences.scan(text);
    JsonataFunctions.install(compiled, references);
    return new JsonataExpression(text, field, wrapped, compiled, references);
  }

  /**
   * The library's constructor makes the new instance its thread's scratch instance, and evaluating
   * any expression on that thread then overwrites the scratch instance's environment with its
   * working frame. A compiled expression must never be that instance: it is shared by every
   * execution, and its environment (where Step Functions' functions live) would grow by one frame
   * per evaluation. Compiling a throwaway expression takes its place.
   */
  private static void releaseFromThread() {
    Jsonata.jsonata(SCRATCH);
  }

  /** The parser's own message, for the expression as written (not as wrapped). */
  private static InvalidJsonataException invalid(String text, String pointer, JException wrappedError,
      String wrapped) {
    JException error = wrappedError;
    String source = wrapped;
    try {
      Jsonata.jsonata(text);
    } catch (JException e) {
      error = e;
      source = text;
    } catch (RuntimeException e) {
      // Keep the wrapped expression's error.
    }
    return new InvalidJsonataException(InvalidJsonataException.INVALID_JSONATA_EXPRESSION,
        JsonataErrors.message(error, source), pointer);
  }

  /** The expression as AWS quotes it in causes. */
  String text() {
    return text;
  }

  /** The field path AWS names in causes and in {@code EvaluationFailed}. */
  String field() {
    return field;
  }

  /**
   * Evaluates the expression.
   *
   * @throws JsonataEvaluationException when it throws, returns nothing, or returns a function
   */
  JsonNode evaluate(EvalContext ctx) {
    if (path != null) {
      JsonNode value = path.read(ctx);
      if (value != null) {
        return value;
      }
    }
    Jsonata.Frame frame = compiled.createFrame();
    ExpressionBudget budget = ctx.budget();
    Bounds bounds = new Bounds(budget.nextEvaluation());
    frame.setEvaluateEntryCallback(bounds);
    frame.setEvaluateExitCallback(bounds);
    try {
      return evaluate(ctx, frame);
    } finally {
      budget.spend(bounds.steps());
    }
  }

  private JsonNode evaluate(EvalContext ctx, Jsonata.Frame frame) {
    if (references.usesStates()) {
      frame.bind(JsonataReferences.STATES, states(ctx));
    }
    JsonataFunctions.bindPerEvaluation(frame, references, ctx);
    for (String name : references.variables()) {
      JsonNode value = ctx.variable(name);
      if (value != null) {
        // Workflow variables shadow functions of the same name, as JSONata bindings do.
        frame.bind(name, JsonataValues.toJsonata(value));
      }
    }
    Object result;
    try {
      result = compiled.evaluate(null, frame);
    } catch (JException e) {
      throw JsonataEvaluationException.threw(text, field, e.getError(), JsonataErrors.message(e, wrapped));
    } catch (JsonataFunctions.FunctionError e) {
      throw JsonataEvaluationException.threw(text, field, null, e.getMessage());
    } catch (NumberFormatException e) {
      throw notANumber(e);
    } catch (StackOverflowError e) {
      // Only on a thread with a stack too small for MAX_DEPTH (well under the usual 1 MiB).
      throw JsonataEvaluationException.threw(text, field, null, TOO_DEEP);
    } catch (RuntimeException e) {
      throw JsonataEvaluationException.threw(text, field, null,
          e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }
    Map<?, ?> holder = (Map<?, ?>) result;
    if (holder == null || !holder.containsKey(WRAP_KEY)) {
      throw JsonataEvaluationException.returnedNothing(text, field);
    }
    try {
      return JsonataValues.toJson(holder.get(WRAP_KEY));
    } catch (JsonataValues.Unsupported e) {
      throw JsonataEvaluationException.unsupportedResult(text, field);
    } catch (JsonataValues.TooDeep e) {
      throw JsonataEvaluationException.threw(text, field, null,
          "The result is nested deeper than " + Json.MAX_DEPTH + " levels");
    }
  }

  /**
   * {@code $states}: {@code input} and {@code context} always, {@code result} and {@code
   * errorOutput} where the state has them. Only the members the expression reads are converted.
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html">Reserved variable: $states</a>
   */
  private Map<String, Object> states(EvalContext ctx) {
    Map<String, Object> states = new LinkedHashMap<>();
    putIfNeeded(states, "input", ctx.input());
    putIfNeeded(states, "result", ctx.result());
    putIfNeeded(states, "errorOutput", ctx.errorOutput());
    putIfNeeded(states, "context", ctx.contextObject());
    return states;
  }

  private void putIfNeeded(Map<String, Object> states, String member, JsonNode value) {
    if (value != null && references.needs(member)) {
      states.put(member, JsonataValues.toJsonata(value));
    }
  }

  /** The library reports {@code $number('abc')} as a Java parse error; JSONata calls it D3030. */
  private JsonataEvaluationException notANumber(NumberFormatException e) {
    Matcher m = NOT_A_NUMBER.matcher(String.valueOf(e.getMessage()));
    if (m.matches()) {
      return JsonataEvaluationException.threw(text, field, "D3030",
          "Unable to cast value to a number: " + JsonataErrors.stringify(m.group(1)));
    }
    return JsonataEvaluationException.threw(text, field, null, String.valueOf(e.getMessage()));
  }
}
