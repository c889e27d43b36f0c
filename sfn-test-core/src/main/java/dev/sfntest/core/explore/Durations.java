package dev.sfntest.core.explore;

import java.time.Duration;

/** Durations as people read them in tables: {@code 0s}, {@code 14s}, {@code 2m 6s}, {@code 1h 0m 3s}, {@code 250ms}. */
final class Durations {

  private Durations() {}

  static String text(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      return d.toMillis() + "ms";
    }
    long days = d.toDays();
    long hours = d.toHoursPart();
    long minutes = d.toMinutesPart();
    long seconds = d.toSecondsPart();
    StringBuilder text = new StringBuilder();
    if (days > 0) {
      text.append(days).append("d ");
    }
    if (days > 0 || hours > 0) {
      text.append(hours).append("h ");
    }
    if (days > 0 || hours > 0 || minutes > 0) {
      text.append(minutes).append("m ");
    }
    text.append(seconds);
    if (d.toMillisPart() > 0) {
      text.append('.').append(String.format("%03d", d.toMillisPart()));
    }
    return text.append('s').toString();
  }
}
