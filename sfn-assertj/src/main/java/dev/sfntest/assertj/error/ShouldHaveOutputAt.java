package dev.sfntest.assertj.error;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a JSON path was expected to find a value in an output.
 *
 * <pre>{@code assertThat(run).hasOutputAt("$.status");   // fails with this message}</pre>
 */
public final class ShouldHaveOutputAt extends BasicErrorMessageFactory {

  private ShouldHaveOutputAt(String message) {
    super(message);
  }

  /**
   * The message for a path that finds nothing in {@code document}, or for no output at all.
   *
   * @param document the output searched, or {@code null} when there is none
   * @param happened e.g. {@code No results for path: $['a']}, {@code it FAILED, so it has no output}
   */
  public static ErrorMessageFactory shouldHaveOutputAt(String context, String path, JsonNode document,
      String happened) {
    Message message = Message.about(context).line("Expecting output to have a value at '" + path + "', but "
        + happened);
    if (document != null) {
      message.append(". The output was:").json(document);
    }
    return new ShouldHaveOutputAt(message.build());
  }
}
