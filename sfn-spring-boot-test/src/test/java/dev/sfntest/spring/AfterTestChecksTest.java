package dev.sfntest.spring;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.SfnTestContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

class AfterTestChecksTest {

  @Fixture
  @SpringBootTest(classes = HelloApp.class)
  @AutoConfigureSfnTest(strictMocks = true)
  @DeployStateMachine(name = "hello", definition = "workflows/hello.asl.json", arnProperty = "hello.arn")
  static class StrictMocks {
    @Autowired Greeter greeter;
    @Autowired SfnTestContext sfn;

    @Test
    void programs_a_mock_no_task_calls() {
      sfn.mockTask("Refund").thenReturn("{}");
      greeter.greet("Ada");
    }

    @Test
    void programs_no_mock() {
      greeter.greet("Ada");
    }
  }

  @Fixture
  @SpringBootTest(classes = HelloApp.class)
  @AutoConfigureSfnTest
  @DeployStateMachine(name = "hello", definition = "workflows/hello.asl.json", arnProperty = "hello.arn")
  static class FailingAssertion {
    @Autowired Greeter greeter;
    @Autowired SfnExecutions executions;

    @Test
    void expects_the_wrong_output() {
      greeter.greet("Ada");
      assertThat(executions.last()).hasOutput("{\"greeting\": \"Goodbye\"}");
    }
  }

  @Nested
  class strict_mocks {

    @Test
    void fail_a_passing_test_that_left_a_mock_unused() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(StrictMocks.class);
      // THEN
      assertThat(Fixtures.passed(results)).containsExactly("programs_no_mock");
      assertThat(Fixtures.failures(results).get("programs_a_mock_no_task_calls")).hasMessage("Strict mocks "
          + "(sfntest.strict-mocks=true): no Task called mockTask(\"Refund\"). Remove the mock, correct its state "
          + "name or resource, or turn strict mocks off with @AutoConfigureSfnTest(strictMocks = false).");
    }
  }

  @Nested
  @ResourceLock(Resources.SYSTEM_OUT)
  class a_failed_test {

    @Test
    void prints_the_history_of_the_executions_started_in_it() {
      // WHEN
      String output = Fixtures.standardOutputOf(FailingAssertion.class);
      // THEN
      assertThat(output).contains("[sfn-test] expects_the_wrong_output() failed. The executions started in it (1):")
          .contains("execution 'greet-Ada' of state machine 'hello': SUCCEEDED")
          .contains("WaitStateEntered    Think");
    }
  }
}
