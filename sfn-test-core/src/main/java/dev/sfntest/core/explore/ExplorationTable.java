package dev.sfntest.core.explore;

import java.util.ArrayList;
import java.util.List;

/** Renders an {@link Exploration} as a table: a heading, one line per run, then what was not explored. */
final class ExplorationTable {

  private static final String[] HEADINGS = {"#", "FAULT", "STATUS", "ERROR", "HANDLED", "TIME", "RETRYING", "PATH"};

  private ExplorationTable() {}

  static String render(Exploration exploration) {
    StringBuilder text = new StringBuilder();
    int unhandled = exploration.unhandled().size();
    text.append("Failure exploration of '").append(exploration.machine()).append("': ")
        .append(exploration.executions()).append(" executions (the baseline and ").append(exploration.runs().size())
        .append(exploration.runs().size() == 1 ? " fault run" : " fault runs").append(" of ")
        .append(exploration.faultsEnumerated()).append(" enumerated), ")
        .append(unhandled).append(" unhandled, in ").append(Durations.text(exploration.elapsed())).append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADINGS);
    rows.add(row("0", exploration.baseline(), exploration.machine()));
    int n = 1;
    for (FaultRun run : exploration.runs()) {
      rows.add(row(String.valueOf(n++), run, exploration.machine()));
    }
    int[] widths = new int[HEADINGS.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i])).append(i == row.length - 1 ? "" : "  ");
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    if (!exploration.notExplored().isEmpty()) {
      text.append("Not explored:\n");
      for (NotExplored item : exploration.notExplored()) {
        text.append("  ").append(item.what()).append(": ").append(item.reason()).append('\n');
      }
    }
    return text.toString();
  }

  private static String[] row(String number, FaultRun run, String machine) {
    String faults = run.isBaseline() ? "(none)"
        : String.join(" + ", run.faults().stream().map(f -> f.describeIn(machine)).toList());
    String handled = run.isBaseline() ? "" : !run.hit() ? "not hit" : run.handled() ? "yes" : "NO";
    return new String[] {number, faults, run.status().toString(), run.error() == null ? "" : run.error(), handled,
        Durations.text(run.virtualTime()), run.isBaseline() ? "" : Durations.text(run.retryTime()),
        run.describePath()};
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
