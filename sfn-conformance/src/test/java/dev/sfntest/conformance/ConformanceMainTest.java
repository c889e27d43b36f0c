package dev.sfntest.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.compare.Jsons;
import dev.sfntest.local.LocalSettings;
import dev.sfntest.local.LocalSfn;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceMainTest {

  private static final String CASE_FILE = "v2_test_sfn_api.py_TestSnfApi_test_describe_execution__b5073441.json";

  @TempDir
  Path dir;

  private Path cases;
  private Path report;

  @BeforeEach
  void one_case() throws Exception {
    // a tier B case of the vendored corpus (DescribeExecution recorded, no history), alone in its folder
    cases = Files.createDirectories(dir.resolve("cases"));
    Files.copy(Path.of(getClass().getResource("/conformance/cases/" + CASE_FILE).toURI()), cases.resolve(CASE_FILE));
    report = dir.resolve("report.json");
  }

  @Nested
  class run {

    @Test
    void runs_the_cases_against_an_endpoint() throws Exception {
      // GIVEN
      try (LocalSfn local = LocalSfn.start(LocalSettings.defaults().withPort(0).withVirtualTime(true))) {
        // WHEN
        int exit = ConformanceMain.run(new String[] {cases.toString(), "--endpoint", local.endpoint().toString(),
            "--report", report.toString()});

        // THEN
        assertThat(exit).isZero();
      }
      JsonNode written = Jsons.parse(Files.readString(report));
      assertThat(written).hasSize(1);
      assertThat(written.get(0).get("tier").asText()).isEqualTo("B");
      assertThat(written.get(0).get("outcome").asText()).isEqualTo("pass");
    }

    @Test
    void exits_2_for_endpoint_settings_without_an_endpoint() {
      // WHEN
      int exit = ConformanceMain.run(new String[] {cases.toString(), "--region", "eu-west-1", "--report", report.toString()});

      // THEN
      assertThat(exit).isEqualTo(2);
      assertThat(report).doesNotExist();
    }

    @Test
    void exits_2_for_an_endpoint_that_is_not_an_http_url() {
      // WHEN
      int exit = ConformanceMain.run(new String[] {cases.toString(), "--endpoint", "127.0.0.1:8083",
          "--report", report.toString()});

      // THEN
      assertThat(exit).isEqualTo(2);
      assertThat(report).doesNotExist();
    }

    @Test
    void exits_2_for_a_case_timeout_that_is_not_a_positive_number() {
      // WHEN
      int zero = ConformanceMain.run(new String[] {cases.toString(), "--case-timeout", "0"});
      int words = ConformanceMain.run(new String[] {cases.toString(), "--case-timeout", "soon"});

      // THEN
      assertThat(zero).isEqualTo(2);
      assertThat(words).isEqualTo(2);
    }
  }
}
