package dev.sfntest.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The map run of a distributed Map state: its items run as child executions, which the parent's
 * history does not show. Read them with {@code ListExecutions} and the {@link #arn() map run ARN}.
 *
 * <pre>{@code
 * MapRun run = trace.visitsOf("ProcessFiles").get(0).mapRun();
 * client.listExecutions(b -> b.mapRunArn(run.arn()));
 * }</pre>
 */
public final class MapRun {

  private final Visit visit;
  private final List<HistoryEvent> events = new ArrayList<>();

  MapRun(Visit visit, HistoryEvent started) {
    this.visit = visit;
    events.add(started);
  }

  /** The Map visit that ran it. */
  public Visit visit() {
    return visit;
  }

  /** The map run's ARN, from {@code MapRunStarted}. */
  public String arn() {
    HistoryEvent started = events.get(0);
    return started.mapRunStartedEventDetails() == null ? null : started.mapRunStartedEventDetails().mapRunArn();
  }

  /** Its events: {@code MapRunStarted}, then {@code MapRunSucceeded}, {@code -Failed}, {@code -Aborted}, {@code -Redriven}. */
  public List<HistoryEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** Whether it was redriven ({@code MapRunRedriven}) after its execution was. */
  public boolean wasRedriven() {
    return events.stream().anyMatch(e -> EventKind.of(e) == EventKind.MAP_RUN_REDRIVEN);
  }

  /** How it ended: the last of its end events after any redrive; {@link Outcome#RUNNING} before one. */
  public Outcome outcome() {
    HistoryEvent last = events.get(events.size() - 1);
    return switch (EventKind.of(last)) {
      case MAP_RUN_SUCCEEDED -> Outcome.SUCCEEDED;
      case MAP_RUN_FAILED -> Outcome.FAILED;
      case MAP_RUN_ABORTED -> Outcome.ABORTED;
      default -> visit.outcome().isOver() ? Outcome.STOPPED : Outcome.RUNNING;
    };
  }

  /** The error it failed with ({@code States.ItemReaderFailed}, a tolerated-failure threshold passed, ...), or {@code null}. */
  public Failure failure() {
    HistoryEvent last = events.get(events.size() - 1);
    return EventKind.of(last) == EventKind.MAP_RUN_FAILED ? Failure.of(last) : null;
  }

  void add(HistoryEvent event) {
    events.add(event);
  }

  @Override
  public String toString() {
    return "map run " + arn();
  }
}
