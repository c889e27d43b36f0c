package dev.sfntest.local.internal;

import dev.sfntest.internal.shared.OutsideTasks;
import java.net.URI;

/**
 * How {@code sfn-local} answers the Task states that no mock answers: a Lambda task calls the
 * Lambda endpoint when one is set, as Step Functions Local does; any other fails, saying how to mock
 * it where the user is (the mock configuration file over HTTP, the {@code run} command's flags, the
 * request's own {@code mock} for TestState), not with the Java API that only a test in the JVM has.
 * Core calls the endpoint off the fake's lock and delivers the answer ({@link OutsideTasks}).
 *
 * <pre>{@code
 * UnmockedTasks.answerWith(FakeSfn.builder(), LocalTasks.of(lambdaEndpoint, region, Advice.SERVE));
 * }</pre>
 */
public final class LocalTasks implements OutsideTasks, AutoCloseable {

  /** Where the user is, which decides how a failure tells them to mock a task. */
  public enum Advice {
    /** {@code sfn-local serve}: a client over HTTP. */
    SERVE,
    /** {@code sfn-local run}: the command line. */
    RUN
  }

  private final LambdaEndpoint lambda;
  private final Advice advice;

  private LocalTasks(LambdaEndpoint lambda, Advice advice) {
    this.lambda = lambda;
    this.advice = advice;
  }

  /**
   * The answers for one fake.
   *
   * @param lambdaEndpoint the Lambda endpoint, or {@code null} for none
   * @param region the region the calls are signed for
   */
  public static LocalTasks of(URI lambdaEndpoint, String region, Advice advice) {
    return new LocalTasks(lambdaEndpoint == null ? null : new LambdaEndpoint(lambdaEndpoint, region), advice);
  }

  @Override
  public String answerer(Task task) {
    return lambda != null && LambdaEndpoint.handles(task) ? "the Lambda endpoint " + lambda.endpoint() : null;
  }

  @Override
  public Answer call(Task task) {
    return lambda.invoke(task);
  }

  /** Why nothing answers the task, and how to mock it where the user is. */
  @Override
  public String noAnswer(Task task) {
    String resource = task.resource();
    if (task.stateTest()) {
      return "No mock answers the Task state " + (task.singleStateTest() ? "" : "'" + task.stateName() + "' ")
          + "under test (resource " + resource + "). Give the TestState request a mock (mock.result or"
          + " mock.errorOutput)" + lambdaHint(task) + ".";
    }
    String how = advice == Advice.RUN
        ? "Mock it in a test case of a mock configuration file for the state machine '" + task.stateMachineName()
            + "' and run with --mock-config FILE --test-case NAME"
        : "Mock it in a test case of the mock configuration file (MockConfigFile.json in the working directory,"
            + " SFN_MOCK_CONFIG or --mock-config) for the state machine '" + task.stateMachineName() + "', and start"
            + " the execution on its ARN followed by #TestCase";
    return "No mock answers the Task state '" + task.stateName() + "' (resource " + resource + "). " + how
        + lambdaHint(task) + ".";
  }

  /** For a Lambda task without an endpoint: the endpoint would answer it too. */
  private String lambdaHint(Task task) {
    if (lambda != null || !LambdaEndpoint.handles(task)) {
      return "";
    }
    return advice == Advice.RUN ? "" : ", or give sfn-local a Lambda endpoint to call (--lambda-endpoint or LAMBDA_ENDPOINT)";
  }

  @Override
  public void close() {
    if (lambda != null) {
      lambda.close();
    }
  }
}
