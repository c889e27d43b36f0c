package dev.sfntest.report;

import static dev.sfntest.report.internal.Markup.escape;

import dev.sfntest.report.internal.Diagram;
import dev.sfntest.report.internal.Event;
import dev.sfntest.report.internal.EventReader;
import dev.sfntest.report.internal.Html;
import dev.sfntest.report.internal.Layout;
import dev.sfntest.report.internal.PathPaint;
import dev.sfntest.report.internal.SvgWriter;
import dev.sfntest.report.internal.Trace;
import dev.sfntest.report.internal.Visit;
import dev.sfntest.report.internal.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
  private final Trace trace;

  private ExecutionPicture(String title, Workflow workflow, Trace trace) {
    this.title = title;
    this.workflow = workflow;
    this.trace = trace;
  }

  /**
   * The picture of a recorded execution.
   *
   * @throws IllegalArgumentException when the definition cannot be read
   */
  public static ExecutionPicture of(ExecutionRecord execution) {
    Workflow workflow = Workflow.parse(execution.definition());
    Trace trace = Trace.of(workflow, EventReader.fromSdk(execution.events()));
    return new ExecutionPicture("execution '" + execution.executionName() + "' of state machine '"
        + execution.stateMachineName() + "'", workflow, trace);
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
    List<Event> events = List.of();
    if (historyJson != null) {
      try {
        events = EventReader.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(historyJson));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException("the history is not JSON: " + e.getOriginalMessage(), e);
      }
    }
    return new ExecutionPicture(title, workflow, Trace.of(workflow, events));
  }

  /** {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT}, {@code ABORTED}, or {@code RUNNING}. */
  public String status() {
    return trace.status();
  }

  /** The states visited, in the order they were entered (a state entered twice is listed twice). */
  public List<String> visitedStates() {
    return trace.visits().stream().map(Visit::state).toList();
  }

  /** The drawing alone, as an SVG document. */
  public String svg() {
    PathPaint paint = new PathPaint(trace);
    Diagram diagram = Layout.of(workflow, paint);
    return SvgWriter.write(diagram, paint, title);
  }

  /** A page with the drawing and the visits as a table. */
  public String html() {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(title)).append("</h1>\n");
    if (!trace.visits().isEmpty()) {
      String status = trace.status();
      body.append("<p class=\"sub\">Status: <span class=\"").append(status.equals("SUCCEEDED") ? "ok" : "fail")
          .append("\" id=\"status\">").append(status).append("</span> · took ")
          .append(PathPaint.format(java.time.Duration.between(trace.start(), trace.end()))).append("</p>\n");
    }
    body.append(Html.legend(true)).append("<div class=\"diagram\">\n").append(svg()).append("</div>\n");
    if (!trace.visits().isEmpty()) {
      body.append("<h2>States visited</h2>\n<table class=\"summary\" id=\"visits\">\n<tr><th>#</th><th>State</th>")
          .append("<th>Entered</th><th>Took</th><th>Attempts</th><th>Error</th></tr>\n");
      int n = 0;
      for (Visit visit : trace.visits()) {
        n++;
        body.append("<tr").append(visit.failed() ? " class=\"fail\"" : "").append("><td class=\"num\">").append(n).append("</td><td>")
            .append(escape(visit.state())).append(visit.container() == null ? "" : " <small>in "
                + escape(visit.container().state()) + "</small>")
            .append("</td><td class=\"num\">+").append(PathPaint.format(PathPaint.offset(trace, visit.entered())))
            .append("</td><td class=\"num\">").append(PathPaint.format(visit.duration(trace.end())))
            .append("</td><td class=\"num\">").append(visit.attempts()).append("</td><td>")
            .append(visit.error() == null ? "" : escape(visit.error())).append("</td></tr>\n");
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
