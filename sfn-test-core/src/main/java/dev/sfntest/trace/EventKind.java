package dev.sfntest.trace;

import static dev.sfntest.trace.EventKind.Phase.ABORTED;
import static dev.sfntest.trace.EventKind.Phase.ENTERED;
import static dev.sfntest.trace.EventKind.Phase.EXITED;
import static dev.sfntest.trace.EventKind.Phase.FAILED;
import static dev.sfntest.trace.EventKind.Phase.REDRIVEN;
import static dev.sfntest.trace.EventKind.Phase.SCHEDULED;
import static dev.sfntest.trace.EventKind.Phase.SCHEDULE_FAILED;
import static dev.sfntest.trace.EventKind.Phase.STARTED;
import static dev.sfntest.trace.EventKind.Phase.START_FAILED;
import static dev.sfntest.trace.EventKind.Phase.SUBMITTED;
import static dev.sfntest.trace.EventKind.Phase.SUBMIT_FAILED;
import static dev.sfntest.trace.EventKind.Phase.SUCCEEDED;
import static dev.sfntest.trace.EventKind.Phase.TIMED_OUT;
import static dev.sfntest.trace.EventKind.Subject.ACTIVITY;
import static dev.sfntest.trace.EventKind.Subject.EVALUATION;
import static dev.sfntest.trace.EventKind.Subject.EXECUTION;
import static dev.sfntest.trace.EventKind.Subject.LAMBDA_FUNCTION;
import static dev.sfntest.trace.EventKind.Subject.MAP_ITERATION;
import static dev.sfntest.trace.EventKind.Subject.MAP_RUN;
import static dev.sfntest.trace.EventKind.Subject.MAP_STATE;
import static dev.sfntest.trace.EventKind.Subject.PARALLEL_STATE;
import static dev.sfntest.trace.EventKind.Subject.STATE;
import static dev.sfntest.trace.EventKind.Subject.TASK;

import dev.sfntest.internal.shared.Nearest;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Every kind of history event AWS Step Functions records, with what it is about ({@link
 * Subject}) and what it says happened ({@link Phase}). This enum is the one place where event
 * type names are matched: read an event's kind with {@link #of(HistoryEvent)} and ask it
 * questions instead of comparing type names as strings.
 *
 * <pre>{@code
 * EventKind kind = EventKind.of(event);
 * if (kind.isStateEntered() && kind.stateType() == StateType.TASK) { ... }
 * EventKind.fromAwsName("TaskFailed");   // TASK_FAILED
 * }</pre>
 *
 * <p>An event of a type newer than this library (or than the SDK on the class path) is {@link
 * #UNKNOWN}; its type name is still in {@link HistoryEvent#typeAsString()}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html">HistoryEvent</a>
 */
public enum EventKind {
  EXECUTION_STARTED("ExecutionStarted", EXECUTION, STARTED, null),
  EXECUTION_SUCCEEDED("ExecutionSucceeded", EXECUTION, SUCCEEDED, null),
  EXECUTION_FAILED("ExecutionFailed", EXECUTION, FAILED, null),
  EXECUTION_TIMED_OUT("ExecutionTimedOut", EXECUTION, TIMED_OUT, null),
  EXECUTION_ABORTED("ExecutionAborted", EXECUTION, ABORTED, null),
  EXECUTION_REDRIVEN("ExecutionRedriven", EXECUTION, REDRIVEN, null),

  TASK_STATE_ENTERED("TaskStateEntered", STATE, ENTERED, StateType.TASK),
  TASK_STATE_EXITED("TaskStateExited", STATE, EXITED, StateType.TASK),
  TASK_STATE_ABORTED("TaskStateAborted", STATE, ABORTED, StateType.TASK),
  PASS_STATE_ENTERED("PassStateEntered", STATE, ENTERED, StateType.PASS),
  PASS_STATE_EXITED("PassStateExited", STATE, EXITED, StateType.PASS),
  CHOICE_STATE_ENTERED("ChoiceStateEntered", STATE, ENTERED, StateType.CHOICE),
  CHOICE_STATE_EXITED("ChoiceStateExited", STATE, EXITED, StateType.CHOICE),
  WAIT_STATE_ENTERED("WaitStateEntered", STATE, ENTERED, StateType.WAIT),
  WAIT_STATE_EXITED("WaitStateExited", STATE, EXITED, StateType.WAIT),
  WAIT_STATE_ABORTED("WaitStateAborted", STATE, ABORTED, StateType.WAIT),
  SUCCEED_STATE_ENTERED("SucceedStateEntered", STATE, ENTERED, StateType.SUCCEED),
  SUCCEED_STATE_EXITED("SucceedStateExited", STATE, EXITED, StateType.SUCCEED),
  FAIL_STATE_ENTERED("FailStateEntered", STATE, ENTERED, StateType.FAIL),
  MAP_STATE_ENTERED("MapStateEntered", STATE, ENTERED, StateType.MAP),
  MAP_STATE_EXITED("MapStateExited", STATE, EXITED, StateType.MAP),
  MAP_STATE_ABORTED("MapStateAborted", STATE, ABORTED, StateType.MAP),
  PARALLEL_STATE_ENTERED("ParallelStateEntered", STATE, ENTERED, StateType.PARALLEL),
  PARALLEL_STATE_EXITED("ParallelStateExited", STATE, EXITED, StateType.PARALLEL),
  PARALLEL_STATE_ABORTED("ParallelStateAborted", STATE, ABORTED, StateType.PARALLEL),

  TASK_SCHEDULED("TaskScheduled", TASK, SCHEDULED, StateType.TASK),
  TASK_STARTED("TaskStarted", TASK, STARTED, StateType.TASK),
  TASK_START_FAILED("TaskStartFailed", TASK, START_FAILED, StateType.TASK),
  TASK_SUBMITTED("TaskSubmitted", TASK, SUBMITTED, StateType.TASK),
  TASK_SUBMIT_FAILED("TaskSubmitFailed", TASK, SUBMIT_FAILED, StateType.TASK),
  TASK_SUCCEEDED("TaskSucceeded", TASK, SUCCEEDED, StateType.TASK),
  TASK_FAILED("TaskFailed", TASK, FAILED, StateType.TASK),
  TASK_TIMED_OUT("TaskTimedOut", TASK, TIMED_OUT, StateType.TASK),

  LAMBDA_FUNCTION_SCHEDULED("LambdaFunctionScheduled", LAMBDA_FUNCTION, SCHEDULED, StateType.TASK),
  LAMBDA_FUNCTION_SCHEDULE_FAILED("LambdaFunctionScheduleFailed", LAMBDA_FUNCTION, SCHEDULE_FAILED, StateType.TASK),
  LAMBDA_FUNCTION_STARTED("LambdaFunctionStarted", LAMBDA_FUNCTION, STARTED, StateType.TASK),
  LAMBDA_FUNCTION_START_FAILED("LambdaFunctionStartFailed", LAMBDA_FUNCTION, START_FAILED, StateType.TASK),
  LAMBDA_FUNCTION_SUCCEEDED("LambdaFunctionSucceeded", LAMBDA_FUNCTION, SUCCEEDED, StateType.TASK),
  LAMBDA_FUNCTION_FAILED("LambdaFunctionFailed", LAMBDA_FUNCTION, FAILED, StateType.TASK),
  LAMBDA_FUNCTION_TIMED_OUT("LambdaFunctionTimedOut", LAMBDA_FUNCTION, TIMED_OUT, StateType.TASK),

  ACTIVITY_SCHEDULED("ActivityScheduled", ACTIVITY, SCHEDULED, StateType.TASK),
  ACTIVITY_SCHEDULE_FAILED("ActivityScheduleFailed", ACTIVITY, SCHEDULE_FAILED, StateType.TASK),
  ACTIVITY_STARTED("ActivityStarted", ACTIVITY, STARTED, StateType.TASK),
  ACTIVITY_SUCCEEDED("ActivitySucceeded", ACTIVITY, SUCCEEDED, StateType.TASK),
  ACTIVITY_FAILED("ActivityFailed", ACTIVITY, FAILED, StateType.TASK),
  ACTIVITY_TIMED_OUT("ActivityTimedOut", ACTIVITY, TIMED_OUT, StateType.TASK),

  MAP_STATE_STARTED("MapStateStarted", MAP_STATE, STARTED, StateType.MAP),
  MAP_STATE_SUCCEEDED("MapStateSucceeded", MAP_STATE, SUCCEEDED, StateType.MAP),
  MAP_STATE_FAILED("MapStateFailed", MAP_STATE, FAILED, StateType.MAP),
  MAP_ITERATION_STARTED("MapIterationStarted", MAP_ITERATION, STARTED, StateType.MAP),
  MAP_ITERATION_SUCCEEDED("MapIterationSucceeded", MAP_ITERATION, SUCCEEDED, StateType.MAP),
  MAP_ITERATION_FAILED("MapIterationFailed", MAP_ITERATION, FAILED, StateType.MAP),
  MAP_ITERATION_ABORTED("MapIterationAborted", MAP_ITERATION, ABORTED, StateType.MAP),
  MAP_RUN_STARTED("MapRunStarted", MAP_RUN, STARTED, StateType.MAP),
  MAP_RUN_SUCCEEDED("MapRunSucceeded", MAP_RUN, SUCCEEDED, StateType.MAP),
  MAP_RUN_FAILED("MapRunFailed", MAP_RUN, FAILED, StateType.MAP),
  MAP_RUN_ABORTED("MapRunAborted", MAP_RUN, ABORTED, StateType.MAP),
  MAP_RUN_REDRIVEN("MapRunRedriven", MAP_RUN, REDRIVEN, StateType.MAP),

  PARALLEL_STATE_STARTED("ParallelStateStarted", PARALLEL_STATE, STARTED, StateType.PARALLEL),
  PARALLEL_STATE_SUCCEEDED("ParallelStateSucceeded", PARALLEL_STATE, SUCCEEDED, StateType.PARALLEL),
  PARALLEL_STATE_FAILED("ParallelStateFailed", PARALLEL_STATE, FAILED, StateType.PARALLEL),

  EVALUATION_FAILED("EvaluationFailed", EVALUATION, FAILED, null),

  /** A type this library does not know (newer than it, or than the SDK). */
  UNKNOWN("", Subject.UNKNOWN, Phase.UNKNOWN, null);

  /** What an event is about. */
  public enum Subject {
    /** The execution as a whole: {@code ExecutionStarted}, {@code ExecutionFailed}, ... */
    EXECUTION,
    /** A state being entered, exited or aborted: {@code TaskStateEntered}, {@code WaitStateAborted}, ... */
    STATE,
    /** A Task's call of a service integration: {@code TaskScheduled}, {@code TaskFailed}, ... */
    TASK,
    /** A Task's call of a Lambda function given by its ARN: {@code LambdaFunctionScheduled}, ... */
    LAMBDA_FUNCTION,
    /** A Task's activity: {@code ActivityScheduled}, {@code ActivityStarted}, ... */
    ACTIVITY,
    /** A run of a Map state's iterations: {@code MapStateStarted}, {@code MapStateFailed}, ... */
    MAP_STATE,
    /** One iteration of an inline Map: {@code MapIterationStarted}, ... */
    MAP_ITERATION,
    /** The map run of a distributed Map: {@code MapRunStarted}, ... */
    MAP_RUN,
    /** A run of a Parallel state's branches: {@code ParallelStateStarted}, ... */
    PARALLEL_STATE,
    /** An expression that failed to evaluate: {@code EvaluationFailed}. */
    EVALUATION,
    /** An event of a type this library does not know. */
    UNKNOWN
  }

  /** What an event says happened to its subject. */
  public enum Phase {
    ENTERED, EXITED, ABORTED, SCHEDULED, SCHEDULE_FAILED, STARTED, START_FAILED, SUBMITTED, SUBMIT_FAILED,
    SUCCEEDED, FAILED, TIMED_OUT, REDRIVEN, UNKNOWN
  }

  private static final Map<HistoryEventType, EventKind> BY_SDK_TYPE = new EnumMap<>(HistoryEventType.class);
  private static final Map<String, EventKind> BY_NAME = new HashMap<>();

  static {
    for (EventKind kind : values()) {
      if (kind == UNKNOWN) {
        continue;
      }
      BY_NAME.put(kind.awsName, kind);
      HistoryEventType sdkType = HistoryEventType.fromValue(kind.awsName);
      if (sdkType != HistoryEventType.UNKNOWN_TO_SDK_VERSION) {
        BY_SDK_TYPE.put(sdkType, kind);
      }
    }
  }

  private final String awsName;
  private final Subject subject;
  private final Phase phase;
  private final StateType stateType;

  EventKind(String awsName, Subject subject, Phase phase, StateType stateType) {
    this.awsName = awsName;
    this.subject = subject;
    this.phase = phase;
    this.stateType = stateType;
  }

  /** The kind of an event, {@link #UNKNOWN} for a type this library does not know. */
  public static EventKind of(HistoryEvent event) {
    HistoryEventType type = event.type();
    EventKind kind = type == null ? null : BY_SDK_TYPE.get(type);
    if (kind == null) {
      kind = BY_NAME.getOrDefault(event.typeAsString(), UNKNOWN);
    }
    return kind;
  }

  /** The kind of an SDK event type, {@link #UNKNOWN} for {@code UNKNOWN_TO_SDK_VERSION}. */
  public static EventKind of(HistoryEventType type) {
    return BY_SDK_TYPE.getOrDefault(type, UNKNOWN);
  }

  /**
   * The kind of a type name as a history's JSON spells it ({@code "type": "TaskFailed"}), {@link
   * #UNKNOWN} for a name no type has.
   */
  public static EventKind ofAwsName(String awsName) {
    return awsName == null ? UNKNOWN : BY_NAME.getOrDefault(awsName, UNKNOWN);
  }

  /**
   * The kind whose type AWS spells {@code awsName}: {@code fromAwsName("TaskFailed")} is {@link
   * #TASK_FAILED}. Unlike {@link #ofAwsName(String)}, a name no type has is refused.
   *
   * @throws IllegalArgumentException when no event type has that name; the message names the
   *     nearest ones
   */
  public static EventKind fromAwsName(String awsName) {
    EventKind kind = awsName == null ? null : BY_NAME.get(awsName);
    if (kind == null) {
      List<String> nearest = Nearest.names(String.valueOf(awsName), BY_NAME.keySet(), 3);
      throw new IllegalArgumentException("No history event type is named '" + awsName + "'"
          + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?"));
    }
    return kind;
  }

  /** The type as AWS spells it: {@code TaskStateEntered}; empty for {@link #UNKNOWN}. */
  public String awsName() {
    return awsName;
  }

  /** What the event is about. */
  public Subject subject() {
    return subject;
  }

  /** What the event says happened. */
  public Phase phase() {
    return phase;
  }

  /**
   * The type of the state the event belongs to: the state entered, exited or aborted; {@link
   * StateType#TASK} for task, Lambda and activity events; {@link StateType#MAP} for Map run,
   * iteration and map run events; {@link StateType#PARALLEL} for Parallel runs. {@code null} for
   * execution, evaluation and unknown events.
   */
  public StateType stateType() {
    return stateType;
  }

  /** Whether the event is about the execution as a whole ({@code ExecutionStarted}, ...). */
  public boolean isExecutionEvent() {
    return subject == EXECUTION;
  }

  /** Whether the event enters a state ({@code *StateEntered}). */
  public boolean isStateEntered() {
    return subject == STATE && phase == ENTERED;
  }

  /** Whether the event leaves a state normally ({@code *StateExited}). */
  public boolean isStateExited() {
    return subject == STATE && phase == EXITED;
  }

  /** Whether the event records a state stopped by its Parallel or Map ({@code *StateAborted}). */
  public boolean isStateAborted() {
    return subject == STATE && phase == ABORTED;
  }

  /** Whether the event is about a Task's call: a task, Lambda function or activity event. */
  public boolean isTaskCall() {
    return subject == TASK || subject == LAMBDA_FUNCTION || subject == ACTIVITY;
  }

  /**
   * Whether the event begins one attempt of a state's work: a task call scheduled (or failing to
   * be), a Map or Parallel state starting its iterations or branches. A retry begins another one.
   */
  public boolean beginsAttempt() {
    return isTaskCall() && (phase == SCHEDULED || phase == SCHEDULE_FAILED)
        || (subject == MAP_STATE || subject == PARALLEL_STATE) && phase == STARTED;
  }

  /** Whether the event records an error: a failure, time-out, or a failure to schedule, start or submit. */
  public boolean isFailure() {
    return phase == FAILED || phase == TIMED_OUT || phase == SCHEDULE_FAILED || phase == START_FAILED
        || phase == SUBMIT_FAILED;
  }

  /** Whether the event records the success of a task call, an attempt, an iteration, a map run or the execution. */
  public boolean isSuccess() {
    return phase == SUCCEEDED;
  }

  @Override
  public String toString() {
    return this == UNKNOWN ? "UNKNOWN" : awsName;
  }
}
