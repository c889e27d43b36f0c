package dev.sfntest.conformance.endpoint;

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
