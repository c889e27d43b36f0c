package dev.sfntest.assertj.error;

import dev.sfntest.core.explore.FaultRun;
import java.time.Duration;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when the states of a failure exploration were expected to be done with their faults
 * (retried through, or given up) within a deadline, but some retried longer.
 *
 * <pre>{@code assertThat(exploration).retriesFinishWithin(Duration.ofMinutes(15));   // fails with this message}</pre>
 */
public final class ShouldHaveRetriedWithin extends BasicErrorMessageFactory {

  private ShouldHaveRetriedWithin(String message) {
    super(message);
  }

  /** The message for the runs whose faulted state took longer than {@code deadline}. */
  public static ErrorMessageFactory shouldHaveRetriedWithin(String context, Duration deadline, List<FaultRun> late,
      int explored) {
    Message message = Message.about(context).line("Expecting every faulted state to be done retrying within "
        + deadline + ", but " + late.size() + " of " + explored + " took longer:");
    for (FaultRun run : late) {
      message.indented(String.join(" + ", run.faults().stream().map(f -> f.describe()).toList())
          + ": retried for " + run.retryTime() + ", then " + run.status() + (run.error() == null ? "" : " " + run.error()));
      message.indented("  path: " + run.describePath());
    }
    return new ShouldHaveRetriedWithin(message.build());
  }
}
