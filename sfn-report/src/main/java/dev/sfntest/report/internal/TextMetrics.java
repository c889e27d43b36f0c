package dev.sfntest.report.internal;

/**
 * Text widths estimated from character classes rather than measured with a font: the same on every
 * machine (so the same history gives the same SVG everywhere), and close enough for the sans-serif
 * fonts browsers pick, with boxes a little wider than needed.
 */
final class TextMetrics {

  private TextMetrics() {}

  /** The width of {@code text} at {@code size} pixels, bold or not. */
  static double width(String text, double size, boolean bold) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("il.,:;'|!".indexOf(c) >= 0) {
        em += 0.30;
      } else if ("fjtrI()[] ".indexOf(c) >= 0) {
        em += 0.38;
      } else if ("mwMW".indexOf(c) >= 0) {
        em += 0.90;
      } else if (Character.isUpperCase(c) || Character.isDigit(c)) {
        em += 0.68;
      } else {
        em += 0.56;
      }
    }
    return em * size * (bold ? 1.08 : 1.0);
  }
}
