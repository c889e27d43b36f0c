package dev.sfntest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageFilesTest {

  private static CoverageReport report() {
    WorkflowCoverage coverage = new WorkflowCoverage();
    coverage.add(Runs.orderShipped());
    coverage.add(Runs.orderDeclined());
    return coverage.report();
  }

  @Test
  void writes_the_summary_a_page_and_drawing_per_state_machine_and_the_json(@TempDir Path directory)
      throws Exception {
    // WHEN
    Path index = CoverageFiles.write(report(), directory);

    // THEN
    assertThat(index).isEqualTo(directory.resolve("index.html"));
    assertThat(Files.readString(index)).contains(
        "<a href=\"machines/order.html\">order</a></td><td class=\"num\">2</td>",
        "9/11 (81.8%)", "7/11 (63.6%)", "2/3 (66.6%)");
    String page = Files.readString(directory.resolve("machines/order.html"));
    assertThat(page).contains("<svg", "data-state=\"Refund\"", "<li>state Refund</li>",
        "<li>ChargeCard -&gt; Refund (Catch[1])</li>");
    assertThat(directory.resolve("machines/order.svg")).exists();
    assertThat(Files.readString(directory.resolve("coverage.json"))).startsWith("""
        {
          "summary" : {
            "states" : {
              "covered" : 9,
              "total" : 11,
              "percent" : 81.8
            },""").contains("\"uncoveredStates\" : [ \"Refund\", \"Failed\" ]");
  }

  @Test
  void draws_exercised_states_and_transitions_apart_from_the_others() {
    // WHEN
    String svg = CoverageFiles.svg(report().machine("order").orElseThrow());

    // THEN
    assertThat(svg).contains("<g class=\"state covered\" data-state=\"ChargeCard\">",
        "<g class=\"state uncovered\" data-state=\"Refund\">",
        "<g class=\"edge covered\" data-from=\"ChargeCard\" data-to=\"Rejected\">",
        "<g class=\"edge uncovered\" data-from=\"Refund\" data-to=\"Failed\">",
        "↻ Retry[0] Payment.Throttled  ×2", "↻ Retry[1] States.Timeout  never fired", ">Catch[0] ×1<");
  }

  @Test
  void writes_the_same_bytes_for_the_same_histories(@TempDir Path first, @TempDir Path second) throws Exception {
    // WHEN
    CoverageFiles.write(report(), first);
    CoverageFiles.write(report(), second);

    // THEN
    for (String file : new String[] {"index.html", "coverage.json", "machines/order.html", "machines/order.svg"}) {
      assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void removes_the_pages_of_state_machines_an_earlier_report_had(@TempDir Path directory) throws Exception {
    // GIVEN
    Files.createDirectories(directory.resolve("machines"));
    Files.writeString(directory.resolve("machines/gone.html"), "old");

    // WHEN
    CoverageFiles.write(report(), directory);

    // THEN
    assertThat(directory.resolve("machines/gone.html")).doesNotExist();
    assertThat(directory.resolve("machines/order.html")).exists();
  }
}
