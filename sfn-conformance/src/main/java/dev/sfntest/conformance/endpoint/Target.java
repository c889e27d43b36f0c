package dev.sfntest.conformance.endpoint;

import dev.sfntest.conformance.corpus.ConformanceCase;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Where cases run: anything reachable through an {@link SfnClient}. The runner uses nothing else,
 * so the same cases can run against the fake, Step Functions Local or AWS itself.
 */
public interface Target {

  /** The region ARNs of this target carry; it replaces the corpus's {@code <region>}. */
  String region();

  /** The account id ARNs of this target carry; it replaces the corpus's {@code 111111111111}. */
  String account();

  /**
   * Added to the names of the state machines and executions a run creates, so that they differ
   * from every earlier run's on a target that keeps them; empty (the default) for a target that
   * starts afresh for every case.
   */
  default String runTag() {
    return "";
  }

  /**
   * Why this target cannot run a case, or null when it can. A case it cannot run is reported as
   * skipped with this reason, so a target never shows a failure that only says what it lacks.
   */
  default String cannotRun(ConformanceCase c) {
    return null;
  }

  /**
   * Opens a session for one case.
   *
   * @param answers the case's recorded task results (empty unless tier C), for targets that can
   *     answer Task states from them
   */
  Session open(TaskAnswers answers);

  /**
   * Opens a session for a case whose test stopped the execution while it ran (in a long Wait, say).
   * A target that moves time on its own must then leave it where it is until the runner has
   * stopped the execution; by default nothing differs.
   */
  default Session openForStop(TaskAnswers answers) {
    return open(answers);
  }

  /** A client for one case; closing it releases whatever the target set up for the case. */
  interface Session extends AutoCloseable {

    SfnClient client();

    /**
     * How long the runner waits for a started execution to end before reading it. Zero, the
     * default, reads at once: right for a target whose StartExecution returns once the execution
     * has run as far as it can (the fake). A target that runs executions on its own time needs
     * the runner to poll DescribeExecution until they end.
     */
    default Duration executionEndWait() {
      return Duration.ZERO;
    }

    /**
     * The events an Express execution logged (what AWS sends to CloudWatch Logs), or null when
     * the target cannot show them: AWS keeps no history for Express executions.
     */
    default List<HistoryEvent> expressExecutionLog(String executionArn) {
      return null;
    }

    @Override
    void close();
  }
}
