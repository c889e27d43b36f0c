package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.Timestamps;
import dev.sfntest.internal.asl.ValueSource;
import dev.sfntest.internal.asl.WaitState;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.expr.PathNotFoundException;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;
import java.time.Duration;
import java.time.Instant;

/** Wait: waits a number of seconds or until a timestamp, on the fake's clock. */
final class WaitVisit extends Visit {

  private final WaitState state;
  private Scheduler.Timer timer;

  WaitVisit(Frame frame, WaitState state, JsonNode input) {
    super(frame, input);
    this.state = state;
  }

  @Override
  WaitState state() {
    return state;
  }

  @Override
  void run() {
    JsonNode effective = isJsonata() ? rawInput : applyInputPath(rawInput);
    Instant until = state.seconds() != null ? scheduler().later(Duration.ofSeconds(seconds(state.seconds(), effective)))
        : timestamp(state.timestamp(), effective);
    if (until.isBefore(now())) {
      until = now();
    }
    if (probe() != null) {
      // TestState does not wait: it answers at once with the Wait state's output and Next.
      finish(effective);
      return;
    }
    timer = scheduler().schedule(until, () -> guarded(() -> finish(effective)));
  }

  @Override
  void deadlines(java.util.List<Deadline> into) {
    deadline(into, timer, "its Wait ends");
  }

  private void finish(JsonNode effective) {
    timer = null;
    if (isJsonata()) {
      JsonataFlow flow = new JsonataFlow(this);
      exit(flow.output(rawInput, null), state.next(), flow.assign(null));
      return;
    }
    exit(applyOutputPath(effective), state.next(), assignJsonPath(io().assign(), effective));
  }

  private long seconds(ValueSource source, JsonNode effective) {
    if (source.constant() != null) {
      return source.constant().asLong();
    }
    if (source.expression() != null) {
      JsonNode value = new JsonataFlow(this).evaluate(source.expression(), "Seconds", rawInput, null);
      if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
        throw runtime("The Seconds field must be a non-negative integer, but was: " + Json.write(value));
      }
      return value.asLong();
    }
    String path = source.path().text();
    JsonNode value;
    try {
      value = source.path().read(context(effective));
    } catch (PathNotFoundException e) {
      throw runtime("The SecondsPath parameter does not reference an input value: " + path);
    }
    if (!value.isNumber() || !isWhole(value) || !value.canConvertToLong()) {
      throw runtime("The SecondsPath parameter cannot be parsed as a long value: " + path + " == " + text(value));
    }
    if (value.decimalValue().signum() < 0) {
      throw runtime("The SecondsPath parameter references a negative value: " + path + " == " + text(value));
    }
    return value.longValue();
  }

  private Instant timestamp(ValueSource source, JsonNode effective) {
    if (source.constant() != null) {
      return Timestamps.parse(source.constant().asText());
    }
    if (source.expression() != null) {
      JsonNode value = new JsonataFlow(this).evaluate(source.expression(), "Timestamp", rawInput, null);
      Instant instant = value.isTextual() ? Timestamps.parse(value.asText()) : null;
      if (instant == null) {
        throw new dev.sfntest.internal.expr.JsonataEvaluationException(
            "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: "
                + text(value), "Timestamp");
      }
      return instant;
    }
    String path = source.path().text();
    JsonNode value;
    try {
      value = source.path().read(context(effective));
    } catch (PathNotFoundException e) {
      throw runtime("The TimestampPath parameter does not reference an input value: " + path);
    }
    Instant instant = value.isTextual() ? Timestamps.parse(value.asText()) : null;
    if (instant == null) {
      throw runtime("The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time "
          + "format string: " + path + " == " + text(value));
    }
    return instant;
  }

  private static boolean isWhole(JsonNode number) {
    return number.isIntegralNumber() || number.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : Json.write(value);
  }

  @Override
  EventType abortEventType() {
    return EventType.WaitStateAborted;
  }

  @Override
  void cancelPending() {
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
  }
}
