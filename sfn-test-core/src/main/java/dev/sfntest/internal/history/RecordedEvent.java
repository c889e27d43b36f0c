package dev.sfntest.internal.history;

import java.time.Instant;

/**
 * One event of an execution's history, in AWS's shape.
 *
 * @param id 1-based, contiguous
 * @param previousEventId the causally preceding event (0 when none)
 * @param timestamp when it happened, on the fake's clock
 * @param type the event type
 * @param details the type's details ({@link EventDetails#EMPTY} for types that have none)
 */
public record RecordedEvent(long id, long previousEventId, Instant timestamp, EventType type, EventDetails details) {}
