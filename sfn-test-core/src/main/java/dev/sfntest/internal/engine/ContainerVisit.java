package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;
import java.util.Map;

/**
 * The visit of a state that runs child frames of its execution: Parallel (its branches) and inline
 * Map (its iterations). What the two do alike lives here: a failure of a child fails the state
 * (its {@code ...StateFailed} is recorded, then Retry and Catch decide), an abort or a stop reaches
 * every child, a redrive reuses what succeeded, and the children's results leave the state in
 * order through ResultSelector, ResultPath and Output.
 *
 * @see <a href="https://states-language.net/spec.html#parallel-state">ASL: Parallel State</a>
 * @see <a href="https://states-language.net/spec.html#map-state">ASL: Map State</a>
 */
abstract class ContainerVisit extends RetryingVisit {

  /** The children of the latest attempt, or {@code null} before the first. */
  Children current;
  private boolean childFailure;

  ContainerVisit(Frame frame, JsonNode input) {
    super(frame, input);
  }

  /** {@code ParallelStateFailed} or {@code MapStateFailed}. */
  abstract EventType failedEventType();

  /** One attempt of the state's work: evaluates its input and starts its children. */
  abstract void startAttempt();

  @Override
  final void attempt() {
    childFailure = false;
    startAttempt();
  }

  @Override
  Redrive childrenForRedrive() {
    return current == null ? null : new Redrive(current.results, current.children);
  }

  /** The state failed because of what its children did (its Failed event is then recorded). */
  void childFailed(Failure failure) {
    childFailure = true;
    fail(failure);
  }

  @Override
  void failedForGood() {
    if (childFailure || evaluationFailed) {
      frame.emit(failedEventType(), EventDetails.EMPTY);
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

  /** Leaves the state with its children's results: ResultSelector, ResultPath, Output. */
  void finishWith(JsonNode output) {
    finish(() -> {
      if (isJsonata()) {
        JsonataFlow flow = new JsonataFlow(this);
        exit(flow.output(rawInput, output), state().next(), flow.assign(output));
        return;
      }
      JsonNode selected = applyResultSelector(output);
      Map<String, JsonNode> assigned = assignJsonPath(io().assign(), selected);
      exit(jsonPathOutput(selected), state().next(), assigned);
    });
  }

  /** One attempt's children: a frame and, once it succeeded, a result per branch or iteration. */
  abstract class Children {
    final JsonNode[] results;
    final Frame[] children;
    boolean over;

    Children(int size) {
      this.results = new JsonNode[size];
      this.children = new Frame[size];
    }

    /** What the frame of child {@code index} reports to. */
    FrameOwner owner(int index) {
      return new FrameOwner() {
        @Override
        public void succeeded(Frame child, JsonNode output) {
          if (isCurrent()) {
            childSucceeded(index, child, output);
          }
        }

        @Override
        public void failed(Frame child, Failure failure) {
          if (isCurrent()) {
            childFailedAt(index, child, failure);
          }
        }
      };
    }

    /** Whether these children still decide the state: not over, and no later attempt began. */
    private boolean isCurrent() {
      return !over && current == this;
    }

    abstract void childSucceeded(int index, Frame child, JsonNode output);

    /** What the state records when a child fails, before the others are aborted (nothing, by default). */
    void recordFailure(int index, long failedAt) {}

    private void childFailedAt(int index, Frame child, Failure failure) {
      long failedAt = child.anchor();
      recordFailure(index, failedAt);
      abortAll(failedAt, index);
      frame.setAnchor(failedAt);
      childFailed(failure);
    }

    /** Aborts the children: the one that failed first (if any), then each other one in order. */
    void abortAll(long previousEventId, int failedIndex) {
      over = true;
      if (failedIndex >= 0) {
        children[failedIndex].abortFrom(previousEventId);
      }
      for (int i = 0; i < children.length; i++) {
        if (i != failedIndex && children[i] != null) {
          abortOther(i, children[i], previousEventId);
        }
      }
    }

    /** Aborts a child that did not fail. */
    abstract void abortOther(int index, Frame child, long previousEventId);

    /** Stops the children without recording anything (the execution ended or was stopped). */
    void cancel() {
      over = true;
      for (Frame child : children) {
        if (child != null && !child.ended()) {
          child.abortQuietly();
        }
      }
    }

    /**
     * Every child succeeded: records {@code succeeded} after the event {@code last}, which the
     * state's exit then follows too, and leaves the state with the results in order.
     */
    void allSucceeded(EventType succeeded, long last) {
      over = true;
      frame.run().append(succeeded, last, EventDetails.EMPTY);
      frame.setAnchor(last);
      ArrayNode output = Json.array();
      for (JsonNode result : results) {
        output.add(result);
      }
      finishWith(output);
    }
  }
}
