package dev.sfntest.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * One try at a state's work: one call of a Task's resource (from its {@code TaskScheduled},
 * {@code LambdaFunctionScheduled} or {@code ActivityScheduled}), or one run of a Map's iterations
 * or a Parallel's branches (from its {@code MapStateStarted} or {@code ParallelStateStarted}). A
 * {@code Retry} makes another attempt in the same visit.
 *
 * <pre>{@code
 * for (Attempt attempt : visit.attempts()) {
 *   System.out.println(attempt.number() + ": " + attempt.outcome() + " " + attempt.failure());
 * }
 * }</pre>
 */
public final class Attempt {

  private final Visit visit;
  private final int number;
  private final List<HistoryEvent> events = new ArrayList<>();

  Attempt(Visit visit, int number, HistoryEvent begin) {
    this.visit = visit;
    this.number = number;
    events.add(begin);
  }

  /** The visit it belongs to. */
  public Visit visit() {
    return visit;
  }

  /** 1 for the first attempt, 2 for the first retry, ... */
  public int number() {
    return number;
  }

  /** The event that began it: the call scheduled, or the Map or Parallel run started. */
  public HistoryEvent begin() {
    return events.get(0);
  }

  /** Its events in id order: for a Task, the call's; for Map and Parallel, the run's own (not the states it ran). */
  public List<HistoryEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /**
   * How it ended: {@link Outcome#SUCCEEDED}; {@link Outcome#FAILED} (an error or time-out, see
   * {@link #failure()}); {@link Outcome#RUNNING} while the call has not answered; otherwise as its
   * visit ended ({@link Outcome#ABORTED}, {@link Outcome#STOPPED}).
   */
  public Outcome outcome() {
    for (int i = events.size() - 1; i >= 0; i--) {
      EventKind kind = EventKind.of(events.get(i));
      if (isResult(kind)) {
        return kind.isSuccess() ? Outcome.SUCCEEDED : Outcome.FAILED;
      }
    }
    if (!isLast()) {
      return Outcome.FAILED; // a Map or Parallel retried without recording why: its children failed
    }
    Outcome ofVisit = visit.outcome();
    return ofVisit == Outcome.CAUGHT ? Outcome.FAILED : ofVisit;
  }

  /**
   * The error it ended with, or {@code null} when it did not fail. A Map or Parallel run whose
   * iteration or branch failed records no error of its own: it is read from the iteration or
   * branch of this run that failed (see {@link Visit#failure()}).
   */
  public Failure failure() {
    Failure recorded = recordedFailure();
    if (recorded != null || !visit.isContainer() || outcome() != Outcome.FAILED) {
      return recorded;
    }
    for (Scope child : visit.children()) {
      if (child.attempt() == number && child.outcome() == Outcome.FAILED) {
        return child.failure();
      }
    }
    return null;
  }

  /** The error its own events record. */
  Failure recordedFailure() {
    for (int i = events.size() - 1; i >= 0; i--) {
      EventKind kind = EventKind.of(events.get(i));
      if (isResult(kind)) {
        if (kind.isSuccess()) {
          return null;
        }
        // MapStateFailed carries no details: the MapRunFailed before it says why
        for (int j = i; j >= 0; j--) {
          Failure failure = Failure.of(events.get(j));
          if (failure != null) {
            return failure;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Which retrier made the next attempt: its index in the state's {@code Retry} (the first whose
   * {@code ErrorEquals} matches this attempt's error, as AWS picks one). Known when the trace was
   * read with the definition; empty otherwise, and for the last attempt.
   */
  public java.util.OptionalInt retrier() {
    if (number >= visit.attempts().size()) {
      return java.util.OptionalInt.empty();
    }
    Failure failure = failure();
    return visit.trace().definition().retrier(visit.name(), failure == null ? null : failure.error());
  }

  /** Whether it timed out: its {@code TimeoutSeconds} or {@code HeartbeatSeconds} passed. */
  public boolean timedOut() {
    for (HistoryEvent event : events) {
      if (EventKind.of(event).phase() == EventKind.Phase.TIMED_OUT) {
        return true;
      }
    }
    return false;
  }

  /**
   * The resource called: {@code sqs:sendMessage.waitForTaskToken} (a service integration, as
   * {@code TaskScheduled} splits it), the function ARN of a Lambda task, the activity ARN; {@code
   * null} for Map and Parallel runs.
   */
  public String resource() {
    HistoryEvent begin = begin();
    if (begin.taskScheduledEventDetails() != null) {
      return begin.taskScheduledEventDetails().resourceType() + ":" + begin.taskScheduledEventDetails().resource();
    }
    if (begin.lambdaFunctionScheduledEventDetails() != null) {
      return begin.lambdaFunctionScheduledEventDetails().resource();
    }
    if (begin.activityScheduledEventDetails() != null) {
      return begin.activityScheduledEventDetails().resource();
    }
    return null;
  }

  /** What the call was sent: the Task's parameters, the Lambda function's or activity's input; {@code null} for Map and Parallel. */
  public JsonNode parameters() {
    HistoryEvent begin = begin();
    if (begin.taskScheduledEventDetails() != null) {
      return JsonText.parse(begin.taskScheduledEventDetails().parameters());
    }
    if (begin.lambdaFunctionScheduledEventDetails() != null) {
      return JsonText.parse(begin.lambdaFunctionScheduledEventDetails().input());
    }
    if (begin.activityScheduledEventDetails() != null) {
      return JsonText.parse(begin.activityScheduledEventDetails().input());
    }
    return null;
  }

  /** What a successful call returned (before ResultSelector and ResultPath), or {@code null}. */
  public JsonNode result() {
    for (HistoryEvent e : events) {
      if (e.taskSucceededEventDetails() != null) {
        return JsonText.parse(e.taskSucceededEventDetails().output());
      }
      if (e.lambdaFunctionSucceededEventDetails() != null) {
        return JsonText.parse(e.lambdaFunctionSucceededEventDetails().output());
      }
      if (e.activitySucceededEventDetails() != null) {
        return JsonText.parse(e.activitySucceededEventDetails().output());
      }
    }
    return null;
  }

  /** What a {@code .sync} or {@code .waitForTaskToken} call reported when it was submitted ({@code TaskSubmitted}), or {@code null}. */
  public JsonNode submitted() {
    for (HistoryEvent e : events) {
      if (e.taskSubmittedEventDetails() != null) {
        return JsonText.parse(e.taskSubmittedEventDetails().output());
      }
    }
    return null;
  }

  void add(HistoryEvent event) {
    events.add(event);
  }

  /** Whether the event ends the attempt: the call's result, the run's success or failure. */
  private static boolean isResult(EventKind kind) {
    if (kind.isTaskCall()) {
      return kind.isSuccess() || kind.isFailure();
    }
    return (kind.subject() == EventKind.Subject.MAP_STATE || kind.subject() == EventKind.Subject.PARALLEL_STATE
        || kind.subject() == EventKind.Subject.MAP_RUN) && (kind.isSuccess() || kind.isFailure());
  }

  private boolean isLast() {
    List<Attempt> all = visit.attempts();
    return all.get(all.size() - 1) == this;
  }

  @Override
  public String toString() {
    return "attempt " + number + " of " + visit;
  }
}
