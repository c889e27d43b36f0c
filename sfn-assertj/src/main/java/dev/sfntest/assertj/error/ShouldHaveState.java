package dev.sfntest.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state machine definition was expected to have a state.
 *
 * <pre>{@code assertThat(machine).hasState("Refund");   // fails with this message}</pre>
 */
public final class ShouldHaveState extends BasicErrorMessageFactory {

  private ShouldHaveState(String message) {
    super(message);
  }

  /** The message listing the states the definition has (nested ones included). */
  public static ErrorMessageFactory shouldHaveState(String context, String state, List<String> states) {
    return new ShouldHaveState(Message.about(context).line("Expecting definition to have state '" + state
        + "', but its states are:").indented(String.join(", ", states)).build());
  }
}
