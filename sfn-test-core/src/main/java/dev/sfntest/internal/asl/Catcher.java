package dev.sfntest.internal.asl;

import dev.sfntest.internal.expr.Template;
import java.util.List;

/**
 * One element of a {@code Catch} array.
 *
 * @param errorEquals the error names it matches
 * @param next the state to go to
 * @param resultPath where the error output goes (JSONPath; {@code null} when absent, meaning {@code $})
 * @param output JSONata {@code Output}, or {@code null}
 * @param assign {@code Assign}, or {@code null}
 * @param comment {@code Comment}
 */
public record Catcher(
    List<String> errorEquals,
    String next,
    ResultPathSpec resultPath,
    Template output,
    Template assign,
    String comment) {}
