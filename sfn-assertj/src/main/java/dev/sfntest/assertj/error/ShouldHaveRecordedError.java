package dev.sfntest.assertj.error;

import dev.sfntest.trace.Failure;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state was expected to have recorded an error: a time-out, a heartbeat time-out.
 *
 * <pre>{@code assertThat(run).state("Pack").timedOut();   // fails with this message}</pre>
 */
public final class ShouldHaveRecordedError extends BasicErrorMessageFactory {

  private ShouldHaveRecordedError(String message) {
    super(message);
  }

  /**
   * The message for a state that never recorded {@code error}.
   *
   * @param what what the error means, e.g. {@code timed out}
   * @param failures every error the state recorded
   */
  public static ErrorMessageFactory shouldHaveRecordedError(String context, String what, String error,
      List<Failure> failures, List<HistoryEvent> stateEvents) {
    return new ShouldHaveRecordedError(Message.about(context).line("Expecting state to have " + what + " (error \""
        + error + "\"), but the errors it recorded were: " + ErrorText.errors(failures))
        .events("Its events:", stateEvents).build());
  }

  /**
   * The message for a state that never recorded {@code States.HeartbeatTimeout}. When a {@code
   * .waitForTaskToken} call of the state timed out, it says why that is not a heartbeat time-out:
   * AWS records a lapsed callback heartbeat as {@code States.Timeout}.
   *
   * @param failures every error the state recorded
   * @param callbackTimedOut whether a {@code .waitForTaskToken} call of the state timed out
   */
  public static ErrorMessageFactory shouldHaveHadHeartbeatTimeout(String context, List<Failure> failures,
      boolean callbackTimedOut, List<HistoryEvent> stateEvents) {
    Message message = Message.about(context).line("Expecting state to have had a heartbeat time-out (error "
        + "\"States.HeartbeatTimeout\"), but the errors it recorded were: " + ErrorText.errors(failures));
    if (callbackTimedOut) {
      message.line("A .waitForTaskToken task whose HeartbeatSeconds pass fails with \"States.Timeout\" on AWS; "
          + "\"States.HeartbeatTimeout\" is what activities and Lambda functions record. Use timedOut() for it.");
    }
    return new ShouldHaveRecordedError(message.events("Its events:", stateEvents).build());
  }
}
