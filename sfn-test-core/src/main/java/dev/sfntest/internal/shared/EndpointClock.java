package dev.sfntest.internal.shared;

import java.time.Duration;
import java.util.Locale;
import software.amazon.awssdk.services.sfn.model.SfnResponse;

/**
 * How time runs on a live endpoint, as sfn-local says in a header of every response ({@value
 * #HEADER}): {@code virtual} when the served fake skips to each timer at once (a day-long Wait
 * takes no real time), {@code wall; wait-time-scale=0.5} when it follows the wall clock, scaled.
 * An endpoint that says nothing (AWS, Step Functions Local) runs on the wall clock.
 *
 * @param virtual whether Waits, retries and timeouts take no real time
 * @param waitTimeScale real seconds per second of a Wait, on the wall clock
 */
public record EndpointClock(boolean virtual, double waitTimeScale) {

  /** The response header sfn-local sets. */
  public static final String HEADER = "x-sfntest-clock";

  /** The wall clock, unscaled: what AWS runs on. */
  public static final EndpointClock WALL = new EndpointClock(false, 1.0);

  /** Virtual time with time skipping. */
  public static final EndpointClock VIRTUAL = new EndpointClock(true, 0.0);

  private static final String SCALE = "wait-time-scale=";

  /** A wall clock with this wait time scale. */
  public static EndpointClock wall(double waitTimeScale) {
    return new EndpointClock(false, waitTimeScale);
  }

  /** The header's value for this clock. */
  public String headerValue() {
    return virtual ? "virtual" : "wall; " + SCALE + waitTimeScale;
  }

  /** The clock a header value names; the wall clock for {@code null} or a value not understood. */
  public static EndpointClock parse(String header) {
    if (header == null) {
      return WALL;
    }
    String value = header.trim().toLowerCase(Locale.ROOT);
    if (value.equals("virtual")) {
      return VIRTUAL;
    }
    int scale = value.indexOf(SCALE);
    if (value.startsWith("wall") && scale > 0) {
      try {
        double parsed = Double.parseDouble(value.substring(scale + SCALE.length()).trim());
        return parsed >= 0 && !Double.isInfinite(parsed) ? wall(parsed) : WALL;
      } catch (NumberFormatException e) {
        return WALL;
      }
    }
    return WALL;
  }

  /** The clock the endpoint that answered {@code response} runs on (the fake's own responses carry no header). */
  public static EndpointClock of(SfnResponse response) {
    if (response == null || response.sdkHttpResponse() == null) {
      return WALL;
    }
    return parse(response.sdkHttpResponse().firstMatchingHeader(HEADER).orElse(null));
  }

  /** The real time a span of the endpoint's clock takes. */
  public Duration realTime(Duration onTheClock) {
    if (virtual) {
      return Duration.ZERO;
    }
    double seconds = (onTheClock.getSeconds() + onTheClock.getNano() / 1e9) * waitTimeScale;
    return Duration.ofMillis((long) Math.min(9e15, seconds * 1000));
  }

  /** In words, for messages: {@code the wall clock}, {@code virtual time}. */
  public String describe() {
    if (virtual) {
      return "virtual time";
    }
    return waitTimeScale == 1.0 ? "the wall clock" : "the wall clock with waits scaled by " + waitTimeScale;
  }
}
