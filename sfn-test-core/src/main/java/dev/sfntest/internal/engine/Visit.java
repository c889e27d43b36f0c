package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.ChoiceState;
import dev.sfntest.internal.asl.FailState;
import dev.sfntest.internal.asl.IoPath;
import dev.sfntest.internal.asl.MapState;
import dev.sfntest.internal.asl.ParallelState;
import dev.sfntest.internal.asl.PassState;
import dev.sfntest.internal.asl.QueryLanguage;
import dev.sfntest.internal.asl.State;
import dev.sfntest.internal.asl.StateType;
import dev.sfntest.internal.asl.StateIo;
import dev.sfntest.internal.asl.SucceedState;
import dev.sfntest.internal.asl.TaskState;
import dev.sfntest.internal.asl.WaitState;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.expr.PathNotFoundException;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;
import dev.sfntest.internal.history.JsonText;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One visit of one state: entered, processed, exited (or failed). Each state type has its own
 * subclass (its runner); this base holds the life cycle and the data flow they share.
 *
 * <p>A runtime error in the engine's own processing (a path that finds nothing, an invalid value)
 * is raised as {@link EvaluationException} from {@link #run()} and becomes a {@code States.*}
 * failure of the state, never a Java exception out of the fake.
 */
abstract class Visit {

  final Frame frame;
  final JsonNode rawInput;
  /** An upper bound of {@link #rawInput}'s payload size in bytes, or -1 when unknown. */
  long inputBound = -1;
  /** The last payload measured exactly here, and its size: a later bound may build on it. */
  private JsonNode measured;
  private long measuredBytes;
  /** A payload this visit derived, and an upper bound of its size (see {@link #jsonPathOutput}). */
  private JsonNode bounded;
  private long boundedBytes;
  long enteredEventId;
  Instant enteredTime;
  private JsonNode contextObject;
  /**
   * In a redrive, this state's visit in the run that ended unsuccessfully; a Parallel or Map takes
   * its branches' and iterations' results from it once, then forgets it.
   */
  Visit redriveOf;

  /** Each state type's Entered and Exited events, by ordinal: a string-keyed lookup per state showed in profiles. */
  private static final EventType[] ENTERED = new EventType[StateType.values().length];
  private static final EventType[] EXITED = new EventType[StateType.values().length];

  static {
    // A Fail state never exits: it has no Exited event, and its slot stays empty.
    for (EventType event : EventType.values()) {
      for (StateType type : StateType.values()) {
        if (event.name().equals(type.aslName() + "StateEntered")) {
          ENTERED[type.ordinal()] = event;
        } else if (event.name().equals(type.aslName() + "StateExited")) {
          EXITED[type.ordinal()] = event;
        }
      }
    }
  }

  Visit(Frame frame, JsonNode rawInput) {
    this.frame = frame;
    this.rawInput = rawInput;
  }

  static Visit create(Frame frame, State state, JsonNode input) {
    return switch (state.type()) {
      case PASS -> new PassVisit(frame, (PassState) state, input);
      case SUCCEED -> new SucceedVisit(frame, (SucceedState) state, input);
      case FAIL -> new FailVisit(frame, (FailState) state, input);
      case CHOICE -> new ChoiceVisit(frame, (ChoiceState) state, input);
      case WAIT -> new WaitVisit(frame, (WaitState) state, input);
      case TASK -> new TaskVisit(frame, (TaskState) state, input);
      case PARALLEL -> new ParallelVisit(frame, (ParallelState) state, input);
      case MAP -> new MapVisit(frame, (MapState) state, input);
    };
  }

  abstract State state();

  /**
   * In a redrive, the children of this state's last attempt in the run that ended unsuccessfully,
   * once; {@code null} when there is nothing to take over (not a redrive, or already taken).
   */
  Redrive takeRedrive() {
    Visit earlier = redriveOf;
    redriveOf = null;
    return earlier == null ? null : earlier.childrenForRedrive();
  }

  /** This visit's last attempt's children, for a redrive of it; {@code null} for a state without. */
  Redrive childrenForRedrive() {
    return null;
  }

  /** The state's work after it was entered. */
  abstract void run();

  ExecutionRun run_() {
    return frame.run();
  }

  /** The TestState probe of this run, or {@code null} in an execution. */
  StateProbe probe() {
    return frame.run().probe();
  }

  /** Tells a TestState probe what a data-flow step produced; returns {@code value}. */
  JsonNode recorded(StateTest.Step step, JsonNode value) {
    StateProbe probe = probe();
    if (probe != null) {
      probe.record(step, value);
    }
    return value;
  }

  Scheduler scheduler() {
    return frame.run().engine().scheduler();
  }

  Instant now() {
    return scheduler().now();
  }

  StateIo io() {
    return state().io();
  }

  boolean isJsonata() {
    return state().queryLanguage() == QueryLanguage.JSONATA;
  }

  /** Records the Entered event and runs the state. */
  void enter() {
    enteredTime = now();
    enteredEventId = frame.emit(ENTERED[state().type().ordinal()], EventDetails.of(
        "name", state().name(),
        "input", JsonText.of(rawInput),
        "inputDetails", EventDetails.NOT_TRUNCATED));
    if (enteredEventId < 0) {
      return;
    }
    guarded(this::run);
  }

  /** Runs a step of the state, turning evaluation errors into state failures. */
  void guarded(Runnable step) {
    try {
      step.run();
    } catch (EvaluationException e) {
      Failure failure = failureOf(e);
      if (e instanceof dev.sfntest.internal.expr.JsonataEvaluationException jsonata) {
        recordEvaluationFailed(jsonata, failure);
      }
      fail(failure);
    }
  }

  /**
   * Records AWS's {@code EvaluationFailed} for a JSONata error. AWS links it to the event the
   * state's Entered event links to (recorded); a Wait state's Timestamp error follows WaitStateEntered.
   */
  void recordEvaluationFailed(dev.sfntest.internal.expr.JsonataEvaluationException e, Failure failure) {
    long previous = "Timestamp".equals(e.location()) ? enteredEventId
        : frame.run().history().get(enteredEventId).previousEventId();
    frame.setAnchor(previous);
    frame.emit(EventType.EvaluationFailed, EventDetails.of(
        "error", failure.error(),
        "cause", failure.cause(),
        "location", e.location(),
        "state", state().name()));
    evaluationFailed = true;
  }

  /** Whether this visit recorded EvaluationFailed (a Map then records MapStateFailed after it). */
  boolean evaluationFailed;

  /** The failure an evaluation error becomes: States.Runtime ones carry AWS's state prefix. */
  Failure failureOf(EvaluationException e) {
    if (dev.sfntest.internal.expr.ErrorNames.RUNTIME.equals(e.error())) {
      return Failure.runtime(prefix() + e.causeText());
    }
    if (dev.sfntest.internal.expr.ErrorNames.DATA_LIMIT_EXCEEDED.equals(e.error())) {
      // A state's oversized output ends the execution, with AWS's unprefixed cause.
      return new Failure(e.error(), e.causeText(), false);
    }
    return Failure.of(e.error(), prefix() + e.causeText());
  }

  /** AWS's prefix of runtime causes: which state, entered at which event. */
  String prefix() {
    return "An error occurred while executing the state '" + state().name() + "' (entered at the event id #"
        + enteredEventId + "). ";
  }

  /** A runtime failure of this state (never retried or caught). */
  EvaluationException runtime(String cause) {
    return new EvaluationException(dev.sfntest.internal.expr.ErrorNames.RUNTIME, cause);
  }

  // ------------------------------------------------------------------ endings

  /**
   * Leaves the state with {@code output}: records the Exited event and moves on to {@code next}
   * (or ends the frame when {@code next} is {@code null}).
   */
  void exit(JsonNode output, String next, Map<String, JsonNode> assigned) {
    if (frame.ended()) {
      return;
    }
    long outputBound = checkOutputSize(output);
    if (assigned != null) {
      // A variable can nest itself once more per turn of a loop ({"v": {"w.$": "$v"}}): the same
      // bound as on outputs keeps every value in the history writable.
      for (JsonNode value : assigned.values()) {
        checkDepth(value);
      }
    }
    if (assigned != null && assigned.isEmpty()) {
      // "Assign": {} assigns nothing, and AWS then records no assignedVariables.
      assigned = null;
    }
    EventDetails details;
    if (assigned != null) {
      Map<String, Object> texts = new TreeMap<>();
      assigned.forEach((name, value) -> texts.put(name, JsonText.of(value)));
      details = EventDetails.of(
          "name", state().name(),
          "output", JsonText.of(output),
          "outputDetails", EventDetails.NOT_TRUNCATED,
          "assignedVariables", texts,
          "assignedVariablesDetails", EventDetails.NOT_TRUNCATED);
    } else {
      details = EventDetails.of(
          "name", state().name(),
          "output", JsonText.of(output),
          "outputDetails", EventDetails.NOT_TRUNCATED);
    }
    if (frame.emit(EXITED[state().type().ordinal()], details) < 0) {
      return;
    }
    if (assigned != null) {
      assigned.forEach(frame.scope()::set);
    }
    StateProbe probe = probe();
    if (probe != null) {
      // TestState reports the transition instead of taking it.
      probe.exited(next);
      frame.complete(output);
      return;
    }
    if (next == null) {
      frame.complete(output);
    } else {
      frame.transitionTo(next, output, outputBound);
    }
  }

  /** Fails the state; states with Retry and Catch override this to handle the error first. */
  void fail(Failure failure) {
    cancelPending();
    failedHere = true;
    frame.fail(failure);
  }

  /** Whether this visit's failure ended its frame (its abort is still recorded when a parent stops). */
  boolean failedHere;

  /** The event AWS records when this state is stopped by its Parallel or Map, or {@code null}. */
  EventType abortEventType() {
    return null;
  }

  /** Whether this visit's abort is recorded: a state is aborted once, however many Parallels and Maps stop around it. */
  private boolean abortRecorded;

  /** Stops the state because its Parallel or Map stops; records its abort after {@code previousEventId}. */
  void abortFrom(long previousEventId) {
    cancelPending();
    EventType type = abortEventType();
    if (type != null && !abortRecorded) {
      abortRecorded = true;
      frame.run().append(type, previousEventId, EventDetails.EMPTY);
    }
  }

  /** Adds what the state waits for on the clock (for {@link ExecutionRun#deadlines()}); nothing by default. */
  void deadlines(java.util.List<Deadline> into) {}

  /** Adds a deadline of this state for a timer that is still to fire. */
  final void deadline(java.util.List<Deadline> into, Scheduler.Timer timer, String what) {
    if (timer != null && timer.isPending()) {
      into.add(new Deadline(state().name(), what, timer.due()));
    }
  }

  /** Cancels timers and tasks this visit has pending. */
  void cancelPending() {}

  /** The payload's size in bytes, remembered for the bound of an output built from it. */
  long measure(JsonNode payload) {
    measured = payload;
    measuredBytes = frame.run().utf8Size(payload);
    return measuredBytes;
  }

  /** Fails with States.DataLimitExceeded when a payload is over the quota. */
  void checkSize(JsonNode payload) {
    long size = measure(payload);
    if (size > frame.run().engine().limits().maxPayloadBytes()) {
      throw dataLimitExceeded();
    }
  }

  /** Fails as {@link #checkSize} does when a value is nested deeper than {@link Json#MAX_DEPTH}. */
  void checkDepth(JsonNode value) {
    if (Json.isTooDeep(value)) {
      throw dataLimitExceeded();
    }
  }

  private EvaluationException dataLimitExceeded() {
    return new EvaluationException(dev.sfntest.internal.expr.ErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '"
        + state().name() + "' returned a result with a size exceeding the maximum number of bytes service limit.");
  }

  /**
   * {@link #checkSize} for the state's output, returning an upper bound of its size for the next
   * state. Measuring every output in full was much of the cost of a simple state, so where the
   * output is the input, or the input with a measured result placed into it, a bound built from
   * what is already known stands in; only a bound over the quota is measured exactly.
   */
  long checkOutputSize(JsonNode output) {
    long bound = output == rawInput ? inputBound
        : output == bounded ? boundedBytes
        : output == measured ? measuredBytes
        : -1;
    if (bound < 0 || bound > frame.run().engine().limits().maxPayloadBytes()) {
      checkSize(output);
      return measuredBytes;
    }
    return bound;
  }

  /** The exact size of a payload measured here, else -1. */
  private long knownSize(JsonNode payload) {
    if (payload == measured) {
      return measuredBytes;
    }
    return payload == rawInput ? inputBound : -1;
  }

  // ------------------------------------------------------------------ evaluation contexts

  /** The context object for this visit, built on first use. */
  JsonNode contextObject() {
    if (contextObject == null) {
      contextObject = ContextObject.build(frame.run(), state().name(), enteredTime, retryCount(), taskToken(),
          mapItem());
      StateProbe probe = probe();
      if (probe != null) {
        contextObject = probe.context(contextObject);
      }
    }
    return contextObject;
  }

  /** Drops the cached context object (the retry count or token changed). */
  void resetContextObject() {
    contextObject = null;
  }

  Integer retryCount() {
    return null;
  }

  String taskToken() {
    return null;
  }

  JsonNode mapItem() {
    return null;
  }

  /** A JSONPath-mode context reading {@code dollar} as {@code $}. */
  EvalContext context(JsonNode dollar) {
    return new EvalContext() {
      @Override
      public JsonNode input() {
        return dollar;
      }

      @Override
      public JsonNode contextObject() {
        return Visit.this.contextObject();
      }

      @Override
      public JsonNode variable(String name) {
        return frame.scope().get(name);
      }

      @Override
      public dev.sfntest.internal.expr.RandomSource random() {
        return frame.run().engine().ids();
      }

      @Override
      public dev.sfntest.internal.expr.ExpressionBudget budget() {
        return frame.run().expressionBudget();
      }

      @Override
      public java.time.Instant now() {
        return frame.run().scheduler().now();
      }
    };
  }

  // ------------------------------------------------------------------ JSONPath data flow

  /** Applies {@code InputPath} to the raw input. */
  JsonNode applyInputPath(JsonNode raw) {
    return recorded(StateTest.Step.AFTER_INPUT_PATH, applyIoPath(io().inputPath(), raw));
  }

  /** Applies {@code OutputPath}. */
  JsonNode applyOutputPath(JsonNode value) {
    return applyIoPath(io().outputPath(), value);
  }

  private JsonNode applyIoPath(IoPath path, JsonNode value) {
    if (path == null) {
      return value;
    }
    if (path.isNull()) {
      return Json.object();
    }
    try {
      return path.path().read(context(value));
    } catch (PathNotFoundException e) {
      throw runtime("Invalid path '" + path.path().text() + "' : " + e.getMessage());
    }
  }

  /** Applies {@code Parameters} (when present) to the effective input. */
  JsonNode applyParameters(JsonNode effectiveInput) {
    if (io().parameters() == null) {
      return recorded(StateTest.Step.AFTER_PARAMETERS, effectiveInput);
    }
    return recorded(StateTest.Step.AFTER_PARAMETERS, io().parameters().evaluate(context(effectiveInput)));
  }

  /** Applies {@code ResultSelector} (when present) to a raw result. */
  JsonNode applyResultSelector(JsonNode result) {
    if (io().resultSelector() == null) {
      return recorded(StateTest.Step.AFTER_RESULT_SELECTOR, result);
    }
    return recorded(StateTest.Step.AFTER_RESULT_SELECTOR, io().resultSelector().evaluate(context(result)));
  }

  /** Places the result into the raw input according to {@code ResultPath}. */
  JsonNode applyResultPath(JsonNode raw, JsonNode result) {
    var spec = io().resultPath();
    if (spec == null) {
      return recorded(StateTest.Step.AFTER_RESULT_PATH, result);
    }
    if (spec.discards()) {
      return recorded(StateTest.Step.AFTER_RESULT_PATH, raw);
    }
    return recorded(StateTest.Step.AFTER_RESULT_PATH, spec.path().apply(raw, result));
  }

  /** Evaluates a JSONPath {@code Assign} with {@code $} as the state's result. */
  Map<String, JsonNode> assignJsonPath(dev.sfntest.internal.expr.Template assign, JsonNode result) {
    if (assign == null) {
      return null;
    }
    JsonNode values = assign.evaluate(context(result));
    Map<String, JsonNode> assigned = new java.util.LinkedHashMap<>();
    values.fields().forEachRemaining(e -> assigned.put(e.getKey(), e.getValue()));
    return assigned;
  }

  /** The JSONPath output of a state that produced {@code result}: ResultPath then OutputPath. */
  JsonNode jsonPathOutput(JsonNode result) {
    JsonNode placed = applyResultPath(rawInput, result);
    JsonNode output = applyOutputPath(placed);
    long bound = resultPathBound(result, placed);
    if (bound >= 0 && output != placed && !isSubtreePath(io().outputPath())) {
      bound = -1;
    }
    bounded = output;
    boundedBytes = bound;
    return output;
  }

  /**
   * An upper bound of the size after ResultPath, or -1: the result alone, the input alone, or the
   * input with the result set at a path (which replaces a member, or adds it with the objects on
   * its way: at most the path's own text again, six bytes per escaped character, plus punctuation).
   */
  private long resultPathBound(JsonNode result, JsonNode placed) {
    var spec = io().resultPath();
    if (spec == null || placed == result) {
      return knownSize(result);
    }
    if (spec.discards() || placed == rawInput) {
      return inputBound;
    }
    long resultSize = knownSize(result);
    if (inputBound < 0 || resultSize < 0 || spec.path().text().length() > UNMEASURED_PATH_LENGTH) {
      return -1;
    }
    return inputBound + resultSize + 6L * spec.path().text().length() + 16;
  }

  /**
   * The longest ResultPath whose output may go unmeasured. Measuring is what finds a value nested
   * deeper than {@link Json#MAX_DEPTH}, and a path nests the result one level per step: a short one
   * (at most 31 steps) adds little, and only as long as the growing bound stays under the quota,
   * which the writer's slack over {@link Json#MAX_DEPTH} covers; a long one is measured.
   */
  private static final int UNMEASURED_PATH_LENGTH = 64;

  /** Whether a path only ever selects a part of the value it reads (so its result is no bigger). */
  private static boolean isSubtreePath(IoPath path) {
    if (path == null) {
      return true;
    }
    if (path.isNull()) {
      return false;
    }
    dev.sfntest.internal.expr.JsonPath jsonPath = path.path().jsonPath();
    return jsonPath != null && !jsonPath.isContextObject() && jsonPath.isDefinite();
  }
}
