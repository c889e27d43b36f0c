package dev.sfntest.internal.history;

/**
 * The history event types, spelled as AWS spells them, each with the name of the field that holds
 * its details in {@code GetExecutionHistory} (state enter and exit events of every state type
 * share {@code stateEnteredEventDetails} and {@code stateExitedEventDetails}).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html">RecordedEvent</a>
 */
public enum EventType {
  ActivityFailed("activityFailedEventDetails"),
  ActivityScheduled("activityScheduledEventDetails"),
  ActivityScheduleFailed("activityScheduleFailedEventDetails"),
  ActivityStarted("activityStartedEventDetails"),
  ActivitySucceeded("activitySucceededEventDetails"),
  ActivityTimedOut("activityTimedOutEventDetails"),
  ChoiceStateEntered("stateEnteredEventDetails"),
  ChoiceStateExited("stateExitedEventDetails"),
  ExecutionAborted("executionAbortedEventDetails"),
  ExecutionFailed("executionFailedEventDetails"),
  ExecutionStarted("executionStartedEventDetails"),
  ExecutionSucceeded("executionSucceededEventDetails"),
  ExecutionTimedOut("executionTimedOutEventDetails"),
  FailStateEntered("stateEnteredEventDetails"),
  LambdaFunctionFailed("lambdaFunctionFailedEventDetails"),
  LambdaFunctionScheduled("lambdaFunctionScheduledEventDetails"),
  LambdaFunctionScheduleFailed("lambdaFunctionScheduleFailedEventDetails"),
  LambdaFunctionStarted("lambdaFunctionStartedEventDetails"),
  LambdaFunctionStartFailed("lambdaFunctionStartFailedEventDetails"),
  LambdaFunctionSucceeded("lambdaFunctionSucceededEventDetails"),
  LambdaFunctionTimedOut("lambdaFunctionTimedOutEventDetails"),
  MapIterationAborted("mapIterationAbortedEventDetails"),
  MapIterationFailed("mapIterationFailedEventDetails"),
  MapIterationStarted("mapIterationStartedEventDetails"),
  MapIterationSucceeded("mapIterationSucceededEventDetails"),
  MapStateAborted("mapStateAbortedEventDetails"),
  MapStateEntered("stateEnteredEventDetails"),
  MapStateExited("stateExitedEventDetails"),
  MapStateFailed("mapStateFailedEventDetails"),
  MapStateStarted("mapStateStartedEventDetails"),
  MapStateSucceeded("mapStateSucceededEventDetails"),
  ParallelStateAborted("parallelStateAbortedEventDetails"),
  ParallelStateEntered("stateEnteredEventDetails"),
  ParallelStateExited("stateExitedEventDetails"),
  ParallelStateFailed("parallelStateFailedEventDetails"),
  ParallelStateStarted("parallelStateStartedEventDetails"),
  ParallelStateSucceeded("parallelStateSucceededEventDetails"),
  PassStateEntered("stateEnteredEventDetails"),
  PassStateExited("stateExitedEventDetails"),
  SucceedStateEntered("stateEnteredEventDetails"),
  SucceedStateExited("stateExitedEventDetails"),
  TaskFailed("taskFailedEventDetails"),
  TaskScheduled("taskScheduledEventDetails"),
  TaskStarted("taskStartedEventDetails"),
  TaskStartFailed("taskStartFailedEventDetails"),
  TaskStateAborted("taskStateAbortedEventDetails"),
  TaskStateEntered("stateEnteredEventDetails"),
  TaskStateExited("stateExitedEventDetails"),
  TaskSubmitFailed("taskSubmitFailedEventDetails"),
  TaskSubmitted("taskSubmittedEventDetails"),
  TaskSucceeded("taskSucceededEventDetails"),
  TaskTimedOut("taskTimedOutEventDetails"),
  WaitStateAborted("waitStateAbortedEventDetails"),
  WaitStateEntered("stateEnteredEventDetails"),
  WaitStateExited("stateExitedEventDetails"),
  MapRunAborted("mapRunAbortedEventDetails"),
  MapRunFailed("mapRunFailedEventDetails"),
  MapRunStarted("mapRunStartedEventDetails"),
  MapRunSucceeded("mapRunSucceededEventDetails"),
  ExecutionRedriven("executionRedrivenEventDetails"),
  MapRunRedriven("mapRunRedrivenEventDetails"),
  EvaluationFailed("evaluationFailedEventDetails");

  private final String detailsKey;

  EventType(String detailsKey) {
    this.detailsKey = detailsKey;
  }

  /** The response field holding this event's details, e.g. {@code taskFailedEventDetails}. */
  public String detailsKey() {
    return detailsKey;
  }
}
