package dev.sfntest.report.internal;

import static dev.sfntest.report.internal.Markup.escape;
import static dev.sfntest.report.internal.Markup.number;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link Diagram} as a standalone SVG: no scripts, no external fonts or images, so it
 * shows the same offline, embedded in a page or opened on its own.
 */
public final class SvgWriter {

  private static final String GREEN = "#2f9e5b";
  private static final String GREEN_FILL = "#e3f4e8";
  private static final String GREEN_TEXT = "#14532d";
  private static final String GREY = "#a8adb3";
  private static final String GREY_FILL = "#f6f7f8";
  private static final String GREY_TEXT = "#6b7178";
  private static final String RED = "#d13c2f";
  private static final String RED_FILL = "#fdecea";
  private static final String RED_TEXT = "#7f1d1d";
  private static final String FONT = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

  private SvgWriter() {}

  /** The SVG document of a diagram painted by {@code paint}. */
  public static String write(Diagram diagram, Paint paint, String title) {
    StringBuilder svg = new StringBuilder(16_384);
    double width = diagram.width() + 2;
    double height = diagram.height() + 2;
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sfn-diagram\" viewBox=\"0 0 ")
        .append(number(width)).append(' ').append(number(height)).append("\" width=\"").append(number(width))
        .append("\" height=\"").append(number(height)).append("\" font-family=\"").append(FONT).append("\">\n");
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<defs>\n");
    marker(svg, "arrow-covered", GREEN);
    marker(svg, "arrow-uncovered", GREY);
    marker(svg, "arrow-failed", RED);
    svg.append("</defs>\n");
    Map<String, Paint.Shade> shades = new HashMap<>();
    for (Diagram.Box box : diagram.boxes()) {
      if (box.state() != null) {
        shades.put(box.id(), paint.state(box.state()));
      }
    }
    for (Diagram.Box box : diagram.boxes()) {
      box(svg, box, paint);
    }
    for (Diagram.Edge edge : diagram.edges()) {
      edge(svg, edge, edgeShade(edge, paint, shades));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Start and end lines take the shade of the state they touch. */
  private static Paint.Shade edgeShade(Diagram.Edge edge, Paint paint, Map<String, Paint.Shade> shades) {
    if (!edge.transitions().isEmpty()) {
      return paint.edge(edge.transitions());
    }
    Paint.Shade touched = shades.getOrDefault(edge.from().equals(Layout.START) ? edge.to() : edge.from(),
        Paint.Shade.UNCOVERED);
    return touched == Paint.Shade.FAILED ? Paint.Shade.UNCOVERED : touched;
  }

  private static void marker(StringBuilder svg, String id, String colour) {
    svg.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
        .append("markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour).append("\"/></marker>\n");
  }

  private static void box(StringBuilder svg, Diagram.Box box, Paint paint) {
    String x = number(box.x());
    String y = number(box.y());
    String w = number(box.width());
    String h = number(box.height());
    switch (box.kind()) {
      case START, END -> {
        String text = box.kind() == Diagram.BoxKind.START ? "Start" : "End";
        svg.append("<g class=\"marker\"><rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
            .append(w).append("\" height=\"").append(h).append("\" rx=\"13\" fill=\"#eef1f4\" stroke=\"#5f6b7a\"/>")
            .append("<text x=\"").append(number(box.x() + box.width() / 2)).append("\" y=\"")
            .append(number(box.y() + box.height() / 2 + 4)).append("\" text-anchor=\"middle\" font-size=\"12\" ")
            .append("fill=\"#36404c\">").append(text).append("</text></g>\n");
      }
      case BRANCH -> svg.append("<g class=\"branch\"><rect x=\"").append(x).append("\" y=\"").append(y)
          .append("\" width=\"").append(w).append("\" height=\"").append(h)
          .append("\" rx=\"6\" fill=\"none\" stroke=\"#c3c9d0\" stroke-dasharray=\"4 3\"/><text x=\"")
          .append(number(box.x() + 8)).append("\" y=\"").append(number(box.y() + 15))
          .append("\" font-size=\"10\" fill=\"#7a8490\">").append(escape(box.id().substring(box.id().lastIndexOf(" branch ") + 1)))
          .append("</text></g>\n");
      default -> state(svg, box, paint);
    }
  }

  private static void state(StringBuilder svg, Diagram.Box box, Paint paint) {
    StateNode state = box.state();
    Paint.Shade shade = paint.state(state);
    String stroke = shade == Paint.Shade.COVERED ? GREEN : shade == Paint.Shade.FAILED ? RED : GREY;
    String fill = shade == Paint.Shade.COVERED ? GREEN_FILL : shade == Paint.Shade.FAILED ? RED_FILL : GREY_FILL;
    String ink = shade == Paint.Shade.COVERED ? GREEN_TEXT : shade == Paint.Shade.FAILED ? RED_TEXT : GREY_TEXT;
    boolean container = box.kind() == Diagram.BoxKind.CONTAINER;
    svg.append("<g class=\"state ").append(shade.name().toLowerCase(java.util.Locale.ROOT))
        .append("\" data-state=\"").append(escape(state.name())).append("\"><title>")
        .append(escape(paint.tooltip(state))).append("</title>");
    svg.append("<rect x=\"").append(number(box.x())).append("\" y=\"").append(number(box.y()))
        .append("\" width=\"").append(number(box.width())).append("\" height=\"").append(number(box.height()))
        .append("\" rx=\"").append(container ? "10" : "6").append("\" fill=\"")
        .append(container ? "#ffffff" : fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(shade == Paint.Shade.UNCOVERED ? "1.2" : "1.8").append('"')
        .append(shade == Paint.Shade.UNCOVERED ? " stroke-dasharray=\"5 3\"" : "").append("/>");
    if (container) {
      // The header band of a Map or Parallel, in the state's colour.
      double header = Layout.PAD + Layout.NAME_SIZE + 4 + Layout.SMALL_SIZE + paint.lines(state).size() * Layout.LINE
          + Layout.PAD;
      svg.append("<path d=\"M").append(number(box.x() + 0.9)).append(',').append(number(box.y() + header))
          .append(" V").append(number(box.y() + 10)).append(" q0,-9.1 9.1,-9.1 H")
          .append(number(box.x() + box.width() - 10)).append(" q9.1,0 9.1,9.1 V").append(number(box.y() + header))
          .append(" z\" fill=\"").append(fill).append("\"/>");
    }
    double textX = box.x() + Layout.PAD;
    double baseline = box.y() + Layout.PAD + Layout.NAME_SIZE - 1;
    svg.append("<text x=\"").append(number(textX)).append("\" y=\"").append(number(baseline))
        .append("\" font-size=\"13\" font-weight=\"600\" fill=\"").append(ink).append("\">")
        .append(escape(state.name())).append("</text>");
    baseline += Layout.SMALL_SIZE + 4;
    svg.append("<text x=\"").append(number(textX)).append("\" y=\"").append(number(baseline))
        .append("\" font-size=\"10.5\" fill=\"").append(ink).append("\" opacity=\"0.75\">")
        .append(escape(state.type())).append("</text>");
    for (String line : paint.lines(state)) {
      baseline += Layout.LINE;
      svg.append("<text x=\"").append(number(textX)).append("\" y=\"").append(number(baseline))
          .append("\" font-size=\"10.5\" fill=\"").append(paint.muted(line) ? GREY_TEXT : ink).append("\">")
          .append(escape(line)).append("</text>");
    }
    String badge = paint.badge(state);
    if (badge != null) {
      svg.append("<text class=\"badge\" x=\"").append(number(box.x() + box.width() - 8)).append("\" y=\"")
          .append(number(box.y() + Layout.PAD + Layout.NAME_SIZE - 1))
          .append("\" text-anchor=\"end\" font-size=\"11\" font-weight=\"600\" fill=\"").append(ink).append("\">")
          .append(escape(badge)).append("</text>");
    }
    svg.append("</g>\n");
  }

  private static void edge(StringBuilder svg, Diagram.Edge edge, Paint.Shade shade) {
    String colour = shade == Paint.Shade.COVERED ? GREEN : shade == Paint.Shade.FAILED ? RED : GREY;
    String name = shade.name().toLowerCase(java.util.Locale.ROOT);
    svg.append("<g class=\"edge ").append(name).append("\" data-from=\"").append(escape(edge.from()))
        .append("\" data-to=\"").append(escape(edge.to())).append("\"><path d=\"");
    List<double[]> points = edge.points();
    for (int i = 0; i < points.size(); i++) {
      svg.append(i == 0 ? "M" : " L").append(number(points.get(i)[0])).append(',').append(number(points.get(i)[1]));
    }
    svg.append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
        .append(shade == Paint.Shade.UNCOVERED ? "1.3" : "2").append('"')
        .append(shade == Paint.Shade.UNCOVERED ? " stroke-dasharray=\"5 3\"" : "")
        .append(" marker-end=\"url(#arrow-").append(name).append(")\"/>");
    if (edge.label() != null) {
      svg.append("<rect x=\"").append(number(edge.labelX())).append("\" y=\"").append(number(edge.labelY()))
          .append("\" width=\"").append(number(edge.labelWidth())).append("\" height=\"")
          .append(number(edge.labelHeight())).append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"").append(colour)
          .append("\" stroke-width=\"0.8\"/><text x=\"").append(number(edge.labelX() + edge.labelWidth() / 2))
          .append("\" y=\"").append(number(edge.labelY() + edge.labelHeight() - 5))
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
          .append(shade == Paint.Shade.UNCOVERED ? GREY_TEXT : GREEN_TEXT).append("\">").append(escape(edge.label()))
          .append("</text>");
    }
    svg.append("</g>\n");
  }
}
