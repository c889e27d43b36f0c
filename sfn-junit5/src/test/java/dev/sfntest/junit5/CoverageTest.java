package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/** Workflow coverage, which the extension records when sfn-report is on the classpath (it is here). */
@ResourceLock(Resources.SYSTEM_OUT)
class CoverageTest {

  @Fixture
  @SfnTest
  static class ChargeFixture {
    @Deploy("workflows/charge.asl.json")
    StateMachine charge;

    @Test
    void ships(SfnTestContext sfn) {
      sfn.mockTask("Charge").thenReturn("{\"Payload\": {}}");
      sfn.mockTask("Ship").thenReturn("{\"Payload\": {}}");
      charge.start("order-1", "{}");
    }

    @Test
    void fails_to_charge(SfnTestContext sfn) {
      sfn.mockTask("Charge").thenFail("Payment.Declined", "card expired");
      charge.start("order-2", "{}");
      throw new AssertionError("expected the order to ship");
    }
  }

  private static Map<String, String> coverageIn(Path directory, String... more) {
    Map<String, String> parameters = new java.util.HashMap<>(Map.of("sfntest.coverage", "true",
        "sfntest.coverage.directory", directory.toString()));
    for (int i = 0; i < more.length; i += 2) {
      parameters.put(more[i], more[i + 1]);
    }
    return parameters;
  }

  @Nested
  class after_the_run {

    @Test
    void writes_the_report_of_every_execution_the_tests_started(@TempDir Path directory) throws Exception {
      // WHEN
      Fixtures.standardOutputOf(() -> Fixtures.run(ChargeFixture.class, coverageIn(directory)));

      // THEN
      String json = Files.readString(directory.resolve("coverage.json"));
      assertThat(json).contains("\"name\" : \"charge\"", "\"executions\" : 2",
          "\"Charge -> Ship (Next)\" : 1");
      assertThat(directory.resolve("index.html")).exists();
      assertThat(Files.readString(directory.resolve("machines/charge.html"))).contains("<svg");
    }

    @Test
    void passes_when_coverage_reaches_the_minimum(@TempDir Path directory) {
      // WHEN
      EngineExecutionResults[] results = new EngineExecutionResults[1];
      Fixtures.standardOutputOf(() -> results[0] = Fixtures.run(ChargeFixture.class,
          coverageIn(directory, "sfntest.coverage.minimum", "100")));

      // THEN the only failure is the test's own
      assertThat(results[0].containerEvents().failed().count()).isZero();
      assertThat(Fixtures.failures(results[0])).containsOnlyKeys("fails_to_charge");
    }

    @Test
    void fails_the_run_when_coverage_is_below_the_minimum(@TempDir Path directory) {
      // GIVEN only the failing test runs: Ship is never reached
      EngineExecutionResults[] results = new EngineExecutionResults[1];

      // WHEN
      Fixtures.standardOutputOf(() -> results[0] = EngineTestKit.engine("junit-jupiter")
          .selectors(selectMethod(ChargeFixture.class, "fails_to_charge", SfnTestContext.class.getName()))
          .configurationParameter(Fixture.ENABLED, "true")
          .configurationParameters(coverageIn(directory, "sfntest.coverage.minimum", "90"))
          .execute());

      // THEN the engine itself fails, after the tests, with what was measured
      Throwable failure = results[0].containerEvents().failed().stream()
          .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
          .findFirst().orElseThrow();
      assertThat(failure).isInstanceOf(AssertionFailedError.class)
          .hasMessageStartingWith("Workflow coverage is below sfntest.coverage.minimum = 90%: transitions 0/1 (0.0%), "
              + "states 1/2 (50.0%), Choice branches 0/0 (100.0%).\nNever exercised: see ")
          .hasMessageEndingWith("index.html");
    }

    @Test
    void refuses_a_minimum_that_is_not_a_percentage(@TempDir Path directory) {
      // WHEN
      EngineExecutionResults[] results = new EngineExecutionResults[1];
      Fixtures.standardOutputOf(() -> results[0] = Fixtures.run(ChargeFixture.class,
          coverageIn(directory, "sfntest.coverage.minimum", "most")));

      // THEN
      assertThat(Fixtures.failures(results[0]).get("ships"))
          .isInstanceOf(org.junit.jupiter.api.extension.ExtensionConfigurationException.class)
          .hasMessage("sfntest.coverage.minimum = 'most' is not a percentage: write a number from 0 to 100, like "
              + "sfntest.coverage.minimum=80");
    }
  }

  @Nested
  class when_a_test_fails {

    @Test
    void draws_its_executions_and_says_where(@TempDir Path directory) throws Exception {
      // WHEN
      String[] output = new String[1];
      EngineExecutionResults[] results = new EngineExecutionResults[1];
      output[0] = Fixtures.standardOutputOf(() -> results[0] = Fixtures.run(ChargeFixture.class, coverageIn(directory)));

      // THEN
      Path picture = directory.resolve("executions/dev.sfntest.junit5.CoverageTest_ChargeFixture.fails_to_charge/order-2.html")
          .toAbsolutePath().normalize();
      assertThat(picture).exists();
      assertThat(Files.readString(picture)).contains("<svg", "Payment.Declined");
      assertThat(output[0]).contains("[sfn-test] Pictures of the executions fails_to_charge(SfnTestContext) started:\n  "
          + picture);
      Throwable failure = Fixtures.failures(results[0]).get("fails_to_charge");
      assertThat(failure).hasMessage("expected the order to ship").hasNoSuppressedExceptions();
    }
  }
}
