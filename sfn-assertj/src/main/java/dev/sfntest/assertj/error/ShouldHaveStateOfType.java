package dev.sfntest.assertj.error;


import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state of a state machine definition was expected to be of some type.
 *
 * <pre>{@code assertThat(machine).hasStateOfType("Items", "Map");   // fails with this message}</pre>
 */
public final class ShouldHaveStateOfType extends BasicErrorMessageFactory {

  private ShouldHaveStateOfType(String message) {
    super(message);
  }

  /** The message for a state of another type, or missing ({@code actualType} {@code null}). */
  public static ErrorMessageFactory shouldHaveStateOfType(String context, String state, String type,
      String actualType) {
    return new ShouldHaveStateOfType(Message.about(context).line("Expecting definition to have state '" + state
        + "' of type " + type + ", but " + (actualType == null ? "it has no such state" : "it is a " + actualType))
        .build());
  }
}
