package dev.sfntest.internal.backend.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.MapState;
import dev.sfntest.internal.asl.ParallelState;
import dev.sfntest.internal.asl.State;
import dev.sfntest.internal.asl.StateType;
import dev.sfntest.internal.asl.TaskState;
import dev.sfntest.internal.backend.ApiException;
import dev.sfntest.internal.backend.Configurations;
import dev.sfntest.internal.backend.Constraints;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.StateTest;
import dev.sfntest.internal.expr.Json;
import java.util.List;
import java.util.Set;

/**
 * The rules AWS applies to a TestState request before it runs the state.
 *
 * <pre>{@code
 * TestStateRules.checkMembers(request);             // lengths, ranges, enums, the role's ARN
 * TestStateRules.checkState(request, tested.state()); // what may be tested, and with what
 * }</pre>
 *
 * <p>Recorded from AWS (LocalStack's recordings against AWS): Map and Parallel need a mock
 * ({@code InvalidDefinition}); Pass, Fail and Succeed refuse one; a mock has a result or an error
 * output, not both; no RevealSecrets with a mock; a Map's mocked result is an array (an object with
 * a ResultWriter); a Parallel's an array with one item per branch; a Task without a mock needs a
 * role; a mocked result that does not fit its integration's response ({@link ResultShapes}). The other
 * messages keep AWS's shape, and each says so where it is made.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html">TestState</a>
 */
final class TestStateRules {

  /** The request's size limits (the API model's lengths). */
  private static final int MAX_DEFINITION = 1_048_576;
  private static final int MAX_PAYLOAD = 262_144;

  /** State types TestState refuses a mock for: recorded for Pass, Fail and Succeed. */
  private static final Set<StateType> NO_MOCK = Set.of(StateType.PASS, StateType.FAIL, StateType.SUCCEED,
      // Assumed: a mock is the answer of a task or of a Map's or Parallel's children, which Choice and
      // Wait do not have; AWS's refusal of these two is not recorded.
      StateType.CHOICE, StateType.WAIT);

  private TestStateRules() {}

  /** The API model's constraints on each member, refused as AWS's request validator refuses them. */
  static void checkMembers(TestStates.Request request) {
    Constraints.required(request.definition(), "definition");
    Constraints.length(request.definition(), "definition", 1, MAX_DEFINITION);
    if (request.roleArn() != null) {
      Configurations.checkRoleArn(request.roleArn());
    }
    Constraints.bytes(request.input(), "input", MAX_PAYLOAD);
    Constraints.oneOf(request.inspectionLevel(), "inspectionLevel", List.of("INFO", "DEBUG", "TRACE"));
    Constraints.bytes(request.variables(), "variables", MAX_PAYLOAD);
    Constraints.length(request.stateName(), "stateName", 1, 80);
    Constraints.bytes(request.context(), "context", MAX_PAYLOAD);
    TestStates.Mock mock = request.mock();
    if (mock != null) {
      Constraints.bytes(mock.result(), "mock.result", MAX_PAYLOAD);
      Constraints.oneOf(mock.fieldValidationMode(), "mock.fieldValidationMode", List.of("STRICT", "PRESENT", "NONE"));
      if (mock.errorOutput() != null) {
        Constraints.length(mock.errorOutput().error(), "mock.errorOutput.error", 0, 256);
        Constraints.length(mock.errorOutput().cause(), "mock.errorOutput.cause", 0, 32_768);
      }
    }
    TestStates.Configuration configuration = request.configuration();
    if (configuration != null) {
      Constraints.range(configuration.retrierRetryCount(), "stateConfiguration.retrierRetryCount", 0,
          Integer.MAX_VALUE);
      Constraints.length(configuration.errorCausedByState(), "stateConfiguration.errorCausedByState", 1, 80);
      Constraints.range(configuration.mapIterationFailureCount(), "stateConfiguration.mapIterationFailureCount", 0,
          Integer.MAX_VALUE);
      Constraints.bytes(configuration.mapItemReaderData(), "stateConfiguration.mapItemReaderData", MAX_PAYLOAD);
    }
  }

  /** What may be tested, and with what: AWS's rules on the state, the mock, the role and the context. */
  static void checkState(TestStates.Request request, State state) {
    TestStates.Mock mock = request.mock();
    StateType type = state.type();
    if (mock == null && (type == StateType.MAP || type == StateType.PARALLEL)) {
      // Recorded: the same words for both, kept from the time TestState tested no Map or Parallel.
      throw new ApiException("InvalidDefinition", "TestState API does not support Map or Parallel states. "
          + "Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]");
    }
    if (mock != null) {
      checkMock(request, state);
    } else if (state instanceof TaskState task) {
      checkUnmockedTask(request, task);
    }
    if (request.context() != null && mock == null) {
      // Documented rule ("may only be specified if a mock is specified"); AWS's words are assumed.
      throw ApiException.validation("TestState does not support a context object without a mock.");
    }
    checkConfiguration(request.configuration(), state);
  }

  private static void checkMock(TestStates.Request request, State state) {
    TestStates.Mock mock = request.mock();
    if (NO_MOCK.contains(state.type())) {
      throw ApiException.validation("State type '" + state.type().aslName() + "' is not supported when a mock is specified");
    }
    if (Boolean.TRUE.equals(request.revealSecrets())) {
      throw ApiException.validation("TestState does not support RevealSecrets when a mock is specified.");
    }
    if (mock.result() != null && mock.errorOutput() != null) {
      throw ApiException.validation("A test mock should have only one of the following fields: [result, errorOutput].");
    }
    if (mock.result() == null && mock.errorOutput() == null) {
      // The shape of the recorded message for both fields; AWS's words for neither are not recorded.
      throw ApiException.validation("A test mock should have one of the following fields: [result, errorOutput].");
    }
    if (mock.result() == null) {
      return;
    }
    JsonNode result = parseResult(mock.result());
    if (state instanceof TaskState task) {
      ResultShapes.check(task.resource(), result, mock.fieldValidationMode());
    }
    if (state instanceof MapState map) {
      if (map.resultWriter() != null && !result.isObject()) {
        throw ApiException.validation("Mocked result must be a JSON object.");
      }
      if (map.resultWriter() == null && !result.isArray()) {
        throw ApiException.validation("Mocked result must be an array.");
      }
    }
    if (state instanceof ParallelState parallel) {
      if (!result.isArray()) {
        throw ApiException.validation("Mocked result must be an array.");
      }
      if (result.size() != parallel.branches().size()) {
        throw ApiException.validation(
            "Mocked result must contain the same number of items as number of Parallel branches.");
      }
    }
  }

  private static JsonNode parseResult(String text) {
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      // Recorded: a result that is no JSON is refused even with fieldValidationMode NONE; AWS's words
      // are not recorded.
      throw ApiException.validation("Mocked result must be valid JSON");
    }
  }

  /**
   * A Task without a mock makes the call AWS would make: it needs a role (recorded), and a pattern
   * that ends without a worker or a callback, which TestState can only mock (documented).
   */
  private static void checkUnmockedTask(TestStates.Request request, TaskState task) {
    ResourceKind kind = ResourceKind.of(task.resource());
    if (kind != null && kind.pattern() != ResourceKind.Pattern.REQUEST_RESPONSE) {
      // Documented: "TestState only supports ... Activity tasks, .sync or .waitForTaskToken service
      // integration patterns ... when a mock is specified"; AWS's words are assumed, in the shape of
      // its refusal of an unmocked Map or Parallel.
      throw new ApiException("InvalidDefinition", "TestState API does not support Activity tasks, .sync or "
          + ".waitForTaskToken service integration patterns without a mock.");
    }
    if (request.roleArn() == null) {
      throw ApiException.validation("RoleArn must be specified when testing a Task state");
    }
  }

  /**
   * The state configuration fits the tested state. AWS's words are assumed: a configuration that
   * cannot apply to the state is refused rather than ignored, so that a test does not pass by
   * accident.
   */
  private static void checkConfiguration(TestStates.Configuration configuration, State state) {
    if (configuration == null) {
      return;
    }
    boolean map = state instanceof MapState;
    if (configuration.mapIterationFailureCount() != null && !map) {
      throw ApiException.validation("stateConfiguration.mapIterationFailureCount is only supported for Map states.");
    }
    if (configuration.mapItemReaderData() != null) {
      if (!map || ((MapState) state).itemReader() == null) {
        throw ApiException.validation(
            "stateConfiguration.mapItemReaderData is only supported for Map states with an ItemReader.");
      }
      if (!ReaderData.supports(((MapState) state).itemReader().readerConfig())) {
        throw new UnsupportedOperationException("FakeSfnClient does not support stateConfiguration.mapItemReaderData "
            + "for ReaderConfig InputType " + ((MapState) state).itemReader().readerConfig().path("InputType").asText()
            + " yet (JSON and JSONL are supported)");
      }
    }
    String causedBy = configuration.errorCausedByState();
    if (causedBy != null && !TestedStates.contains(state, causedBy)) {
      throw ApiException.validation("stateConfiguration.errorCausedByState '" + causedBy
          + "' is not a state of the tested Map or Parallel state.");
    }
  }

  /** The request's mock as the engine takes it; its result was checked to be JSON. */
  static StateTest.Mock mock(TestStates.Mock mock) {
    if (mock == null) {
      return null;
    }
    if (mock.result() != null) {
      return new StateTest.Mock(Json.parseUnchecked(mock.result()), null, null);
    }
    return new StateTest.Mock(null, mock.errorOutput().error(), mock.errorOutput().cause());
  }
}
