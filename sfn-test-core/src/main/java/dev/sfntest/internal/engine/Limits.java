package dev.sfntest.internal.engine;

/**
 * The service quotas the engine enforces.
 *
 * @param maxPayloadBytes the largest input, output or result, in UTF-8 bytes (AWS: 256 KiB)
 * @param maxHistoryEvents the most events one STANDARD execution may record (AWS: 25,000)
 * @param maxExpressHistoryEvents the most events one EXPRESS execution may record. AWS has no such
 *     quota ("unlimited execution history" within the five-minute limit), but there every
 *     transition takes time, while here a loop of Pass and Choice states takes none and would
 *     never reach that limit: the fake stops it at ten times the STANDARD quota instead
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html">Service quotas</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html">Standard and Express workflows</a>
 */
public record Limits(int maxPayloadBytes, int maxHistoryEvents, int maxExpressHistoryEvents) {

  public static final Limits AWS = new Limits(256 * 1024, 25_000, 250_000);
}
