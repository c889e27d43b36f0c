package dev.sfntest.internal.asl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ASL timestamps: ISO-8601 extended offset date-times such as {@code 2016-03-14T01:59:00Z}. */
public final class Timestamps {

  private Timestamps() {}

  /** Parses an ASL timestamp; {@code null} when the text is not one (no offset, a space, ...). */
  public static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
