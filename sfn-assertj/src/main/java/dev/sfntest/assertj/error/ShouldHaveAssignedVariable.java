package dev.sfntest.assertj.error;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when an execution was expected to have assigned a variable (with Assign), maybe a given value.
 *
 * <pre>{@code assertThat(run).hasAssignedVariable("count", "2");   // fails with this message}</pre>
 */
public final class ShouldHaveAssignedVariable extends BasicErrorMessageFactory {

  private ShouldHaveAssignedVariable(String message) {
    super(message);
  }

  /**
   * The message for a variable never assigned, or last assigned another value.
   *
   * @param expected the value expected, or {@code null} when any value will do
   * @param assigned every variable assigned, with its last value
   */
  public static ErrorMessageFactory shouldHaveAssignedVariable(String context, String name, JsonNode expected,
      Map<String, JsonNode> assigned) {
    Message message = Message.about(context).line("Expecting execution to have assigned variable '" + name + "'");
    if (expected != null) {
      message.append(" the value:").json(expected);
    }
    if (!assigned.containsKey(name)) {
      message.line("but it never assigned it.");
    } else {
      message.line("but its last value was:").json(assigned.get(name));
    }
    message.line("Variables assigned (last values):");
    if (assigned.isEmpty()) {
      message.indented("(none)");
    }
    assigned.forEach((variable, value) -> message.indented(variable + " = " + JsonValues.write(value)));
    return new ShouldHaveAssignedVariable(message.build());
  }
}
