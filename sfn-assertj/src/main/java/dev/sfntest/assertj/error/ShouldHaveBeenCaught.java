package dev.sfntest.assertj.error;

import dev.sfntest.trace.Failure;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state was expected to have failed with an error that a Catch then handled.
 *
 * <pre>{@code assertThat(run).state("ChargeCard").wasCaught("Payment.Declined");   // fails with this message}</pre>
 */
public final class ShouldHaveBeenCaught extends BasicErrorMessageFactory {

  private ShouldHaveBeenCaught(String message) {
    super(message);
  }

  /**
   * The message for a state that was not caught with {@code error}.
   *
   * @param failure the error the state gave up with, or {@code null} when it did not fail
   * @param caught whether a Catch handled that failure
   */
  public static ErrorMessageFactory shouldHaveBeenCaught(String context, String error, Failure failure,
      boolean caught, List<HistoryEvent> stateEvents) {
    String happened;
    if (failure == null) {
      happened = "it did not fail";
    } else if (!caught) {
      happened = "it failed with " + ErrorText.error(failure) + " and no Catch handled it";
    } else {
      happened = "it was caught with " + ErrorText.error(failure);
    }
    return new ShouldHaveBeenCaught(Message.about(context).line("Expecting state to have been caught with error \""
        + error + "\", but " + happened).events("Its events:", stateEvents).build());
  }
}
