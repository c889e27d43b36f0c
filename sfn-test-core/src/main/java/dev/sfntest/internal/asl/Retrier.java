package dev.sfntest.internal.asl;

import java.util.List;

/**
 * One element of a {@code Retry} array, with ASL's defaults filled in.
 *
 * @param errorEquals the error names it matches
 * @param intervalSeconds seconds before the first retry (default 1)
 * @param maxAttempts retries at most (default 3; 0 never retries)
 * @param backoffRate the interval multiplier per attempt (default 2.0)
 * @param maxDelaySeconds the cap on any interval, or {@code null}
 * @param jitterStrategy NONE (default) or FULL
 * @param comment {@code Comment}
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html">Error handling</a>
 */
public record Retrier(
    List<String> errorEquals,
    int intervalSeconds,
    int maxAttempts,
    double backoffRate,
    Integer maxDelaySeconds,
    JitterStrategy jitterStrategy,
    String comment) {}
