package dev.sfntest.internal.asl;

import java.util.List;

/**
 * The {@code Retry} and {@code Catch} of a Task, Parallel or Map state.
 *
 * @param retry retriers in order (empty when absent)
 * @param catchers catchers in order (empty when absent)
 */
public record ErrorHandling(List<Retrier> retry, List<Catcher> catchers) {

  public static final ErrorHandling NONE = new ErrorHandling(List.of(), List.of());
}
