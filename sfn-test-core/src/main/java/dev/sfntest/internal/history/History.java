package dev.sfntest.internal.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An execution's events, in id order. Appended by the engine (under the fake's lock); read by the
 * API as a snapshot.
 */
public final class History {

  private final List<RecordedEvent> events = new ArrayList<>();

  /** Appends an event and returns its id. */
  public long append(EventType type, long previousEventId, Instant timestamp, EventDetails details) {
    long id = events.size() + 1;
    events.add(new RecordedEvent(id, previousEventId, timestamp, type, details));
    return id;
  }

  /** How many events there are. */
  public int size() {
    return events.size();
  }

  /** The event with that id. */
  public RecordedEvent get(long id) {
    return events.get((int) id - 1);
  }

  /** A copy of the events in id order. */
  public List<RecordedEvent> snapshot() {
    return List.copyOf(events);
  }

  /** The last event, or {@code null} when empty. */
  public RecordedEvent last() {
    return events.isEmpty() ? null : events.get(events.size() - 1);
  }
}
