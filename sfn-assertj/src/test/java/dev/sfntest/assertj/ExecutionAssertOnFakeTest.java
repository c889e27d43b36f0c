package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.sfntest.core.Execution;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The execution assertions on the fake's own client. */
class ExecutionAssertOnFakeTest extends ExecutionAssertSuite {
  @Override
  Mode mode() {
    return Mode.FAKE;
  }

  /** Only the fake has the handlers' exceptions: a live history keeps their name and message alone. */
  @Nested
  class HandlerException {
    @Test
    void is_the_cause_of_the_failure_that_reports_its_error() {
      // GIVEN a handler with a bug: its exception becomes the Task's error and cause
      sfn.mockTask("ChargeCard").thenAnswer(call -> {
        throw new IllegalStateException("gateway client not configured");
      });
      Execution execution = run("payment", Workflows.PAYMENT, "{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasSucceeded());
      AssertionError stateError = expectAssertionError(() -> assertThat(execution).state("ChargeCard").wasRetried(1));
      // THEN the history has its name and message; the failure keeps its stack trace
      then(execution.describe().error()).isEqualTo("IllegalStateException");
      then(execution.describe().cause()).isEqualTo("gateway client not configured");
      then(error).hasCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("gateway client not configured")
          .hasMessageEndingWith("The error \"IllegalStateException\" is an exception a thenAnswer handler threw; "
              + "its stack trace is this error's cause.");
      then(error.getCause().getStackTrace()[0].getClassName()).startsWith(ExecutionAssertOnFakeTest.class.getName());
      then(stateError).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void is_not_attached_to_a_failure_about_something_else() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenAnswer(call -> {
        throw new IllegalStateException("gateway client not configured");
      });
      Execution execution = run("payment", Workflows.PAYMENT, "{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasFailedWith("Payment.Declined"));
      AssertionError other = expectAssertionError(() -> assertThat(order("{'ok': true}")).hasFailed());
      // THEN
      then(error).hasCauseInstanceOf(IllegalStateException.class);
      then(other).hasNoCause();
    }
  }

  /** An assertion chain reads the history once, while the execution stays as it was. */
  @Nested
  class Chain {
    @Test
    void reads_a_redriven_execution_again() {
      // GIVEN a chain that saw the execution fail
      sfn.mockTask("ChargeCard").thenFail("Payment.Broken", "gateway down").thenReturn("{\"charged\": true}");
      Execution execution = run("payment", Workflows.PAYMENT, "{}");
      ExecutionAssert chain = assertThat(execution).hasFailedWith("Payment.Broken").hasVisitedStates("ChargeCard");
      // WHEN it is redriven, and then succeeds
      client.redriveExecution(b -> b.executionArn(execution.arn()));
      // THEN the same chain sees the new ending, not the reading it kept
      chain.hasSucceeded().hasVisitedStatesInOrder("ChargeCard", "Ship");
    }

    @Test
    void reads_no_history_to_check_how_an_ended_execution_ended() {
      // GIVEN
      Map<String, Integer> calls = new ConcurrentHashMap<>();
      Execution execution = Execution.of(counting(calls), order("{'ok': true}").arn());
      // WHEN
      assertThat(execution).hasSucceeded();
      // THEN
      then(calls).containsKey("describeExecution").doesNotContainKey("getExecutionHistory");
    }

    @Test
    void reads_the_history_once_for_the_checks_that_need_it() {
      // GIVEN
      Map<String, Integer> calls = new ConcurrentHashMap<>();
      Execution execution = Execution.of(counting(calls), order("{'ok': true}").arn());
      // WHEN
      assertThat(execution).hasSucceeded().hasVisitedStates("Ship").hasSucceeded().hasNotVisited("Reject");
      // THEN
      then(calls).containsEntry("getExecutionHistory", 1);
    }

    /** The fake's client, counting the calls made through it by operation name. */
    private SfnClient counting(Map<String, Integer> calls) {
      return (SfnClient) Proxy.newProxyInstance(SfnClient.class.getClassLoader(), new Class<?>[] {SfnClient.class},
          (proxy, method, args) -> {
            calls.merge(method.getName(), 1, Integer::sum);
            try {
              return method.invoke(client, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}
