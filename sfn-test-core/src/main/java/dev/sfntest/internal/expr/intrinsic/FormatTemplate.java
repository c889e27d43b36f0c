package dev.sfntest.internal.expr.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * The first argument of {@code States.Format}: text with {@code {}} placeholders. A backslash
 * makes the next {@code '}, {@code {}, {@code }} or {@code \} a plain character, so {@code
 * 'a \{} b'} has no placeholder. Any other brace is an error, reported when the call runs: AWS
 * accepts {@code States.Format('Hello {', $.a)} at creation and fails the execution.
 *
 * <pre>{@code
 * FormatTemplate t = FormatTemplate.parse("Hello {}!");
 * t.render(List.of("Ada"));   // Hello Ada!
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-generic">States.Format</a>
 */
final class FormatTemplate {

  /** The text between placeholders: one more piece than there are placeholders. */
  private final List<String> pieces;
  /** Why the template is malformed, or {@code null}. */
  private final String problem;

  private FormatTemplate(List<String> pieces, String problem) {
    this.pieces = pieces;
    this.problem = problem;
  }

  /**
   * Reads a template. Never throws: a malformed template fails only when it is used.
   *
   * @param text the template with its backslash escapes in place
   */
  static FormatTemplate parse(String text) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "'{}\\".indexOf(text.charAt(i + 1)) >= 0) {
        piece.append(text.charAt(i + 1));
        i += 2;
      } else if (c == '{') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '}') {
          pieces.add(piece.toString());
          piece.setLength(0);
          i += 2;
        } else {
          // AWS's wording as a third-party characterization reports it; not in our corpus
          return new FormatTemplate(List.of(), "Invalid template in States.Format: matching '}' not found for '{'.");
        }
      } else if (c == '}') {
        // Not observed; worded after the unmatched '{' message above
        return new FormatTemplate(List.of(), "Invalid template in States.Format: matching '{' not found for '}'.");
      } else {
        piece.append(c);
        i++;
      }
    }
    pieces.add(piece.toString());
    return new FormatTemplate(List.copyOf(pieces), null);
  }

  int placeholders() {
    return pieces.size() - 1;
  }

  /**
   * Fills the placeholders in order.
   *
   * @throws IntrinsicFailure when the template is malformed or the count of values differs
   */
  String render(List<String> values) {
    if (problem != null) {
      throw new IntrinsicFailure(problem);
    }
    if (values.size() != placeholders()) {
      // AWS's wording as a third-party characterization reports it; not in our corpus
      throw new IntrinsicFailure(
          "Invalid arguments in States.Format: number of arguments do not match the occurrences of {}.");
    }
    StringBuilder out = new StringBuilder(pieces.get(0));
    for (int i = 0; i < values.size(); i++) {
      out.append(values.get(i)).append(pieces.get(i + 1));
    }
    return out.toString();
  }
}
