package dev.sfntest.report.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * One time an execution was in a state.
 *
 * @param state the state's name
 * @param container the visit of the Map or Parallel it ran in, or {@code null} at the top
 * @param entered when it was entered
 * @param exited when it was left, or {@code null} when the execution ended in it
 * @param attempts how many times its work ran (1, plus one per retry)
 * @param failed whether the execution failed here (the error was not caught)
 * @param error the error its work ended with (caught, or failing the execution), or {@code null}
 */
public record Visit(String state, Visit container, Instant entered, Instant exited, int attempts, boolean failed,
    String error) {

  /** How long it took, on the execution's clock; up to the end of the execution if never left. */
  public Duration duration(Instant executionEnd) {
    Instant end = exited != null ? exited : executionEnd;
    return end == null || end.isBefore(entered) ? Duration.ZERO : Duration.between(entered, end);
  }
}
