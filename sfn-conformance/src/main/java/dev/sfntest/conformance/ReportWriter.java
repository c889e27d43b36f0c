package dev.sfntest.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.shared.compare.Jsons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the report: a JSON array of {@code {id, tier, outcome, difference}}, one per case. */
public final class ReportWriter {

  private ReportWriter() {}

  public static ArrayNode toJson(List<CaseResult> results) {
    ArrayNode report = Jsons.array();
    for (CaseResult result : results) {
      ObjectNode entry = report.addObject();
      entry.put("id", result.id());
      entry.put("tier", result.tier().name());
      entry.put("outcome", result.outcome().label());
      entry.set("difference", Jsons.text(result.difference()));
    }
    return report;
  }

  /** Writes the report, creating the folder if needed. */
  public static void write(List<CaseResult> results, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, Jsons.pretty(toJson(results)) + "\n", StandardCharsets.UTF_8);
  }
}
