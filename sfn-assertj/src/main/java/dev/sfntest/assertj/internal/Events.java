package dev.sfntest.assertj.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Reads what the assertions need from single history events, whatever their type: the error and
 * cause of a failure, the data a task was sent and returned.
 */
public final class Events {

  private Events() {}

  /** The error and cause an event records, or {@code null} when it records none. */
  public record Failure(String error, String cause) {}

  /** The type as AWS spells it ({@code TaskStateEntered}), also for types newer than the SDK. */
  public static String type(HistoryEvent event) {
    return event.typeAsString();
  }

  /** The {@code previousEventId}, 0 when there is none. */
  public static long previous(HistoryEvent event) {
    return event.previousEventId() == null ? 0 : event.previousEventId();
  }

  /** The error (and cause) of a failure, time-out or evaluation error event; {@code null} for others. */
  public static Failure failure(HistoryEvent e) {
    if (e.taskFailedEventDetails() != null) {
      return new Failure(e.taskFailedEventDetails().error(), e.taskFailedEventDetails().cause());
    }
    if (e.taskTimedOutEventDetails() != null) {
      return new Failure(e.taskTimedOutEventDetails().error(), e.taskTimedOutEventDetails().cause());
    }
    if (e.taskStartFailedEventDetails() != null) {
      return new Failure(e.taskStartFailedEventDetails().error(), e.taskStartFailedEventDetails().cause());
    }
    if (e.taskSubmitFailedEventDetails() != null) {
      return new Failure(e.taskSubmitFailedEventDetails().error(), e.taskSubmitFailedEventDetails().cause());
    }
    if (e.lambdaFunctionFailedEventDetails() != null) {
      return new Failure(e.lambdaFunctionFailedEventDetails().error(), e.lambdaFunctionFailedEventDetails().cause());
    }
    if (e.lambdaFunctionTimedOutEventDetails() != null) {
      return new Failure(e.lambdaFunctionTimedOutEventDetails().error(),
          e.lambdaFunctionTimedOutEventDetails().cause());
    }
    if (e.lambdaFunctionStartFailedEventDetails() != null) {
      return new Failure(e.lambdaFunctionStartFailedEventDetails().error(),
          e.lambdaFunctionStartFailedEventDetails().cause());
    }
    if (e.lambdaFunctionScheduleFailedEventDetails() != null) {
      return new Failure(e.lambdaFunctionScheduleFailedEventDetails().error(),
          e.lambdaFunctionScheduleFailedEventDetails().cause());
    }
    if (e.activityFailedEventDetails() != null) {
      return new Failure(e.activityFailedEventDetails().error(), e.activityFailedEventDetails().cause());
    }
    if (e.activityTimedOutEventDetails() != null) {
      return new Failure(e.activityTimedOutEventDetails().error(), e.activityTimedOutEventDetails().cause());
    }
    if (e.activityScheduleFailedEventDetails() != null) {
      return new Failure(e.activityScheduleFailedEventDetails().error(),
          e.activityScheduleFailedEventDetails().cause());
    }
    if (e.evaluationFailedEventDetails() != null) {
      return new Failure(e.evaluationFailedEventDetails().error(), e.evaluationFailedEventDetails().cause());
    }
    if (e.executionFailedEventDetails() != null) {
      return new Failure(e.executionFailedEventDetails().error(), e.executionFailedEventDetails().cause());
    }
    if (e.executionTimedOutEventDetails() != null) {
      return new Failure(e.executionTimedOutEventDetails().error(), e.executionTimedOutEventDetails().cause());
    }
    return null;
  }

  /** Whether the event schedules a call of the task (once per attempt). */
  public static boolean isScheduled(HistoryEvent e) {
    String type = type(e);
    return type.equals("TaskScheduled") || type.equals("LambdaFunctionScheduled")
        || type.equals("ActivityScheduled");
  }

  /** What a scheduled call was sent: Task parameters, Lambda or activity input; {@code null} otherwise. */
  public static JsonNode sent(HistoryEvent e) {
    if (e.taskScheduledEventDetails() != null) {
      return parse(e.taskScheduledEventDetails().parameters());
    }
    if (e.lambdaFunctionScheduledEventDetails() != null) {
      return parse(e.lambdaFunctionScheduledEventDetails().input());
    }
    if (e.activityScheduledEventDetails() != null) {
      return parse(e.activityScheduledEventDetails().input());
    }
    return null;
  }

  /** What a successful call returned; {@code null} for any other event. */
  public static JsonNode result(HistoryEvent e) {
    if (e.taskSucceededEventDetails() != null) {
      return parse(e.taskSucceededEventDetails().output());
    }
    if (e.lambdaFunctionSucceededEventDetails() != null) {
      return parse(e.lambdaFunctionSucceededEventDetails().output());
    }
    if (e.activitySucceededEventDetails() != null) {
      return parse(e.activitySucceededEventDetails().output());
    }
    return null;
  }

  /** The output a {@code .sync} or {@code .waitForTaskToken} call reported when submitted. */
  public static JsonNode submitted(HistoryEvent e) {
    return e.taskSubmittedEventDetails() == null ? null : parse(e.taskSubmittedEventDetails().output());
  }

  /** JSON text as AWS returns it, parsed; {@code null} stays {@code null}, text that is no JSON stays text. */
  public static JsonNode parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JsonValues.parse(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return JsonValues.nodes().textNode(text);
    }
  }
}
