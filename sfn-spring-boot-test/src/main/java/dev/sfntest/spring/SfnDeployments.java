package dev.sfntest.spring;

import dev.sfntest.core.StateMachine;
import java.util.Set;

/**
 * What the test's context deployed with {@link DeployStateMachine @DeployStateMachine}, {@link
 * DeployActivity @DeployActivity} or their {@code sfntest.deploy.*} and {@code sfntest.activity.*}
 * properties, by name. The same ARNs are the properties {@code sfntest.deployed.<name>.arn}.
 *
 * <pre>{@code
 * @Autowired SfnDeployments deployments;
 *
 * @Test
 * void runs_the_workflow_directly() {
 *   Execution run = deployments.stateMachine("orders").start("{\"orderId\": \"7\"}");
 *   assertThat(run).hasSucceeded();
 * }
 * }</pre>
 */
public interface SfnDeployments {

  /** The names of everything deployed, state machines and activities. */
  Set<String> names();

  /**
   * The ARN of the state machine or activity deployed under this name.
   *
   * @throws IllegalArgumentException for a name nothing was deployed under, listing the names
   */
  String arn(String name);

  /**
   * A handle on the state machine deployed under this name; executions started through it are the
   * test's, not the application's (see {@link SfnExecutions}).
   *
   * @throws IllegalArgumentException for a name no state machine was deployed under
   */
  StateMachine stateMachine(String name);
}
