package dev.sfntest.internal.asl;

import dev.sfntest.internal.expr.Template;
import dev.sfntest.internal.expr.template.PayloadTemplate;

/**
 * The fields every state may carry: its transition, query language, and input/output processing.
 * A {@code null} component means the field is absent from the definition.
 *
 * @param queryLanguage the effective query language (the state's own, or the machine's)
 * @param comment {@code Comment}
 * @param next {@code Next}
 * @param end {@code End} (also true for Succeed and Fail states)
 * @param inputPath JSONPath {@code InputPath}
 * @param parameters JSONPath {@code Parameters}
 * @param resultSelector JSONPath {@code ResultSelector}
 * @param resultPath JSONPath {@code ResultPath}
 * @param outputPath JSONPath {@code OutputPath}
 * @param arguments JSONata {@code Arguments}
 * @param output JSONata {@code Output}
 * @param assign {@code Assign} (either language)
 */
public record StateIo(
    QueryLanguage queryLanguage,
    String comment,
    String next,
    boolean end,
    IoPath inputPath,
    PayloadTemplate parameters,
    PayloadTemplate resultSelector,
    ResultPathSpec resultPath,
    IoPath outputPath,
    Template arguments,
    Template output,
    Template assign) {}
