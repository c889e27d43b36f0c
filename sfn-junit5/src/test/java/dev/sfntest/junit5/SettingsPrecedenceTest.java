package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.sfn.SfnClient;

class SettingsPrecedenceTest {

  static final String METHOD = "2021-01-01T00:00:00Z";
  static final String CLASS = "2022-01-01T00:00:00Z";
  static final String BUILDER = "2023-01-01T00:00:00Z";
  static final String PARAMETER = "2025-01-01T00:00:00Z";

  /** Configuration parameters that every fixture gets: the lowest layer but the defaults. */
  static final Map<String, String> PARAMETERS = Map.of(
      "sfntest.initialTime", PARAMETER,
      "sfntest.timeSkipping", "false",
      "sfntest.region", "eu-west-1",
      "sfntest.account", "111122223333");

  /** What the fake of a test was built with, as one line. */
  static void report(FakeSfn fake, TestReporter reporter) {
    reporter.publishEntry("fake", fake.clock().now() + " skipping=" + fake.clock().isTimeSkipping() + " "
        + fake.region() + " " + fake.account());
  }

  @Fixture
  @SfnTest(initialTime = CLASS)
  static class MethodAndClassAnnotations {
    @Test
    @SfnTest(initialTime = METHOD)
    void annotated(FakeSfn fake, TestReporter reporter) {
      report(fake, reporter);
    }

    @Test
    void not_annotated(FakeSfn fake, TestReporter reporter) {
      report(fake, reporter);
    }
  }

  @Fixture
  @SfnTest(initialTime = CLASS)
  static class ClassAnnotationAndBuilder {
    @RegisterExtension
    SfnExtension sfn = SfnExtension.builder().initialTime(Instant.parse(BUILDER)).region("ap-south-1").build();

    @Test
    void runs(FakeSfn fake, TestReporter reporter) {
      report(fake, reporter);
    }
  }

  @Fixture
  static class BuilderOnly {
    @RegisterExtension
    static SfnExtension sfn = SfnExtension.builder().initialTime(Instant.parse(BUILDER)).timeSkipping(true).build();

    @Test
    void runs(FakeSfn fake, TestReporter reporter) {
      report(fake, reporter);
    }
  }

  @Fixture
  @SfnTest
  static class NothingSet {
    @Test
    void runs(FakeSfn fake, TestReporter reporter) {
      report(fake, reporter);
    }
  }

  @Fixture
  @SfnTest(initialTime = CLASS)
  static class Outer {
    @Nested
    @SfnTest(timeSkipping = true)
    class Inner {
      @Test
      void runs(FakeSfn fake, TestReporter reporter) {
        report(fake, reporter);
      }
    }
  }

  @Fixture
  @SfnTest(mockConfig = "mocks/charge-mocks.json")
  static class WithMockConfig {
    @Test
    void runs(SfnClient client) {
      // the file was read when the fake was built
    }
  }

  @Nested
  class a_mock_configuration_file {
    @Test
    void is_read_from_the_classpath() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(WithMockConfig.class);
      // THEN
      assertThat(Fixtures.passed(results)).containsExactly("runs");
    }

    @Test
    void is_read_from_a_file_given_as_file_colon_path() throws Exception {
      // GIVEN
      Path file = Path.of(SettingsPrecedenceTest.class.getClassLoader().getResource("mocks/charge-mocks.json").toURI());
      // WHEN
      EngineExecutionResults results = Fixtures.run(NothingSet.class, Map.of("sfntest.mockConfig", "file:" + file));
      // THEN
      assertThat(Fixtures.passed(results)).containsExactly("runs");
    }
  }

  @Nested
  class a_setting {
    @Test
    void on_the_method_wins_over_the_class() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(MethodAndClassAnnotations.class, PARAMETERS);
      // THEN
      assertThat(Fixtures.reported(results, "fake")).containsOnly(
          Map.entry("annotated", METHOD + " skipping=false eu-west-1 111122223333"),
          Map.entry("not_annotated", CLASS + " skipping=false eu-west-1 111122223333"));
    }

    @Test
    void on_the_class_wins_over_the_builder_which_wins_over_the_parameters() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(ClassAnnotationAndBuilder.class, PARAMETERS);
      // THEN
      assertThat(Fixtures.reported(results, "fake"))
          .containsOnly(Map.entry("runs", CLASS + " skipping=false ap-south-1 111122223333"));
    }

    @Test
    void of_the_builder_wins_over_the_parameters() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(BuilderOnly.class, PARAMETERS);
      // THEN
      assertThat(Fixtures.reported(results, "fake"))
          .containsOnly(Map.entry("runs", BUILDER + " skipping=true eu-west-1 111122223333"));
    }

    @Test
    void from_the_parameters_wins_over_the_default() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(NothingSet.class, PARAMETERS);
      // THEN
      assertThat(Fixtures.reported(results, "fake"))
          .containsOnly(Map.entry("runs", PARAMETER + " skipping=false eu-west-1 111122223333"));
    }

    @Test
    void set_nowhere_takes_the_default() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(NothingSet.class);
      // THEN
      assertThat(Fixtures.reported(results, "fake"))
          .containsOnly(Map.entry("runs", FakeSfn.DEFAULT_INITIAL_TIME + " skipping=true us-east-1 123456789012"));
    }

    @Test
    void on_a_nested_class_wins_over_its_enclosing_class_which_gives_the_rest() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(Outer.class, PARAMETERS);
      // THEN
      assertThat(Fixtures.reported(results, "fake"))
          .containsOnly(Map.entry("runs", CLASS + " skipping=true eu-west-1 111122223333"));
    }
  }
}
