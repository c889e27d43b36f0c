package dev.sfntest.conformance;

import dev.sfntest.conformance.compare.CaseComparator;
import dev.sfntest.conformance.compare.CaseNormaliser;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.Tier;
import dev.sfntest.conformance.endpoint.Target;
import dev.sfntest.conformance.endpoint.TaskAnswers;
import dev.sfntest.conformance.execute.CaseExecution;
import dev.sfntest.conformance.execute.CaseNames;
import dev.sfntest.conformance.execute.Observation;
import dev.sfntest.conformance.execute.RejectedException;
import dev.sfntest.internal.shared.compare.Difference;
import dev.sfntest.internal.shared.compare.Normaliser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs conformance cases against a {@link Target} and compares each answer with AWS's recording.
 *
 * <pre>{@code
 * List<CaseResult> results = new ConformanceRunner(new FakeTarget()).run(CaseLoader.load(folder));
 * }</pre>
 *
 * <p>Each case runs on a worker thread with a time limit, so an engine that loops forever turns
 * into an {@code error} outcome instead of a hung run (the fake's virtual clock never sleeps, so a
 * case that needs more than the limit is stuck).
 */
public final class ConformanceRunner {

  /** How long one case may take before it counts as stuck. */
  public static final Duration DEFAULT_CASE_TIMEOUT = Duration.ofSeconds(20);

  private final Target target;
  private final Duration caseTimeout;
  private ExecutorService worker;

  public ConformanceRunner(Target target) {
    this(target, DEFAULT_CASE_TIMEOUT);
  }

  public ConformanceRunner(Target target, Duration caseTimeout) {
    this.target = target;
    this.caseTimeout = caseTimeout;
  }

  /** Runs every case, in order. */
  public List<CaseResult> run(List<ConformanceCase> cases) {
    List<CaseResult> results = new ArrayList<>(cases.size());
    try {
      for (int i = 0; i < cases.size(); i++) {
        results.add(run(cases.get(i), i + 1));
      }
    } finally {
      if (worker != null) {
        worker.shutdownNow();
        worker = null;
      }
    }
    return results;
  }

  /**
   * Runs one case.
   *
   * @param serial distinguishes the names of this case's state machine and execution
   */
  public CaseResult run(ConformanceCase c, int serial) {
    Tier tier = Tier.of(c);
    if (tier == Tier.D) {
      return new CaseResult(c.id(), tier, Outcome.SKIPPED,
          "tier D: calls services whose results were not recorded (" + String.join(", ", c.needs()) + ")");
    }
    String cannotRun = target.cannotRun(c);
    if (cannotRun != null) {
      return new CaseResult(c.id(), tier, Outcome.SKIPPED, cannotRun);
    }
    Future<CaseResult> future = worker().submit(() -> runNow(c, tier, serial));
    try {
      return future.get(caseTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      // The stuck thread cannot be stopped; a fresh worker runs the next cases.
      worker.shutdownNow();
      worker = null;
      return new CaseResult(c.id(), tier, Outcome.ERROR, "did not finish within " + caseTimeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      return new CaseResult(c.id(), tier, Outcome.ERROR, describe(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new CaseResult(c.id(), tier, Outcome.ERROR, "interrupted");
    }
  }

  private CaseResult runNow(ConformanceCase c, Tier tier, int serial) {
    CaseNames names = CaseNames.of(c, target.region(), target.account(), target.runTag(), serial);
    TaskAnswers answers = tier == Tier.C ? TaskAnswers.from(c, names::toConcrete) : TaskAnswers.NONE;
    try (Target.Session session = CaseExecution.stopsWhileRunning(c) ? target.openForStop(answers) : target.open(answers)) {
      Observation observation = CaseExecution.run(c, names, session);
      Normaliser normaliser = CaseNormaliser.forCase(c, names.toPlaceholders());
      Difference difference = CaseComparator.compare(c, observation, normaliser);
      return difference == null
          ? new CaseResult(c.id(), tier, Outcome.PASS, null)
          : new CaseResult(c.id(), tier, Outcome.FAIL, difference.describe());
    } catch (RejectedException e) {
      return new CaseResult(c.id(), tier, Outcome.REJECTED, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new CaseResult(c.id(), tier, Outcome.ERROR, describe(e));
    }
  }

  private static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    return e.getClass().getName() + ": " + e.getMessage() + where;
  }

  private ExecutorService worker() {
    if (worker == null) {
      worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "conformance-case");
        thread.setDaemon(true);
        return thread;
      });
    }
    return worker;
  }
}
