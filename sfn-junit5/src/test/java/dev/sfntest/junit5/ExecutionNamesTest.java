package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.StateMachine;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** The names the fake generates for executions a test starts without naming them. */
class ExecutionNamesTest {

  @Fixture
  @SfnTest
  static class TwoTests {
    @Deploy("workflows/pass.asl.json")
    StateMachine pass;

    @Test
    void first(TestReporter reporter) {
      reporter.publishEntry("name", pass.start("{}").name());
    }

    @Test
    void second(TestReporter reporter) {
      reporter.publishEntry("name", pass.start("{}").name());
    }
  }

  @Fixture
  @SfnTest(seed = 7)
  static class TwoTestsWithASeed {
    @Deploy("workflows/pass.asl.json")
    StateMachine pass;

    @Test
    void first(TestReporter reporter) {
      reporter.publishEntry("name", pass.start("{}").name());
    }

    @Test
    void second(TestReporter reporter) {
      reporter.publishEntry("name", pass.start("{}").name());
    }
  }

  @Nested
  class without_a_seed {
    @Test
    void differ_between_tests_and_stay_the_same_from_run_to_run() {
      // WHEN the same tests run twice
      Map<String, String> once = Fixtures.reported(Fixtures.run(TwoTests.class), "name");
      Map<String, String> again = Fixtures.reported(Fixtures.run(TwoTests.class), "name");
      // THEN
      assertThat(once).containsOnlyKeys("first", "second");
      assertThat(once.get("first")).isNotEqualTo(once.get("second"));
      assertThat(again).isEqualTo(once);
    }
  }

  @Nested
  class with_a_seed {
    @Test
    void are_those_of_that_seed_in_every_test() {
      // WHEN
      Map<String, String> names = Fixtures.reported(Fixtures.run(TwoTestsWithASeed.class), "name");
      // THEN the seed is used as it is set
      assertThat(names.get("first")).isEqualTo(names.get("second"));
    }
  }
}
