package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.State;
import dev.sfntest.internal.asl.StateGraph;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;

/**
 * A thread of control through one state graph: the top level of an execution, a Parallel branch,
 * or a Map iteration. It runs one state at a time; a state that completes at once hands over to
 * the next in a loop (no recursion, however long the chain), one that waits resumes the frame
 * later through the scheduler.
 */
final class Frame {

  private final ExecutionRun run;
  private final StateGraph graph;
  private final VariableScope scope;
  private final FrameOwner owner;
  private final FramePath path;
  /** The event the next event of this frame follows ({@code previousEventId}). */
  private long anchor;
  private String nextState;
  private JsonNode nextInput;
  /** An upper bound of the next input's payload size in bytes, or -1 when unknown (see Visit#checkOutputSize). */
  private long nextInputBound = -1;
  private boolean driving;
  private boolean ended;
  private Visit current;
  /** The visit of an earlier run this frame continues from, until its state is entered again. */
  private Visit redriveFrom;

  Frame(ExecutionRun run, StateGraph graph, VariableScope scope, long anchor, FramePath path, FrameOwner owner) {
    this.run = run;
    this.path = path;
    this.graph = graph;
    this.scope = scope;
    this.anchor = anchor;
    this.owner = owner;
  }

  ExecutionRun run() {
    return run;
  }

  StateGraph graph() {
    return graph;
  }

  /** Which iteration or branch this frame runs (the top level: {@link FramePath#ROOT}). */
  FramePath path() {
    return path;
  }

  VariableScope scope() {
    return scope;
  }

  long anchor() {
    return anchor;
  }

  void setAnchor(long anchor) {
    this.anchor = anchor;
  }

  boolean ended() {
    return ended || !run.isRunning();
  }

  /** The state visit the frame is in (or ended in), or {@code null} before its first state. */
  Visit current() {
    return current;
  }

  /** Appends an event that follows this frame's last one, and makes it the frame's last one. */
  long emit(EventType type, EventDetails details) {
    long id = run.append(type, anchor, details);
    if (id > 0) {
      anchor = id;
    }
    return id;
  }

  /** Starts running at {@code stateName}. */
  void start(String stateName, JsonNode input) {
    run.frameStarted(this);
    transitionTo(stateName, input);
  }

  /**
   * Continues, in a redrive, from where an earlier frame over the same graph ended: the state
   * {@code last} visited, with that visit's input. A Parallel or Map state there reruns only its
   * unsuccessful branches or iterations (see {@link Redrive}).
   */
  void redrive(Visit last) {
    run.frameStarted(this);
    redriveFrom = last;
    transitionTo(last.state().name(), last.rawInput);
  }

  /** Moves to the next state: at once when called from the running loop, else through the scheduler. */
  void transitionTo(String stateName, JsonNode input) {
    transitionTo(stateName, input, -1);
  }

  /** {@link #transitionTo(String, JsonNode)} with an upper bound of the input's payload size (-1: unknown). */
  void transitionTo(String stateName, JsonNode input, long inputBound) {
    if (ended()) {
      return;
    }
    nextState = stateName;
    nextInput = input;
    nextInputBound = inputBound;
    if (!driving) {
      run.engine().scheduler().submit(this::drive);
    }
  }

  private void drive() {
    driving = true;
    try {
      while (nextState != null && !ended()) {
        String name = nextState;
        JsonNode input = nextInput;
        long inputBound = nextInputBound;
        nextState = null;
        nextInput = null;
        nextInputBound = -1;
        State state = graph.state(name);
        current = Visit.create(this, state, input);
        current.inputBound = inputBound;
        if (redriveFrom != null) {
          current.redriveOf = redriveFrom;
          redriveFrom = null;
        }
        current.enter();
      }
    } finally {
      driving = false;
    }
  }

  /** The graph finished with {@code output} (an End state or Succeed). */
  void complete(JsonNode output) {
    if (ended()) {
      return;
    }
    ended = true;
    run.frameEnded(this);
    owner.succeeded(this, output);
  }

  /** The graph failed with an unhandled error. */
  void fail(Failure failure) {
    if (ended()) {
      return;
    }
    ended = true;
    run.frameEnded(this);
    owner.failed(this, failure);
  }

  /**
   * Stops the frame because the enclosing Parallel or Map state stops: the state it is in (also
   * the one that just failed) records its abort, after the event {@code previousEventId}.
   */
  void abortFrom(long previousEventId) {
    boolean wasRunning = !ended;
    ended = true;
    run.frameEnded(this);
    if (current != null && (wasRunning || current.failedHere)) {
      current.abortFrom(previousEventId);
    }
  }

  /** Stops the frame without recording anything (the execution has ended or was stopped). */
  void abortQuietly() {
    ended = true;
    run.frameEnded(this);
    if (current != null) {
      current.cancelPending();
    }
  }
}
