package dev.sfntest.report;

import static dev.sfntest.report.internal.Markup.escape;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.report.internal.CoveragePaint;
import dev.sfntest.report.internal.Diagram;
import dev.sfntest.report.internal.Html;
import dev.sfntest.report.internal.Layout;
import dev.sfntest.report.internal.Markup;
import dev.sfntest.report.internal.SvgWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes a coverage report as files: {@code index.html} (the summary table, linking to a page per
 * state machine), {@code machines/NAME.html} and {@code machines/NAME.svg} (the state machine
 * drawn with its coverage), and {@code coverage.json} for tools. Pages need no network: styles
 * and drawings are inline. The same report always gives byte-identical files.
 *
 * <pre>{@code
 * CoverageFiles.write(coverage.report(), Path.of("target/sfn-coverage"));
 * }</pre>
 */
public final class CoverageFiles {

  /** The summary page. */
  public static final String INDEX = "index.html";
  /** The machine-readable report. */
  public static final String JSON = "coverage.json";

  private CoverageFiles() {}

  /**
   * Writes the report into {@code directory} (created if missing), replacing the files of an earlier
   * report.
   *
   * @return the summary page
   * @throws UncheckedIOException when a file cannot be written
   */
  public static Path write(CoverageReport report, Path directory) {
    try {
      Files.createDirectories(directory.resolve("machines"));
      removeEarlierPages(directory.resolve("machines"));
      Map<MachineCoverage, String> files = fileNames(report);
      for (MachineCoverage machine : report.machines()) {
        String svg = svg(machine);
        String file = files.get(machine);
        Files.writeString(directory.resolve("machines").resolve(file + ".svg"), svg, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("machines").resolve(file + ".html"), machinePage(machine, svg),
            StandardCharsets.UTF_8);
      }
      Files.writeString(directory.resolve(JSON), json(report, files), StandardCharsets.UTF_8);
      Path index = directory.resolve(INDEX);
      Files.writeString(index, index(report, files), StandardCharsets.UTF_8);
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the coverage report to " + directory + ": " + e.getMessage(), e);
    }
  }

  /** A state machine of an earlier report that this one lacks must not linger as if covered now. */
  private static void removeEarlierPages(Path machines) throws IOException {
    try (var files = Files.list(machines)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html") || name.endsWith(".svg")) {
          Files.delete(file);
        }
      }
    }
  }

  /** The state machine drawn with its coverage, as an SVG document. */
  public static String svg(MachineCoverage machine) {
    CoveragePaint paint = new CoveragePaint(machine.stateCounts(), machine.transitionsTaken(),
        machine.retriersFired());
    Diagram diagram = Layout.of(machine.workflow(), paint);
    return SvgWriter.write(diagram, paint, "Coverage of " + machine.name());
  }

  /** File names unique even when two names differ only in characters a file name cannot hold. */
  private static Map<MachineCoverage, String> fileNames(CoverageReport report) {
    Map<MachineCoverage, String> names = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (MachineCoverage machine : report.machines()) {
      String base = Markup.fileName(machine.name());
      String name = base;
      for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
        name = base + "-" + i;
      }
      names.put(machine, name);
    }
    return names;
  }

  private static String index(CoverageReport report, Map<MachineCoverage, String> files) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>Workflow coverage</h1>\n<p class=\"sub\">").append(report.machines().size())
        .append(report.machines().size() == 1 ? " state machine, " : " state machines, ")
        .append(report.machines().stream().mapToInt(MachineCoverage::executions).sum())
        .append(" executions</p>\n");
    body.append("<table class=\"summary\" id=\"summary\">\n<tr><th>State machine</th><th>Executions</th>")
        .append("<th>States</th><th>Transitions</th><th>Choice branches</th></tr>\n");
    for (MachineCoverage machine : report.machines()) {
      body.append("<tr data-machine=\"").append(escape(machine.name())).append("\"><td><a href=\"machines/")
          .append(escape(files.get(machine))).append(".html\">").append(escape(machine.name())).append("</a></td>")
          .append("<td class=\"num\">").append(machine.executions()).append("</td>")
          .append(cell(machine.states())).append(cell(machine.transitions())).append(cell(machine.choiceBranches()))
          .append("</tr>\n");
    }
    body.append("<tr class=\"total\"><td>Total</td><td class=\"num\">")
        .append(report.machines().stream().mapToInt(MachineCoverage::executions).sum()).append("</td>")
        .append(cell(report.states())).append(cell(report.transitions())).append(cell(report.choiceBranches()))
        .append("</tr>\n</table>\n");
    body.append("<p class=\"sub\">Transitions count every Next, Choice branch, Default, catcher and retrier. ")
        .append("Choice rules that lead to the same state are one branch. Data: <a href=\"coverage.json\">")
        .append("coverage.json</a>.</p>\n");
    return Html.page("Workflow coverage", body.toString());
  }

  private static String machinePage(MachineCoverage machine, String svg) {
    StringBuilder body = new StringBuilder();
    body.append("<p><a href=\"../index.html\">← all state machines</a></p>\n<h1>")
        .append(escape(machine.name())).append("</h1>\n<p class=\"sub\">").append(machine.executions())
        .append(machine.executions() == 1 ? " execution" : " executions").append("</p>\n");
    body.append("<table class=\"summary\" id=\"summary\">\n<tr><th>States</th><th>Transitions</th>")
        .append("<th>Choice branches</th></tr>\n<tr>").append(cell(machine.states()))
        .append(cell(machine.transitions())).append(cell(machine.choiceBranches())).append("</tr>\n</table>\n");
    body.append(Html.legend(false)).append("<div class=\"diagram\">\n").append(svg).append("</div>\n");
    if (!machine.uncoveredStates().isEmpty() || !machine.uncoveredTransitions().isEmpty()) {
      body.append("<h2>Never exercised</h2>\n<ul class=\"missing\">\n");
      machine.uncoveredStates().forEach(s -> body.append("<li>state ").append(escape(s)).append("</li>\n"));
      machine.uncoveredTransitions().forEach(t -> body.append("<li>").append(escape(t)).append("</li>\n"));
      body.append("</ul>\n");
    }
    return Html.page(machine.name() + ": workflow coverage", body.toString());
  }

  private static String cell(Ratio ratio) {
    return Html.percentCell(ratio.toString(), ratio.percent().doubleValue());
  }

  private static String json(CoverageReport report, Map<MachineCoverage, String> files) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ObjectNode summary = root.putObject("summary");
    ratio(summary, "states", report.states());
    ratio(summary, "transitions", report.transitions());
    ratio(summary, "choiceBranches", report.choiceBranches());
    ArrayNode machines = root.putArray("stateMachines");
    for (MachineCoverage machine : report.machines()) {
      ObjectNode node = machines.addObject();
      node.put("name", machine.name());
      node.put("page", "machines/" + files.get(machine) + ".html");
      node.put("executions", machine.executions());
      ratio(node, "states", machine.states());
      ratio(node, "transitions", machine.transitions());
      ratio(node, "choiceBranches", machine.choiceBranches());
      machine.stateCounts().forEach(node.putObject("stateCounts")::put);
      machine.transitionCounts().forEach(node.putObject("transitionCounts")::put);
      machine.uncoveredStates().forEach(node.putArray("uncoveredStates")::add);
      machine.uncoveredTransitions().forEach(node.putArray("uncoveredTransitions")::add);
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return mapper.writer(printer).writeValueAsString(root) + "\n";
  }

  private static void ratio(ObjectNode parent, String name, Ratio ratio) {
    ObjectNode node = parent.putObject(name);
    node.put("covered", ratio.covered());
    node.put("total", ratio.total());
    node.put("percent", ratio.percent());
  }
}
