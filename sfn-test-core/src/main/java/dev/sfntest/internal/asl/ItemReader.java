package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Template;

/**
 * A distributed Map's {@code ItemReader}.
 *
 * @param resource {@code Resource}, e.g. {@code arn:aws:states:::s3:getObject}
 * @param parameters {@code Parameters} (JSONPath) or {@code Arguments} (JSONata), or {@code null}
 * @param readerConfig {@code ReaderConfig} as written, or {@code null}
 * @param maxItems {@code ReaderConfig.MaxItems} / {@code MaxItemsPath}, or {@code null}
 */
public record ItemReader(String resource, Template parameters, JsonNode readerConfig, ValueSource maxItems) {}
