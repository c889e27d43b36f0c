package dev.sfntest.internal.asl;

import dev.sfntest.internal.expr.Template;

/**
 * A distributed Map's {@code ItemBatcher}.
 *
 * @param maxItemsPerBatch {@code MaxItemsPerBatch(Path)}, or {@code null}
 * @param maxInputBytesPerBatch {@code MaxInputBytesPerBatch(Path)}, or {@code null}
 * @param batchInput {@code BatchInput}, or {@code null}
 */
public record ItemBatcher(ValueSource maxItemsPerBatch, ValueSource maxInputBytesPerBatch, Template batchInput) {}
