package dev.sfntest.assertj.error;

import dev.sfntest.core.explore.FaultRun;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when every fault a failure exploration injected was expected to be handled (retried or
 * caught), but some ended the execution.
 *
 * <pre>{@code assertThat(exploration).everyFaultIsHandled();   // fails with this message}</pre>
 */
public final class ShouldHaveHandledEveryFault extends BasicErrorMessageFactory {

  private ShouldHaveHandledEveryFault(String message) {
    super(message);
  }

  /**
   * The message for the unhandled runs among {@code explored}: each fault, how the execution ended and
   * the path it took.
   */
  public static ErrorMessageFactory shouldHaveHandledEveryFault(String context, List<FaultRun> unhandled,
      int explored) {
    Message message = Message.about(context).line("Expecting every fault to be handled, but " + unhandled.size()
        + " of " + explored + " ended the execution:");
    FaultRuns.list(message, unhandled);
    return new ShouldHaveHandledEveryFault(message.build());
  }
}
