package dev.sfntest.report;

import static dev.sfntest.report.internal.Markup.escape;

import dev.sfntest.report.internal.Diagram;
import dev.sfntest.report.internal.Html;
import dev.sfntest.report.internal.Layout;
import dev.sfntest.report.internal.PathPaint;
import dev.sfntest.report.internal.SvgWriter;
import dev.sfntest.report.internal.Walk;
import dev.sfntest.report.internal.Workflow;
import dev.sfntest.trace.HistoryJson;
import dev.sfntest.trace.Trace;
import dev.sfntest.trace.Visit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * One execution drawn on its state machine: the states it visited, numbered in the order it
 * entered them, with when and for how long (from the history's timestamps, so the fake's virtual
 * clock), the transitions it took, and the state it failed in, in red. Without a history, the
 * state machine alone.
 *
 * <pre>{@code
 * ExecutionPicture picture = ExecutionPicture.of(ExecutionRecord.read(client, execution.arn()));
 * picture.writeHtml(Path.of("target/order-42.html"));
 * }</pre>
 */
public final class ExecutionPicture {

  private final String title;
  private final Workflow workflow;
  private final Walk walk;

  private ExecutionPicture(String title, Workflow workflow, Walk walk) {
    this.title = title;
    this.workflow = workflow;
    this.walk = walk;
  }

  /**
   * The picture of a recorded execution.
   *
   * @throws IllegalArgumentException when the definition cannot be read
   */
  public static ExecutionPicture of(ExecutionRecord execution) {
    Workflow workflow = Workflow.parse(execution.definition());
    Walk walk = Walk.of(workflow, Trace.of(execution.events(), execution::definition));
    return new ExecutionPicture("execution '" + execution.executionName() + "' of state machine '"
        + execution.stateMachineName() + "'", workflow, walk);
  }

  /**
   * The picture of a definition and, if given, a history in the JSON the AWS CLI prints for
   * {@code aws stepfunctions get-execution-history} ({@code {"events": [...]}}).
   *
   * @param title what the page is called
   * @param historyJson the history, or {@code null} to draw the definition alone
   * @throws IllegalArgumentException when the definition or the history cannot be read
   */
  public static ExecutionPicture of(String title, String definition, String historyJson) {
    Workflow workflow = Workflow.parse(definition);
    List<HistoryEvent> events = historyJson == null ? List.of() : HistoryJson.read(historyJson);
    return new ExecutionPicture(title, workflow, Walk.of(workflow, Trace.of(events, () -> definition)));
  }

  /** {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT}, {@code ABORTED}, or {@code RUNNING}. */
  public String status() {
    return walk.status();
  }

  /** The states visited, in the order they were entered (a state entered twice is listed twice). */
  public List<String> visitedStates() {
    return walk.visits().stream().map(Visit::name).toList();
  }

  /** The drawing alone, as an SVG document. */
  public String svg() {
    PathPaint paint = new PathPaint(walk);
    Diagram diagram = Layout.of(workflow, paint);
    return SvgWriter.write(diagram, paint, title);
  }

  /** A page with the drawing and the visits as a table. */
  public String html() {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(title)).append("</h1>\n");
    if (!walk.visits().isEmpty()) {
      String status = walk.status();
      body.append("<p class=\"sub\">Status: <span class=\"").append(status.equals("SUCCEEDED") ? "ok" : "fail")
          .append("\" id=\"status\">").append(status).append("</span> · took ")
          .append(PathPaint.format(java.time.Duration.between(walk.start(), walk.end()))).append("</p>\n");
    }
    body.append(Html.legend(true)).append("<div class=\"diagram\">\n").append(svg()).append("</div>\n");
    if (!walk.visits().isEmpty()) {
      body.append("<h2>States visited</h2>\n<table class=\"summary\" id=\"visits\">\n<tr><th>#</th><th>State</th>")
          .append("<th>Entered</th><th>Took</th><th>Attempts</th><th>Error</th></tr>\n");
      int n = 0;
      for (Visit visit : walk.visits()) {
        n++;
        Visit container = visit.scope().owner();
        String error = Walk.error(visit);
        body.append("<tr").append(Walk.failed(visit) ? " class=\"fail\"" : "").append("><td class=\"num\">").append(n)
            .append("</td><td>").append(escape(visit.name())).append(container == null ? "" : " <small>in "
                + escape(container.name()) + "</small>")
            .append("</td><td class=\"num\">+").append(PathPaint.format(PathPaint.offset(walk, walk.entered(visit))))
            .append("</td><td class=\"num\">").append(PathPaint.format(walk.duration(visit)))
            .append("</td><td class=\"num\">").append(Math.max(1, visit.attempts().size())).append("</td><td>")
            .append(error == null ? "" : escape(error)).append("</td></tr>\n");
      }
      body.append("</table>\n");
    }
    return Html.page(title, body.toString());
  }

  /**
   * Writes {@link #html()} to a file, creating its directory.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  public Path writeHtml(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, html(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
    }
  }
}
