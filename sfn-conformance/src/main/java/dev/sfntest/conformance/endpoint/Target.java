package dev.sfntest.conformance.endpoint;

import software.amazon.awssdk.services.sfn.SfnClient;

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

  /** A client for one case; closing it releases whatever the target set up for the case. */
  interface Session extends AutoCloseable {

    SfnClient client();

    @Override
    void close();
  }
}
