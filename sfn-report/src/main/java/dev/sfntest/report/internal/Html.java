package dev.sfntest.report.internal;

import static dev.sfntest.report.internal.Markup.escape;

/** The frame of every report page: one self-contained file, styles inline, no scripts, no fetches. */
public final class Html {

  private static final String STYLE = """
      body { font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; margin: 24px 32px;
             color: #1f2933; background: #ffffff; }
      h1 { font-size: 22px; margin: 0 0 4px; }
      h2 { font-size: 17px; margin: 28px 0 8px; }
      p.sub { color: #5f6b7a; margin: 0 0 18px; }
      table.summary { border-collapse: collapse; margin: 8px 0 20px; font-size: 14px; }
      table.summary th, table.summary td { padding: 6px 14px; border-bottom: 1px solid #e4e7eb; text-align: left; }
      table.summary th { background: #f5f7fa; font-weight: 600; }
      table.summary td.num { text-align: right; font-variant-numeric: tabular-nums; }
      table.summary tr.total td { font-weight: 600; border-top: 2px solid #c3c9d0; }
      .bar { display: inline-block; width: 90px; height: 8px; background: #eceff2; border-radius: 4px;
             margin-left: 8px; vertical-align: middle; overflow: hidden; }
      .bar > span { display: block; height: 100%; background: #2f9e5b; }
      .legend { font-size: 13px; color: #5f6b7a; margin: 6px 0 12px; }
      .legend span { display: inline-block; margin-right: 16px; }
      .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -1px;
                margin-right: 5px; }
      .diagram { overflow-x: auto; border: 1px solid #e4e7eb; border-radius: 8px; padding: 12px;
                 background: #fcfcfd; }
      ul.missing { font-size: 13px; color: #5f6b7a; columns: 2; }
      .fail { color: #b42318; font-weight: 600; }
      .ok { color: #1e7a46; font-weight: 600; }
      a { color: #1d5fbf; }
      """;

  private Html() {}

  /** A whole page. */
  public static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body
        + "</body>\n</html>\n";
  }

  /** The colour key under a diagram. */
  public static String legend(boolean path) {
    return "<div class=\"legend\">"
        + "<span><i class=\"swatch\" style=\"background:#e3f4e8;border:1px solid #2f9e5b\"></i>"
        + (path ? "visited" : "exercised") + "</span>"
        + "<span><i class=\"swatch\" style=\"background:#f6f7f8;border:1px dashed #a8adb3\"></i>"
        + (path ? "not visited" : "never exercised") + "</span>"
        + (path ? "<span><i class=\"swatch\" style=\"background:#fdecea;border:1px solid #d13c2f\"></i>failed here</span>"
            + "<span>#n: order of first entry</span>"
            : "<span>×n: times entered or taken</span><span>↻: retrier</span>")
        + "</div>\n";
  }

  /** A percentage cell with a small bar. */
  public static String percentCell(String ratioText, double percent) {
    return "<td class=\"num\">" + escape(ratioText) + "<span class=\"bar\"><span style=\"width:"
        + Markup.number(Math.max(0, Math.min(100, percent))) + "%\"></span></span></td>";
  }
}
