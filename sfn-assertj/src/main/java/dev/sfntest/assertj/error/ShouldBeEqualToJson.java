package dev.sfntest.assertj.error;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a JSON value was expected to equal another, compared as JSON values.
 *
 * <pre>{@code assertThat(run).hasOutputAt("$.status").isText("SHIPPED");   // fails with this message}</pre>
 */
public final class ShouldBeEqualToJson extends BasicErrorMessageFactory {

  private ShouldBeEqualToJson(String message) {
    super(message);
  }

  /** The message for a value that is not {@code expected}. */
  public static ErrorMessageFactory shouldBeEqualToJson(String context, JsonNode expected, JsonNode actual) {
    return new ShouldBeEqualToJson(Message.about(context).line("Expecting value to be:").json(expected)
        .line("but it was:").json(actual).build());
  }
}
