package dev.sfntest.conformance.corpus;

/**
 * Where the recorded history holds one task's result ({@code task_result_events}).
 *
 * @param eventId the id of the result event in {@code expected.history}
 * @param type its type, e.g. {@code TaskSucceeded}, {@code LambdaFunctionFailed}
 * @param detailsKey the field holding its details
 * @param resource the task's resource as written in the definition (with placeholders)
 * @param scheduledEventId the id of the event that scheduled the task, or null
 * @param state the Task state's name
 */
public record TaskResultEvent(
    long eventId, String type, String detailsKey, String resource, Long scheduledEventId, String state) {}
