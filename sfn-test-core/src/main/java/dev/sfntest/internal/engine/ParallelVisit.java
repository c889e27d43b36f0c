package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.ErrorHandling;
import dev.sfntest.internal.asl.ParallelState;
import dev.sfntest.internal.asl.StateGraph;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;
import java.util.List;

/**
 * Parallel: runs its branches as child frames of the same execution, in branch order, and
 * collects their outputs in branch order. When one branch fails, the others are aborted (each
 * records the abort of the state it was in) and the failure goes to Retry and Catch.
 *
 * <p>History links, as AWS records them: each branch's first event follows {@code
 * ParallelStateStarted}; {@code ParallelStateSucceeded} and {@code ParallelStateExited} both follow
 * the last branch event; on a failure the aborts and {@code ParallelStateFailed} follow the event
 * that failed, and a retry records {@code ParallelStateStarted} again.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html">Parallel state</a>
 */
final class ParallelVisit extends ContainerVisit {

  private final ParallelState state;

  ParallelVisit(Frame frame, ParallelState state, JsonNode input) {
    super(frame, input);
    this.state = state;
  }

  @Override
  ParallelState state() {
    return state;
  }

  @Override
  ErrorHandling errorHandling() {
    return state.errorHandling();
  }

  @Override
  EventType abortEventType() {
    return EventType.ParallelStateAborted;
  }

  @Override
  EventType failedEventType() {
    return EventType.ParallelStateFailed;
  }

  @Override
  void startAttempt() {
    JsonNode input = isJsonata()
        ? new JsonataFlow(this).arguments(rawInput)
        : applyParameters(applyInputPath(rawInput));
    frame.emit(EventType.ParallelStateStarted, EventDetails.EMPTY);
    StateProbe probe = probe();
    if (probe != null) {
      // TestState runs no branches: the mock stands in for them.
      probe.branches(this);
      return;
    }
    Redrive earlier = takeRedrive();
    Attempt attempt = new Attempt(input);
    current = attempt;
    attempt.start(earlier != null && earlier.size() == state.branches().size() ? earlier : null);
  }

  /** One run of all branches. */
  private final class Attempt extends Children {
    private final JsonNode input;
    private final List<StateGraph> branches = state.branches();
    private int remaining;
    private long lastEvent;

    Attempt(JsonNode input) {
      super(state.branches().size());
      this.input = input;
      this.remaining = branches.size();
      this.lastEvent = frame.anchor();
    }

    /** Starts the branches; in a redrive ({@code earlier} not null), only those that did not succeed. */
    void start(Redrive earlier) {
      VariableScope outer = frame.scope();
      for (int i = 0; i < branches.size(); i++) {
        if (earlier != null && earlier.result(i) != null) {
          results[i] = earlier.result(i);
          remaining--;
          continue;
        }
        children[i] = new Frame(frame.run(), branches.get(i), Redrive.scopeFor(earlier, i, outer), frame.anchor(),
            frame.path().into(state.name(), i), owner(i));
      }
      if (remaining == 0) {
        allDone();
        return;
      }
      for (int i = 0; i < branches.size(); i++) {
        if (children[i] != null) {
          Redrive.start(earlier, i, children[i], branches.get(i).startAt(), input);
        }
      }
    }

    @Override
    void childSucceeded(int index, Frame child, JsonNode output) {
      results[index] = output;
      lastEvent = child.anchor();
      if (--remaining == 0) {
        allDone();
      }
    }

    @Override
    void abortOther(int index, Frame child, long previousEventId) {
      child.abortFrom(previousEventId);
    }

    private void allDone() {
      // ParallelStateSucceeded and ParallelStateExited both follow the last branch event.
      allSucceeded(EventType.ParallelStateSucceeded, lastEvent);
    }
  }
}
