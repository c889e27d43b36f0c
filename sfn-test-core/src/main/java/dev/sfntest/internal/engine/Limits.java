package dev.sfntest.internal.engine;

/**
 * The service quotas the engine enforces.
 *
 * @param maxPayloadBytes the largest input, output or result, in UTF-8 bytes (AWS: 256 KiB)
 * @param maxHistoryEvents the most events one execution may record (AWS: 25,000)
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html">Service quotas</a>
 */
public record Limits(int maxPayloadBytes, int maxHistoryEvents) {

  public static final Limits AWS = new Limits(256 * 1024, 25_000);
}
