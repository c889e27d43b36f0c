package dev.sfntest.internal.tasks;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.ErrorNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mocks a test programs ({@code fake.mockTask(name)}, {@code fake.mockResource(arn)}), each a
 * {@link MockSequence}; two links of the {@link TaskChain}, by state name and by resource ARN.
 *
 * <pre>{@code
 * ProgrammedMocks mocks = new ProgrammedMocks(tokens);
 * mocks.forState("Ship").add(MockResponse.returning(Json.object()));
 * }</pre>
 */
public final class ProgrammedMocks {

  private final Map<String, MockSequence> byState = new LinkedHashMap<>();
  private final Map<String, MockSequence> byResource = new LinkedHashMap<>();
  private final TaskTokens tokens;
  private final TaskLink byStateName = new Link(true, true);
  private final TaskLink byResourceArn = new Link(false, true);

  /** @param tokens where {@code completesViaToken()} calls wait for the test */
  public ProgrammedMocks(TaskTokens tokens) {
    this.tokens = tokens;
  }

  /** The mock for a state name (created empty on first use). */
  public synchronized MockSequence forState(String stateName) {
    return byState.computeIfAbsent(stateName, k -> new MockSequence());
  }

  /**
   * The mock for a resource ARN (created empty on first use). An integration ARN with a region and
   * account mocks the same integration as without them, as AWS runs them alike.
   */
  public synchronized MockSequence forResource(String resourceArn) {
    return byResource.computeIfAbsent(ResourceKind.regionless(resourceArn), k -> new MockSequence());
  }

  /**
   * Removes every mock programmed by state name or resource; the mock file stays (it is a setting
   * of the fake, not something a test programs).
   */
  public synchronized void clearMocks() {
    byState.clear();
    byResource.clear();
  }

  /** The link that answers tasks whose state name has programmed responses. */
  public TaskLink byStateName() {
    return byStateName;
  }

  /** The link that answers tasks whose resource ARN has programmed responses. */
  public TaskLink byResource() {
    return byResourceArn;
  }

  /**
   * The same two links, but calls through them are not recorded in the mocks' {@code
   * invocations()}: for another fake that answers from these mocks ({@link TestMocks}).
   */
  List<TaskLink> unrecorded() {
    return List.of(new Link(true, false), new Link(false, false));
  }

  private synchronized MockSequence programmed(boolean byName, String key) {
    MockSequence sequence = (byName ? byState : byResource).get(key);
    return sequence == null || sequence.isEmpty() ? null : sequence;
  }

  private final class Link implements TaskLink {
    private final boolean byName;
    private final boolean record;

    Link(boolean byName, boolean record) {
      this.byName = byName;
      this.record = record;
    }

    @Override
    public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
      MockSequence mock = programmed(byName, byName ? request.stateName() : request.resource());
      if (mock == null) {
        return null;
      }
      TaskCall call = TaskCall.of(request);
      if (record) {
        mock.record(call);
      }
      MockResponse response = mock.responseFor(call.invocation());
      if (response == null) {
        callbacks.failed(ErrorNames.RUNTIME, "The mock of the Task state '" + request.stateName()
            + "' has no response for call #" + call.invocation() + " of this execution (its sequence is spent).");
        return TaskHandle.NOOP;
      }
      return new MockCall(request, callbacks, response, call, tokens).start();
    }

    @Override
    public boolean answers(ExecutionRun execution, String stateName, String resource) {
      return programmed(byName, byName ? stateName : resource) != null;
    }
  }
}
