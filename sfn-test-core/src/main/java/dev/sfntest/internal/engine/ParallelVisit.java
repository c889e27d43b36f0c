package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.internal.asl.ErrorHandling;
import dev.sfntest.internal.asl.ParallelState;
import dev.sfntest.internal.asl.StateGraph;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;
import java.util.List;
import java.util.Map;

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
final class ParallelVisit extends RetryingVisit {

  private final ParallelState state;
  private Attempt current;
  private boolean childFailure;

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
  void attempt() {
    childFailure = false;
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
    current = new Attempt(input);
    current.start(earlier != null && earlier.size() == state.branches().size() ? earlier : null);
  }

  @Override
  Redrive childrenForRedrive() {
    return current == null ? null : new Redrive(current.results, current.children);
  }

  @Override
  void failedForGood() {
    if (childFailure || evaluationFailed) {
      frame.emit(EventType.ParallelStateFailed, EventDetails.EMPTY);
    }
  }

  @Override
  void abortFrom(long previousEventId) {
    if (current != null) {
      current.abortAll(previousEventId, -1);
    }
    super.abortFrom(previousEventId);
  }

  @Override
  void cancelPending() {
    super.cancelPending();
    if (current != null) {
      current.cancel();
    }
  }

  /** One run of all branches. */
  private final class Attempt {
    private final JsonNode input;
    private final List<StateGraph> branches = state.branches();
    private final JsonNode[] results;
    private final Frame[] children;
    private int remaining;
    private boolean over;
    private long lastEvent;

    Attempt(JsonNode input) {
      this.input = input;
      this.results = new JsonNode[branches.size()];
      this.children = new Frame[branches.size()];
      this.remaining = branches.size();
      this.lastEvent = frame.anchor();
    }

    /** Starts the branches; in a redrive ({@code earlier} not null), only those that did not succeed. */
    void start(Redrive earlier) {
      VariableScope outer = frame.scope();
      for (int i = 0; i < branches.size(); i++) {
        int index = i;
        if (earlier != null && earlier.result(i) != null) {
          results[i] = earlier.result(i);
          remaining--;
          continue;
        }
        children[i] = new Frame(frame.run(), branches.get(i), Redrive.scopeFor(earlier, i, outer), frame.anchor(),
            frame.path().into(state.name(), i), new FrameOwner() {
              @Override
              public void succeeded(Frame child, JsonNode output) {
                branchSucceeded(index, child, output);
              }

              @Override
              public void failed(Frame child, Failure failure) {
                branchFailed(index, child, failure);
              }
            });
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

    private void branchSucceeded(int index, Frame child, JsonNode output) {
      if (over || current != this) {
        return;
      }
      results[index] = output;
      lastEvent = child.anchor();
      if (--remaining == 0) {
        allDone();
      }
    }

    private void branchFailed(int index, Frame child, Failure failure) {
      if (over || current != this) {
        return;
      }
      over = true;
      long failedAt = child.anchor();
      abortAll(failedAt, index);
      frame.setAnchor(failedAt);
      childFailure = true;
      fail(failure);
    }

    /** Aborts the branches: the one that failed first, then the others in order. */
    void abortAll(long previousEventId, int failedIndex) {
      over = true;
      if (failedIndex >= 0) {
        children[failedIndex].abortFrom(previousEventId);
      }
      for (int i = 0; i < children.length; i++) {
        if (i != failedIndex && children[i] != null) {
          children[i].abortFrom(previousEventId);
        }
      }
    }

    void cancel() {
      over = true;
      for (Frame child : children) {
        if (child != null && !child.ended()) {
          child.abortQuietly();
        }
      }
    }

    private void allDone() {
      over = true;
      // ParallelStateSucceeded and ParallelStateExited both follow the last branch event.
      frame.run().append(EventType.ParallelStateSucceeded, lastEvent, EventDetails.EMPTY);
      frame.setAnchor(lastEvent);
      ArrayNode output = Json.array();
      for (JsonNode result : results) {
        output.add(result);
      }
      finishWith(output);
    }
  }

  /** Leaves the Parallel with its branches' outputs: ResultSelector, ResultPath, Output. */
  void finishWith(JsonNode output) {
    finish(() -> {
      if (isJsonata()) {
        JsonataFlow flow = new JsonataFlow(ParallelVisit.this);
        exit(flow.output(rawInput, output), state.next(), flow.assign(output));
        return;
      }
      JsonNode selected = applyResultSelector(output);
      Map<String, JsonNode> assigned = assignJsonPath(io().assign(), selected);
      exit(jsonPathOutput(selected), state.next(), assigned);
    });
  }
}
