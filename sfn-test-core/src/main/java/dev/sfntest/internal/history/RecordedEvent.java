package dev.sfntest.internal.history;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One event of an execution's history, in AWS's shape. Immutable once recorded, so the API layer
 * converts it to its own type once and keeps that with the event ({@link #view}).
 */
public final class RecordedEvent {

  private final long id;
  private final long previousEventId;
  private final Instant timestamp;
  private final EventType type;
  private final EventDetails details;
  /**
   * The API layer's rendering of this event, made on first read. Set without a lock: two readers
   * may both make one, equal, and either is kept; the rendering is immutable, so it is safely
   * published through this field.
   */
  private volatile Object view;

  /**
   * @param id 1-based, contiguous
   * @param previousEventId the causally preceding event (0 when none)
   * @param timestamp when it happened, on the fake's clock
   * @param type the event type
   * @param details the type's details ({@link EventDetails#EMPTY} for types that have none)
   */
  public RecordedEvent(long id, long previousEventId, Instant timestamp, EventType type, EventDetails details) {
    this.id = id;
    this.previousEventId = previousEventId;
    this.timestamp = timestamp;
    this.type = type;
    this.details = details;
  }

  public long id() {
    return id;
  }

  public long previousEventId() {
    return previousEventId;
  }

  public Instant timestamp() {
    return timestamp;
  }

  public EventType type() {
    return type;
  }

  public EventDetails details() {
    return details;
  }

  /**
   * This event as {@code render} makes it, made once and kept: histories are read again and again
   * (every assertion, every page), and the event never changes. One renderer per type of view:
   * the API layer's, whose result must be immutable.
   *
   * <pre>{@code HistoryEvent e = event.view(HistoryEvent.class, ExecutionViews::convert);}</pre>
   */
  public <T> T view(Class<T> viewType, Function<RecordedEvent, T> render) {
    Object kept = view;
    if (viewType.isInstance(kept)) {
      return viewType.cast(kept);
    }
    T made = render.apply(this);
    view = made;
    return made;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedEvent e && id == e.id && previousEventId == e.previousEventId
        && Objects.equals(timestamp, e.timestamp) && type == e.type && Objects.equals(details, e.details);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, previousEventId, timestamp, type, details);
  }

  @Override
  public String toString() {
    return "RecordedEvent[id=" + id + ", previousEventId=" + previousEventId + ", timestamp=" + timestamp + ", type="
        + type + ", details=" + details + "]";
  }
}
