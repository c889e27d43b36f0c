package dev.sfntest.internal.asl;

import dev.sfntest.internal.expr.Template;

/**
 * One element of a Choice state's {@code Choices}.
 *
 * @param rule the condition (a comparison, a boolean combination, or a JSONata Condition)
 * @param next where to go when it matches
 * @param assign {@code Assign} of this rule, or {@code null}
 * @param output JSONata {@code Output} of this rule, or {@code null}
 * @param comment {@code Comment}
 */
public record Choice(ChoiceRule rule, String next, Template assign, Template output, String comment) {}
