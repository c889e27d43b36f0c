package dev.sfntest.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * One visit of one state: from its {@code *StateEntered} event to its {@code *StateExited} (or
 * its abort, or its failure), with every event that belongs to it: task calls and their retries,
 * the runs, iterations and map run of a Map, the runs of a Parallel. A Map or Parallel visit also
 * holds the scopes (iterations, branches) whose states it ran.
 *
 * <pre>{@code
 * Visit charge = trace.visitsOf("ChargeCard").get(0);
 * charge.outcome();    // CAUGHT
 * charge.failure();    // Failure[error=Payment.Declined, cause=card expired]
 * charge.retries();    // 2
 * charge.next();       // the visit of the state the Catch went to
 * }</pre>
 */
public final class Visit implements Comparable<Visit> {

  private final Trace trace;
  private final int sequence;
  private final String name;
  private final StateType type;
  private final Scope scope;
  private final HistoryEvent entered;
  private final boolean redriven;
  private final List<HistoryEvent> events = new ArrayList<>();
  private final List<Scope> children = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private HistoryEvent exited;
  private HistoryEvent aborted;
  private Visit next;
  private MapRun mapRun;
  private Outcome outcome;

  Visit(Trace trace, int sequence, String name, StateType type, Scope scope, HistoryEvent entered, boolean redriven) {
    this.trace = trace;
    this.sequence = sequence;
    this.name = name;
    this.type = type;
    this.scope = scope;
    this.entered = entered;
    this.redriven = redriven;
    events.add(entered);
  }

  /** The state's name. */
  public String name() {
    return name;
  }

  /** The state's type. */
  public StateType type() {
    return type;
  }

  /** The execution, Map iteration or Parallel branch the visit ran in. */
  public Scope scope() {
    return scope;
  }

  /** The {@code *StateEntered} event. */
  public HistoryEvent entered() {
    return entered;
  }

  /** The {@code *StateExited} event, or {@code null} (running, failed, aborted or stopped). */
  public HistoryEvent exited() {
    return exited;
  }

  /** The {@code *StateAborted} event, or {@code null}. */
  public HistoryEvent aborted() {
    return aborted;
  }

  /**
   * The visit's own events in id order: entered, its work, exited or aborted. A Map's or
   * Parallel's own events include its runs, iterations and map run, not the states they ran.
   */
  public List<HistoryEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** The Map iterations or Parallel branches this visit ran, in the order they started (all attempts). */
  public List<Scope> children() {
    return Collections.unmodifiableList(children);
  }

  /** The attempts at the state's work, the first and one per retry; empty for states that do no work (Pass, Choice, ...). */
  public List<Attempt> attempts() {
    return Collections.unmodifiableList(attempts);
  }

  /** How many times the state's work was retried: attempts after the first. */
  public int retries() {
    return Math.max(0, attempts.size() - 1);
  }

  /** Whether the visit re-entered the state where an earlier run of the execution ended, after a redrive. */
  public boolean wasRedriven() {
    return redriven;
  }

  /** A Map or Parallel state, which runs scopes of its own. */
  public boolean isContainer() {
    return type.isContainer();
  }

  /** The distributed Map's map run, or {@code null} (another state type, an inline Map, or not started). */
  public MapRun mapRun() {
    return mapRun;
  }

  /** The visit entered after this one exited, in the same scope: where {@code Next}, a Choice rule or a catcher led. */
  public Visit next() {
    return next;
  }

  /** The state's input, parsed. */
  public JsonNode input() {
    return JsonText.parse(entered.stateEnteredEventDetails().input());
  }

  /** The state's output, parsed; {@code null} when it did not exit. */
  public JsonNode output() {
    return exited == null || exited.stateExitedEventDetails() == null ? null
        : JsonText.parse(exited.stateExitedEventDetails().output());
  }

  /**
   * How the visit ended. {@link Outcome#CAUGHT}: it failed for good and a {@code Catch} took the
   * error. {@link Outcome#FAILED}: the error ended its scope; AWS records the abort of a Task
   * after its own failure (in a Parallel branch or Map iteration), and such a Task failed, it was
   * not aborted. {@link Outcome#ABORTED}: another iteration or branch failed. {@link
   * Outcome#STOPPED}: the execution ended (timed out, stopped) while it ran.
   */
  public Outcome outcome() {
    if (outcome == null) {
      outcome = computeOutcome();
    }
    return outcome;
  }

  /**
   * The error that made the state give up for good, caught or not; {@code null} unless the
   * outcome is {@link Outcome#CAUGHT} or {@link Outcome#FAILED}. For a Map or Parallel, the error
   * of the iteration or branch that failed. AWS records no error for a {@code Fail} state: its
   * error is read where it arrived, from the output of the Catch that took it, or from the
   * execution's failure; when neither has it, both fields are {@code null}.
   */
  public Failure failure() {
    Outcome ended = outcome();
    if (ended != Outcome.CAUGHT && ended != Outcome.FAILED) {
      return null;
    }
    if (isContainer()) {
      Scope child = failedChild();
      Failure fromChild = child == null ? null : child.failure();
      if (fromChild != null) {
        return fromChild;
      }
    }
    Failure own = lastRecordedFailure();
    return own != null ? own : propagatedFailure();
  }

  /**
   * Every error the visit recorded, in order: each failed or timed-out attempt (retried or not),
   * evaluation errors, and for a Map or Parallel the error of the iteration or branch that failed.
   */
  public List<Failure> failures() {
    List<Failure> failures = new ArrayList<>();
    for (HistoryEvent event : events) {
      Failure failure = Failure.of(event);
      if (failure != null) {
        failures.add(failure);
      }
    }
    if (isContainer()) {
      Failure last = failure();
      if (last != null && (failures.isEmpty() || !failures.get(failures.size() - 1).equals(last))) {
        failures.add(last);
      }
    }
    return failures;
  }

  /** Whether a Catch took the state's error: the outcome is {@link Outcome#CAUGHT}. */
  public boolean wasCaught() {
    return outcome() == Outcome.CAUGHT;
  }

  /**
   * Which catcher took the error: its index in the state's {@code Catch} (AWS takes the first
   * whose {@code ErrorEquals} matches). Known when the trace was read with the definition ({@link
   * Trace#of(List, java.util.function.Supplier)}); empty otherwise, and when the visit was not
   * caught.
   */
  public java.util.OptionalInt catcher() {
    if (!wasCaught() || next == null) {
      return java.util.OptionalInt.empty();
    }
    Failure failure = failure();
    return trace.definition().catcher(name, failure == null ? null : failure.error(), next.name());
  }

  /** Whether an attempt timed out ({@code States.Timeout} or {@code States.HeartbeatTimeout} recorded as a time-out). */
  public boolean timedOut() {
    return attempts.stream().anyMatch(Attempt::timedOut);
  }

  /**
   * What the running state waits on, as the history tells it; empty when it is over, or when it is
   * a Map or Parallel whose iterations or branches are running (those wait instead).
   */
  public Optional<Waiting> waitingOn() {
    if (outcome() != Outcome.RUNNING || hasRunningChild()) {
      return Optional.empty();
    }
    if (type == StateType.WAIT) {
      return Optional.of(new Waiting(Waiting.Kind.TIMER, null));
    }
    if (attempts.isEmpty()) {
      return Optional.empty();
    }
    Attempt last = attempts.get(attempts.size() - 1);
    Failure failure = last.failure();
    if (failure != null) {
      return Optional.of(new Waiting(Waiting.Kind.RETRY, failure.error()));
    }
    if (type == StateType.MAP) {
      return mapRun != null && mapRun.outcome() == Outcome.RUNNING
          ? Optional.of(new Waiting(Waiting.Kind.MAP_RUN, mapRun.arn())) : Optional.empty();
    }
    if (type != StateType.TASK) {
      return Optional.empty();
    }
    HistoryEvent begin = last.begin();
    if (begin.activityScheduledEventDetails() != null) {
      for (HistoryEvent event : last.events()) {
        if (event.activityStartedEventDetails() != null) {
          return Optional.of(new Waiting(Waiting.Kind.ACTIVITY_RESULT, event.activityStartedEventDetails().workerName()));
        }
      }
      return Optional.of(new Waiting(Waiting.Kind.ACTIVITY_WORKER, begin.activityScheduledEventDetails().resource()));
    }
    if (begin.taskScheduledEventDetails() != null) {
      String resourceType = begin.taskScheduledEventDetails().resourceType();
      String resource = String.valueOf(begin.taskScheduledEventDetails().resource());
      if (resource.endsWith(".waitForTaskToken")) {
        return Optional.of(new Waiting(Waiting.Kind.TASK_TOKEN, resourceType + ":" + resource));
      }
      if ("states".equals(resourceType) && resource.startsWith("startExecution.sync")) {
        return Optional.of(new Waiting(Waiting.Kind.CHILD_EXECUTION, childExecutionArn()));
      }
      if (resource.contains(".sync")) {
        return Optional.of(new Waiting(Waiting.Kind.JOB, resourceType + ":" + resource));
      }
    }
    return Optional.of(new Waiting(Waiting.Kind.TASK_RESULT, last.resource()));
  }

  /**
   * The ARN of the execution a {@code states:startExecution} Task started (its last call), read
   * from the call's result, from what it submitted ({@code .sync}, {@code .waitForTaskToken}), or
   * from the description a failed {@code .sync} child gives as cause; {@code null} otherwise.
   */
  public String childExecutionArn() {
    for (int i = attempts.size() - 1; i >= 0; i--) {
      Attempt attempt = attempts.get(i);
      HistoryEvent begin = attempt.begin();
      if (begin.taskScheduledEventDetails() == null || !"states".equals(begin.taskScheduledEventDetails().resourceType())
          || !String.valueOf(begin.taskScheduledEventDetails().resource()).startsWith("startExecution")) {
        continue;
      }
      for (JsonNode data : new JsonNode[] {attempt.result(), attempt.submitted(),
          attempt.failure() == null ? null : JsonText.parse(attempt.failure().cause())}) {
        if (data != null && data.path("ExecutionArn").isTextual()) {
          return data.get("ExecutionArn").asText();
        }
      }
    }
    return null;
  }

  /** Visits in the order they were entered. */
  @Override
  public int compareTo(Visit other) {
    return Integer.compare(sequence, other.sequence);
  }

  @Override
  public String toString() {
    return type + " state '" + name + "' entered at #" + entered.id();
  }

  // ---------------------------------------------------------------- reading

  Trace trace() {
    return trace;
  }

  void add(HistoryEvent event, EventKind kind) {
    events.add(event);
    if (kind.beginsAttempt()) {
      attempts.add(new Attempt(this, attempts.size() + 1, event));
    } else if (!attempts.isEmpty() && (kind.isTaskCall() || kind.subject() == EventKind.Subject.MAP_STATE
        || kind.subject() == EventKind.Subject.PARALLEL_STATE || kind.subject() == EventKind.Subject.MAP_RUN)) {
      attempts.get(attempts.size() - 1).add(event);
    }
    if (kind.isStateExited()) {
      exited = event;
    } else if (kind.isStateAborted()) {
      aborted = event;
    }
    if (kind.subject() == EventKind.Subject.MAP_RUN) {
      if (kind.phase() == EventKind.Phase.STARTED) {
        mapRun = new MapRun(this, event);
      } else if (mapRun != null) {
        mapRun.add(event);
      }
    }
  }

  void addChild(Scope child) {
    children.add(child);
  }

  void next(Visit visit) {
    this.next = visit;
  }

  /** Neither exited nor aborted: events of its own may still come, and an abort may still stop it. */
  boolean isOpen() {
    return exited == null && aborted == null;
  }

  /** Whether the attempt now running has recorded no end (for Map and Parallel: no Succeeded or Failed yet). */
  boolean attemptOpen() {
    return !attempts.isEmpty() && attemptEnd(attempts.size()) == null;
  }

  /** The scopes of the last attempt, in the order they started. */
  List<Scope> lastAttemptChildren() {
    int last = attempts.size();
    List<Scope> scopes = new ArrayList<>();
    for (Scope child : children) {
      if (child.attempt() == last) {
        scopes.add(child);
      }
    }
    return scopes;
  }

  /** The event that ended attempt {@code number}: its result, or the begin of the retry after it; {@code null} while it runs. */
  HistoryEvent attemptEnd(int number) {
    if (number < 1 || number > attempts.size()) {
      return null;
    }
    Attempt attempt = attempts.get(number - 1);
    List<HistoryEvent> own = attempt.events();
    for (int i = own.size() - 1; i > 0; i--) {
      EventKind kind = EventKind.of(own.get(i));
      if ((kind.isSuccess() || kind.isFailure()) && kind.subject() != EventKind.Subject.MAP_ITERATION
          && kind.subject() != EventKind.Subject.MAP_RUN) {
        return own.get(i);
      }
    }
    return number < attempts.size() ? attempts.get(number).begin() : null;
  }

  boolean hasRunningChild() {
    for (Scope child : children) {
      for (Visit inner : child.allVisits()) {
        if (inner.outcome() == Outcome.RUNNING) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code other} is this visit or runs inside it (in one of its iterations or branches, at any depth). */
  boolean holds(Visit other) {
    for (Visit v = other; v != null; v = v.scope.owner()) {
      if (v == this) {
        return true;
      }
    }
    return false;
  }

  private Outcome computeOutcome() {
    if (exited != null) {
      return endedInFailure() ? Outcome.CAUGHT : Outcome.SUCCEEDED;
    }
    if (aborted != null) {
      // AWS aborts the state whose failure stops its Parallel or Map too, linking the abort to
      // that failure: the abort of a state that failed itself follows an event of its own.
      return holds(trace.visitBefore(aborted)) ? Outcome.FAILED : Outcome.ABORTED;
    }
    if (type == StateType.FAIL) {
      return Outcome.FAILED;
    }
    HistoryEvent closing = scope.closing(trace.position(entered));
    if (closing == null) {
      return Outcome.RUNNING;
    }
    boolean failingEnd = switch (EventKind.of(closing)) {
      case EXECUTION_FAILED, MAP_ITERATION_FAILED, PARALLEL_STATE_FAILED, MAP_STATE_FAILED -> true;
      default -> false;
    };
    if (failingEnd && (endedInFailure() || holds(trace.visitBefore(closing)))) {
      return Outcome.FAILED;
    }
    return Outcome.STOPPED;
  }

  /** Whether the last result among the visit's own events is an error (a failed call or run, an evaluation error). */
  private boolean endedInFailure() {
    for (int i = events.size() - 1; i > 0; i--) {
      EventKind kind = EventKind.of(events.get(i));
      if (kind.subject() == EventKind.Subject.MAP_ITERATION || kind.isStateExited() || kind.isStateAborted()) {
        continue;
      }
      if (kind.beginsAttempt() || kind.isSuccess()) {
        return false;
      }
      if (kind.isFailure()) {
        return true;
      }
    }
    return false;
  }

  /** The last error the visit's own events record, if the visit ended with it. */
  private Failure lastRecordedFailure() {
    for (int i = events.size() - 1; i > 0; i--) {
      HistoryEvent event = events.get(i);
      EventKind kind = EventKind.of(event);
      if (kind.subject() == EventKind.Subject.MAP_ITERATION) {
        continue;
      }
      if (kind.isSuccess() || kind.beginsAttempt()) {
        return null;
      }
      Failure failure = Failure.of(event);
      if (failure != null) {
        return failure;
      }
    }
    return null;
  }

  /** The iteration or branch whose failure failed the last attempt of this Map or Parallel. */
  private Scope failedChild() {
    HistoryEvent end = attemptEnd(attempts.size());
    List<Scope> last = lastAttemptChildren();
    if (end != null) {
      Visit linked = trace.visitBefore(end);
      for (Scope child : last) {
        if (linked != null && child.contains(linked.scope())) {
          return child;
        }
      }
    }
    for (int i = last.size() - 1; i >= 0; i--) {
      if (last.get(i).outcome() == Outcome.FAILED) {
        return last.get(i);
      }
    }
    return null;
  }

  /**
   * The error of a failure the visit did not record (a Fail state, a Map or Parallel whose failed
   * branch recorded none): where it arrived, in the output of the enclosing state whose Catch took
   * it, or in the execution's failure.
   */
  private Failure propagatedFailure() {
    for (Visit v = this; ; v = v.scope.owner()) {
      Visit owner = v.scope.owner();
      if (owner == null) {
        HistoryEvent end = trace.executionEndAfter(trace.position(entered));
        if (end != null && EventKind.of(end) == EventKind.EXECUTION_FAILED) {
          return Failure.of(end);
        }
        break;
      }
      if (owner.exited != null) {
        Failure caught = errorIn(owner.output());
        if (caught != null) {
          return caught;
        }
        break;
      }
    }
    return new Failure(null, null);
  }

  /** The error output a Catch placed in a state's output: the first object with a text {@code Error}. */
  private static Failure errorIn(JsonNode output) {
    ArrayDeque<JsonNode> queue = new ArrayDeque<>();
    if (output != null) {
      queue.add(output);
    }
    while (!queue.isEmpty()) {
      JsonNode node = queue.poll();
      if (node.isObject() && node.path("Error").isTextual()) {
        return new Failure(node.get("Error").asText(), node.path("Cause").isTextual() ? node.get("Cause").asText() : null);
      }
      node.elements().forEachRemaining(queue::add);
    }
    return null;
  }
}
