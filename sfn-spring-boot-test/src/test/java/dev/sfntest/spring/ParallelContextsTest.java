package dev.sfntest.spring;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sfntest.core.SfnTestContext;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

class ParallelContextsTest {

  /** Each class gets its own context (their seeds differ), so their fakes share nothing. */
  @Fixture
  @SpringBootTest(classes = HelloApp.class)
  @AutoConfigureSfnTest(seed = 1)
  @DeployStateMachine(name = "hello", definition = "workflows/hello.asl.json", arnProperty = "hello.arn")
  static class First {
    @Autowired Greeter greeter;
    @Autowired SfnExecutions executions;
    @Autowired SfnTestContext sfn;

    @RepeatedTest(5)
    void sees_only_its_own_executions() {
      greeter.greet("first");
      sfn.clock().advance(Duration.ofSeconds(7));
      assertThat(executions.all()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("greet-first"));
      assertThat(executions.last()).hasSucceeded();
    }
  }

  @Fixture
  @SpringBootTest(classes = HelloApp.class)
  @AutoConfigureSfnTest(seed = 2)
  @DeployStateMachine(name = "hello", definition = "workflows/hello.asl.json", arnProperty = "hello.arn")
  static class Second {
    @Autowired Greeter greeter;
    @Autowired SfnExecutions executions;
    @Autowired SfnTestContext sfn;

    @RepeatedTest(5)
    void sees_only_its_own_executions() {
      greeter.greet("second");
      sfn.clock().advance(Duration.ofSeconds(11));
      assertThat(executions.all()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("greet-second"));
      assertThat(executions.last()).hasSucceeded();
    }
  }

  @Test
  void classes_with_separate_contexts_run_at_once() {
    // WHEN
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(First.class), selectClass(Second.class))
        .configurationParameter(Fixture.ENABLED, "true")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
        .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
        .execute();
    // THEN
    assertThat(Fixtures.failures(results)).isEmpty();
    assertThat(results.testEvents().succeeded().count()).isEqualTo(10);
  }
}
