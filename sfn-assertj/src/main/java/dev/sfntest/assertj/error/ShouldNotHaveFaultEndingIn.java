package dev.sfntest.assertj.error;

import dev.sfntest.core.explore.FaultRun;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Built when no injected fault was expected to end the execution in a status (FAILED, TIMED_OUT),
 * but some did.
 *
 * <pre>{@code assertThat(exploration).noFaultEndsIn(ExecutionStatus.FAILED);   // fails with this message}</pre>
 */
public final class ShouldNotHaveFaultEndingIn extends BasicErrorMessageFactory {

  private ShouldNotHaveFaultEndingIn(String message) {
    super(message);
  }

  /**
   * The message for the runs that ended in {@code status}.
   *
   * @param excepted the errors the assertion was told to let pass ({@code except(...)}), maybe none
   */
  public static ErrorMessageFactory shouldNotHaveFaultEndingIn(String context, ExecutionStatus status,
      List<String> excepted, List<FaultRun> ending, int explored) {
    Message message = Message.about(context).line("Expecting no fault to end the execution " + status
        + (excepted.isEmpty() ? "" : " (but with " + String.join(", ", excepted) + ")") + ", but " + ending.size()
        + " of " + explored + " did:");
    FaultRuns.list(message, ending);
    return new ShouldNotHaveFaultEndingIn(message.build());
  }
}
