package dev.sfntest.internal.shared;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service outside the fake that answers the Task states nothing in the fake answers (no mock, no
 * mock file test case, no activity, no nested execution): sfn-local's Lambda endpoint. It is the
 * port core gives other modules instead of its engine's task types. Core decides when the service
 * is called and delivers its answer to the execution; the service only says whether it answers a
 * task, answers it, and says why nothing answers the tasks it declines.
 *
 * <p>A call may take long (Lambda runs up to 15 minutes), so it is never made under the fake's
 * lock: an execution's call runs on a thread of its own while the execution waits (the clock does
 * not skip past it), and a TestState request makes its call with the lock released, so other
 * requests are answered meanwhile.
 *
 * <pre>{@code
 * UnmockedTasks.answerWith(FakeSfn.builder(), new LambdaTasks(endpoint));
 * }</pre>
 */
public interface OutsideTasks {

  /** What a Task state's resource calls, as far as an outside service needs to know. */
  enum Target {
    /** A Lambda function ARN: the function's payload is the result. */
    LAMBDA_FUNCTION,
    /** The optimised integration {@code arn:aws:states:::lambda:invoke}, in any pattern. */
    LAMBDA_INVOKE,
    /** Any other resource. */
    OTHER
  }

  /**
   * One attempt of a Task state nothing in the fake answers.
   *
   * @param stateName the Task state's name
   * @param resource the resource ARN as written (an integration without its region and account)
   * @param target what the resource calls
   * @param parameters the effective input (after InputPath and Parameters, or Arguments)
   * @param callback whether it is a {@code .waitForTaskToken} task: the call only submits it, and
   *     the task then waits for its token (sent back with SendTaskSuccess and its kin)
   * @param stateMachineName the state machine's name
   * @param stateTest whether a TestState request runs it
   * @param singleStateTest whether that request tested a single state, not a state machine's state
   *     (the state then has no name of its own)
   */
  record Task(String stateName, String resource, Target target, JsonNode parameters, boolean callback,
      String stateMachineName, boolean stateTest, boolean singleStateTest) {}

  /** What a call came to: a result, or an error and a cause. */
  record Answer(JsonNode result, String error, String cause) {
    public static Answer success(JsonNode result) {
      return new Answer(result, null, null);
    }

    public static Answer failure(String error, String cause) {
      return new Answer(null, error, cause);
    }

    public boolean succeeded() {
      return error == null;
    }
  }

  /**
   * Who answers {@code task}, in words for what an execution waits on ({@code the Lambda endpoint
   * http://127.0.0.1:3001}), or {@code null} when this service does not answer it.
   */
  String answerer(Task task);

  /**
   * Answers {@code task}, blocking until the service does; never under the fake's lock. A service
   * that fails is an {@link Answer#failure}, not an exception.
   */
  Answer call(Task task);

  /**
   * Why nothing answers a task this service declines, and how to mock it where the user is: the
   * cause of the {@code States.Runtime} error the task fails with.
   */
  String noAnswer(Task task);
}
