package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Builds the context object ({@code $$}) a state sees.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html">Context object</a>
 */
final class ContextObject {

  /**
   * AWS writes context timestamps with milliseconds and a Z. In a holder: only years outside
   * 1000-9999 need the formatter, whose setup costs a fresh JVM tens of milliseconds.
   */
  static final class Formatter {
    static final DateTimeFormatter TIMESTAMP =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  }

  private ContextObject() {}

  static String format(Instant instant) {
    java.time.LocalDateTime time = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
        ZoneOffset.UTC);
    if (time.getYear() < 1000 || time.getYear() > 9999) {
      return Formatter.TIMESTAMP.format(instant);
    }
    // By hand: the formatter's generality showed in profiles of short executions.
    StringBuilder text = new StringBuilder(24);
    text.append(time.getYear()).append('-');
    twoDigits(text, time.getMonthValue()).append('-');
    twoDigits(text, time.getDayOfMonth()).append('T');
    twoDigits(text, time.getHour()).append(':');
    twoDigits(text, time.getMinute()).append(':');
    twoDigits(text, time.getSecond()).append('.');
    int millis = time.getNano() / 1_000_000;
    text.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10)).append((char) ('0' + millis % 10));
    return text.append('Z').toString();
  }

  private static StringBuilder twoDigits(StringBuilder text, int value) {
    return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** The {@code Execution} member, fixed for the whole execution. */
  static ObjectNode execution(ExecutionSpec spec, Instant startTime, int redriveCount) {
    ObjectNode execution = Json.object();
    execution.put("Id", spec.executionArn());
    execution.set("Input", spec.input());
    execution.put("StartTime", format(startTime));
    execution.put("Name", spec.name());
    execution.put("RoleArn", spec.roleArn());
    if (!spec.synchronous()) {
      // AWS leaves RedriveCount out for synchronous Express executions only: they cannot be redriven (recorded)
      execution.put("RedriveCount", redriveCount);
    }
    return execution;
  }

  static ObjectNode stateMachine(ExecutionSpec spec) {
    ObjectNode stateMachine = Json.object();
    stateMachine.put("Id", spec.stateMachineArn());
    stateMachine.put("Name", spec.stateMachineName());
    return stateMachine;
  }

  /**
   * The whole context object for one state visit.
   *
   * @param retryCount the state's retry count, or {@code null} for states that cannot retry
   * @param taskToken the task token, or {@code null}
   * @param mapItem the {@code Map} member ({@code {"Item": {"Index", "Value"}}}), or {@code null}
   */
  static ObjectNode build(ExecutionRun run, String stateName, Instant enteredTime, Integer retryCount,
      String taskToken, JsonNode mapItem) {
    ObjectNode context = Json.object();
    context.set("Execution", run.contextExecution());
    context.set("StateMachine", run.contextStateMachine());
    ObjectNode state = Json.object();
    state.put("Name", stateName);
    state.put("EnteredTime", format(enteredTime));
    if (retryCount != null) {
      state.put("RetryCount", retryCount);
    }
    context.set("State", state);
    if (taskToken != null) {
      ObjectNode task = Json.object();
      task.put("Token", taskToken);
      context.set("Task", task);
    }
    if (mapItem != null) {
      context.set("Map", mapItem);
    }
    return context;
  }
}
