package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Template;

/**
 * A distributed Map's {@code ResultWriter}.
 *
 * @param resource {@code Resource}, or {@code null} (a writer with only a configuration)
 * @param parameters {@code Parameters} / {@code Arguments}, or {@code null}
 * @param writerConfig {@code WriterConfig} as written, or {@code null}
 */
public record ResultWriter(String resource, Template parameters, JsonNode writerConfig) {}
