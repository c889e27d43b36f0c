package dev.sfntest.spring;

import dev.sfntest.core.Execution;
import java.util.List;

/**
 * The executions the application started in the running test, through its own {@code SfnClient}
 * and {@code SfnAsyncClient} beans, as {@link Execution} handles for sfn-assertj's assertions.
 * Those the test started itself (through {@code SfnTestContext}) are not among them. Autowire it
 * into a test of a context with {@link AutoConfigureSfnTest @AutoConfigureSfnTest}; it works in
 * fake and live mode alike (live, the assertions wait for the execution to end).
 *
 * <pre>{@code
 * @Autowired SfnExecutions executions;
 *
 * @Test
 * void ships_the_order() throws Exception {
 *   mvc.perform(post("/orders").contentType(APPLICATION_JSON).content("{\"orderId\": \"42\"}"));
 *   assertThat(executions.last()).hasSucceeded();
 *   assertThat(executions.named("order-42")).hasVisitedStates("Ship");
 *   assertThat(executions.of("orders")).hasSize(1);
 * }
 * }</pre>
 *
 * <p>A state machine is named by its deployment ({@code orders}, which live mode deploys as
 * {@code orders-5f3a9c1e}), by its name, or by its ARN. Started outside a test (while the
 * application starts), executions count for no test. Express executions started with
 * StartSyncExecution have no history to assert on and are not listed.
 */
public interface SfnExecutions {

  /** Every execution the application started in this test, oldest first; empty if none. */
  List<Execution> all();

  /**
   * The last execution the application started in this test.
   *
   * @throws AssertionError when it started none, saying so
   */
  Execution last();

  /** The executions of one state machine the application started in this test, oldest first. */
  List<Execution> of(String stateMachine);

  /**
   * The last execution of one state machine the application started in this test.
   *
   * @throws AssertionError when there is none, listing those it did start
   */
  Execution last(String stateMachine);

  /**
   * The execution with this name the application started in this test.
   *
   * @throws AssertionError when there is none, listing those it did start
   */
  Execution named(String executionName);
}
