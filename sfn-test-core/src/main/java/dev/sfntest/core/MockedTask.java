package dev.sfntest.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.tasks.MockAnswer;
import dev.sfntest.internal.tasks.MockResponse;
import dev.sfntest.internal.tasks.MockSequence;
import dev.sfntest.internal.tasks.TaskCall;
import java.time.Duration;
import java.util.List;

/**
 * The answers a test programs for one Task state (or resource): a sequence of responses, each for
 * a number of calls. Calls are counted per execution, retries and Map iterations included.
 *
 * <pre>{@code
 * sfn.mockTask("ChargeCard")
 *    .thenFail("Payment.Throttled", "busy").times(2)
 *    .thenReturn("{\"charged\": true}");
 * sfn.mockTask("Ship").thenReturn("{}").takes(Duration.ofMinutes(5));
 * }</pre>
 */
public final class MockedTask {

  private final MockSequence sequence;

  MockedTask(MockSequence sequence) {
    this.sequence = sequence;
  }

  /** The next call returns this JSON result. */
  public MockedTask thenReturn(String json) {
    return thenReturn(Json.parseUnchecked(json));
  }

  /** The next call returns this result. */
  public MockedTask thenReturn(JsonNode result) {
    sequence.add(MockResponse.returning(result));
    return this;
  }

  /** The next call fails with this error and cause (what Retry and Catch match). */
  public MockedTask thenFail(String error, String cause) {
    sequence.add(MockResponse.failing(error, cause));
    return this;
  }

  /** The next call is answered by {@code handler} from its input (throw {@link TaskFailure} to fail). */
  public MockedTask thenAnswer(TaskHandler handler) {
    sequence.add(MockResponse.answering(call -> {
      try {
        return handler.handle(invocation(call));
      } catch (TaskFailure failure) {
        throw new MockAnswer.Failure(failure.error(), failure.cause());
      }
    }));
    return this;
  }

  /** The next call never answers: a TimeoutSeconds or HeartbeatSeconds fires in virtual time. */
  public MockedTask staysSilent() {
    sequence.add(MockResponse.silent());
    return this;
  }

  /**
   * The next call waits for the test to answer with its task token ({@code SendTaskSuccess},
   * {@code SendTaskFailure}): the resource must be a {@code .waitForTaskToken} integration, or a
   * job-run one ({@code .sync}, {@code .sync:2}), whose token AWS also hands out.
   */
  public MockedTask completesViaToken() {
    sequence.add(MockResponse.viaToken());
    return this;
  }

  /** The last response answers this many calls (by default one, and the last one every call). */
  public MockedTask times(int count) {
    sequence.times(count);
    return this;
  }

  /** The last response takes this long on the clock before it answers. */
  public MockedTask takes(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("A duration cannot be negative: " + duration);
    }
    sequence.replaceLast(r -> r.withDelay(duration));
    return this;
  }

  /** While the last response takes its time, it sends a heartbeat this often. */
  public MockedTask heartbeatsEvery(Duration every) {
    if (every.isZero() || every.isNegative()) {
      throw new IllegalArgumentException("A heartbeat interval must be positive: " + every);
    }
    sequence.replaceLast(r -> r.withHeartbeatEvery(every));
    return this;
  }

  /** For {@code .sync} and {@code .waitForTaskToken} tasks: the service response in {@code TaskSubmitted}. */
  public MockedTask submitting(String json) {
    JsonNode output = Json.parseUnchecked(json);
    sequence.replaceLast(r -> r.withSubmitted(output));
    return this;
  }

  /**
   * For activities: the last response comes from a worker that polled with this name, which
   * {@code ActivityStarted} records as GetActivityTask's {@code workerName} would.
   *
   * <pre>{@code sfn.mockTask("Review").thenReturn("{}").byWorker("reviewer-1");}</pre>
   */
  public MockedTask byWorker(String workerName) {
    sequence.replaceLast(r -> r.withWorkerName(workerName));
    return this;
  }

  /**
   * Forgets the answers programmed so far, and the calls recorded: the answers given next start a
   * new sequence. A test uses it to replace what its {@code @BeforeEach} programmed, where
   * programming again would only add to the sequence. Until it is given an answer, the mock
   * answers nothing: a mock by resource, the mock file or the "no mock" failure answer instead.
   * Calls are still counted per execution, so an execution started after the reset gets the first
   * new answer; one that called the Task before goes on from its count.
   *
   * <pre>{@code
   * @BeforeEach
   * void charges_succeed(SfnTestContext sfn) {
   *   sfn.mockTask("ChargeCard").thenReturn("{\"charged\": true}");
   * }
   *
   * @Test
   * void a_declined_card_is_compensated(SfnTestContext sfn) {
   *   sfn.mockTask("ChargeCard").reset().thenFail("Payment.Declined", "card expired");
   *   ...
   * }
   * }</pre>
   */
  public MockedTask reset() {
    sequence.reset();
    return this;
  }

  /** Whether responses were programmed but no call came. */
  boolean isUnused() {
    return !sequence.isEmpty() && sequence.calls().isEmpty();
  }

  /** Every call so far, in order (for verification). */
  public List<TaskInvocation> invocations() {
    return sequence.calls().stream().map(MockedTask::invocation).toList();
  }

  private static TaskInvocation invocation(TaskCall call) {
    return new TaskInvocation(call.stateName(), call.resource(), call.input(), call.executionArn(),
        call.invocation(), call.retryCount(), call.taskToken());
  }
}
