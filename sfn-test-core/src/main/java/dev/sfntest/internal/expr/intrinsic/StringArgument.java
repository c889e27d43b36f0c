package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A string literal in single quotes, such as {@code 'Hello {}, it\'s {}'}. Its value has the
 * escapes resolved; as the first argument of {@code States.Format} it is also read as a template,
 * where an escaped brace is a plain character rather than part of a placeholder.
 */
final class StringArgument implements Argument {

  private final TextNode value;
  private final FormatTemplate template;
  private final String text;

  /**
   * @param raw the characters between the quotes, escapes still in place
   * @param value the string the literal stands for
   * @param text the literal as written, quotes included
   */
  StringArgument(String raw, String value, String text) {
    this.value = TextNode.valueOf(value);
    this.template = FormatTemplate.parse(raw);
    this.text = text;
  }

  @Override
  public JsonNode value(Evaluation evaluation) {
    return value;
  }

  /** The literal read as a {@code States.Format} template, compiled once. */
  FormatTemplate template() {
    return template;
  }

  @Override
  public String text() {
    return text;
  }
}
