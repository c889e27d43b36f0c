package dev.sfntest.internal.backend.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.backend.Backend;
import dev.sfntest.internal.engine.Ids;
import dev.sfntest.internal.engine.StateTest;
import dev.sfntest.internal.expr.Json;
import java.util.Map;

/**
 * TestState: runs one state of a definition on its own, as Step Functions does, without a state
 * machine, and answers how it ended ({@code SUCCEEDED}, {@code FAILED}, {@code RETRIABLE},
 * {@code CAUGHT_ERROR}), its output and next state, and at inspection level DEBUG or TRACE what
 * each data-flow step produced.
 *
 * <pre>{@code
 * TestStates.Result result = testStates.test(new TestStates.Request(
 *     "{\"Type\":\"Pass\",\"Result\":{\"ok\":true},\"Next\":\"Done\"}", null, "{}", "DEBUG",
 *     null, null, null, null, null, null));
 * result.status();      // SUCCEEDED
 * result.nextState();   // Done
 * }</pre>
 *
 * <p>A Task with a {@code mock} gets the mock's result or error and calls nothing. A Task without
 * one needs a role, as on AWS, and then gets what the fake answers a Task of an execution: its task
 * mocks ({@code fake.mockTask(...)}, by state name, which is {@value TestedStates#SINGLE_STATE_NAME}
 * for a single-state definition, or by resource), its nested executions, or the usual failure
 * that says how to mock it.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html">TestState</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html">Testing states with TestState</a>
 */
public final class TestStates {

  /**
   * A TestState request, as the SDK's {@code TestStateRequest} carries it.
   *
   * @param definition the state, or with {@code stateName} the whole machine
   * @param roleArn the execution role, or {@code null}
   * @param input the state's input (JSON text), or {@code null} for {@code {}}
   * @param inspectionLevel INFO (default), DEBUG or TRACE, or {@code null}
   * @param revealSecrets whether to show an HTTP Task's connection secrets, or {@code null}
   * @param variables the workflow variables (a JSON object), or {@code null}
   * @param stateName the state to test in a whole machine, or {@code null}
   * @param mock the mock, or {@code null}
   * @param context the context object (JSON text), or {@code null}
   * @param configuration the state configuration, or {@code null}
   */
  public record Request(
      String definition,
      String roleArn,
      String input,
      String inspectionLevel,
      Boolean revealSecrets,
      String variables,
      String stateName,
      Mock mock,
      String context,
      Configuration configuration) {}

  /**
   * TestState's {@code mock}.
   *
   * @param result the mocked result (JSON text), or {@code null}
   * @param errorOutput the mocked error, or {@code null}
   * @param fieldValidationMode STRICT (default), PRESENT or NONE, or {@code null}
   */
  public record Mock(String result, ErrorOutput errorOutput, String fieldValidationMode) {}

  /**
   * A mocked error.
   *
   * @param error the error name, or {@code null}
   * @param cause the cause, or {@code null}
   */
  public record ErrorOutput(String error, String cause) {}

  /**
   * TestState's {@code stateConfiguration}.
   *
   * @param retrierRetryCount retries already spent on the retrier that matches the error, or {@code null}
   * @param errorCausedByState the state inside the tested Map or Parallel the mocked error comes from, or {@code null}
   * @param mapIterationFailureCount how many of the tested Map's iterations failed, or {@code null}
   * @param mapItemReaderData what the tested Map's ItemReader reads, as in its source, or {@code null}
   */
  public record Configuration(
      Integer retrierRetryCount,
      String errorCausedByState,
      Integer mapIterationFailureCount,
      String mapItemReaderData) {}

  /**
   * The answer.
   *
   * @param status SUCCEEDED, FAILED, RETRIABLE or CAUGHT_ERROR
   * @param output the state's output (SUCCEEDED, CAUGHT_ERROR), or {@code null}
   * @param nextState the state the execution would go to, or {@code null}
   * @param error the error, or {@code null}
   * @param cause the cause, or {@code null}
   * @param inspection what each step produced (DEBUG and TRACE), or {@code null} (INFO)
   */
  public record Result(String status, String output, String nextState, String error, String cause,
      Inspection inspection) {}

  private final Backend backend;

  /**
   * @param backend the fake: its lock, its region and account (for the test execution's ARNs),
   *     and its engine, whose task answers and item source the tested state uses
   */
  public TestStates(Backend backend) {
    this.backend = backend;
  }

  /**
   * Tests a state.
   *
   * @throws dev.sfntest.internal.backend.ApiException AWS's {@code ValidationException}, {@code
   *     InvalidDefinition}, {@code InvalidArn} or {@code InvalidExecutionInput} for a request AWS
   *     refuses
   */
  public Result test(Request request) {
    TestStateRules.checkMembers(request);
    TestedStates.Tested tested = TestedStates.find(request.definition(), request.stateName());
    TestStateRules.checkState(request, tested.state());
    JsonNode input = Payloads.input(request.input());
    Map<String, JsonNode> variables = Payloads.variables(request.variables());
    JsonNode context = request.context() == null ? null : ContextObjects.parse(request.context(), tested.state());
    StateTest.Mock mock = TestStateRules.mock(request.mock());
    Configuration configuration = request.configuration() == null
        ? new Configuration(null, null, null, null) : request.configuration();
    StateTest.Setup setup = new StateTest.Setup(tested.graph(), tested.state().name(), input, variables, context,
        request.roleArn(), mock, configuration.retrierRetryCount(), configuration.mapIterationFailureCount(),
        configuration.mapItemReaderData() == null ? null : ReaderData.of(configuration.mapItemReaderData()),
        names());
    StateTest.Outcome outcome = backend.call(() -> StateTest.run(backend.engine(), setup));
    return new Result(outcome.status().name(),
        outcome.output() == null ? null : Json.write(outcome.output()),
        outcome.nextState(), outcome.error(), outcome.cause(),
        "INFO".equals(level(request)) ? null : Inspections.of(tested.state(), input, outcome));
  }

  private static String level(Request request) {
    return request.inspectionLevel() == null ? "INFO" : request.inspectionLevel();
  }

  /**
   * The ARNs of the test's execution: AWS runs the state in an Express execution of a machine
   * made for the test (recorded: {@code ...:express:<machine>:<execution>}). The names come from
   * a generator of their own, so testing a state leaves the fake's generated names alone.
   */
  private StateTest.Names names() {
    Ids ids = new Ids(0);
    String machine = ids.uuid();
    String execution = ids.uuid();
    String machineArn = backend.arns().stateMachine(machine);
    String executionArn = machineArn.replace(":stateMachine:", ":express:") + ":" + execution;
    return new StateTest.Names(executionArn, execution, machineArn, machine);
  }
}
