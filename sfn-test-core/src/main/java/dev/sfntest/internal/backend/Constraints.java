package dev.sfntest.internal.backend;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The request validator's rules (the API model's required members, lengths, ranges and enums),
 * refused as AWS's validator refuses them:
 * {@code 1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint:
 * Member must have value less than or equal to 1000} (recorded).
 *
 * <pre>{@code
 * Constraints.length(name, "name", 1, 80);
 * Constraints.range(maxResults, "maxResults", 0, 1000);
 * }</pre>
 */
public final class Constraints {

  private Constraints() {}

  /** Refuses {@code null} for a required member. */
  public static <T> T required(T value, String member) {
    if (value == null) {
      throw failed("null", member, "Member must not be null");
    }
    return value;
  }

  /** Refuses a string outside {@code [min, max]} characters; {@code null} passes. */
  public static void length(String value, String member, int min, int max) {
    if (value == null) {
      return;
    }
    if (value.length() < min) {
      throw failed(quote(value), member, "Member must have length greater than or equal to " + min);
    }
    if (value.length() > max) {
      throw failed(quote(value), member, "Member must have length less than or equal to " + max);
    }
  }

  /** Refuses a payload of more than {@code maxBytes} UTF-8 bytes; {@code null} passes. */
  public static void bytes(String value, String member, int maxBytes) {
    if (value != null && value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw failed(quote(value), member, "Member must have length less than or equal to " + maxBytes);
    }
  }

  /** Refuses a number outside {@code [min, max]}; {@code null} passes. */
  public static void range(Number value, String member, long min, long max) {
    if (value == null) {
      return;
    }
    if (value.doubleValue() < min) {
      throw failed(quote(value), member, "Member must have value greater than or equal to " + min);
    }
    if (value.doubleValue() > max) {
      throw failed(quote(value), member, "Member must have value less than or equal to " + max);
    }
  }

  /**
   * Refuses a value outside an enum; {@code null} passes.
   *
   * @param allowed the values in the order AWS lists them in its message
   */
  public static void oneOf(String value, String member, List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      throw failed(quote(value), member,
          "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
    }
  }

  /** A ValidationException of the validator's shape. */
  public static ApiException failed(String quotedValue, String member, String constraint) {
    return ApiException.validation("1 validation error detected: Value " + quotedValue + " at '" + member
        + "' failed to satisfy constraint: " + constraint);
  }

  private static String quote(Object value) {
    return "'" + value + "'";
  }
}
