package dev.sfntest.core;

import java.util.Objects;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;

/**
 * A handle on one state machine, built on the public {@link SfnClient} API only, so it works on
 * the fake and on a live client alike.
 *
 * <pre>{@code
 * StateMachine order = StateMachine.create(client, "order", definition, FakeSfn.ROLE_ARN);
 * Execution run = order.start("{\"orderId\": \"42\"}");
 * }</pre>
 */
public final class StateMachine {

  private final SfnClient client;
  private final String arn;

  private StateMachine(SfnClient client, String arn) {
    this.client = Objects.requireNonNull(client);
    this.arn = Objects.requireNonNull(arn);
  }

  /** A handle on the state machine with that ARN. */
  public static StateMachine of(SfnClient client, String stateMachineArn) {
    return new StateMachine(client, stateMachineArn);
  }

  /**
   * Creates a STANDARD state machine and returns its handle.
   *
   * @throws software.amazon.awssdk.services.sfn.model.InvalidDefinitionException when AWS would refuse the definition
   */
  public static StateMachine create(SfnClient client, String name, String definition, String roleArn) {
    String arn = client.createStateMachine(b -> b.name(name).definition(definition).roleArn(roleArn))
        .stateMachineArn();
    return new StateMachine(client, arn);
  }

  /** The state machine's ARN (unqualified: no version or alias). */
  public String arn() {
    return arn;
  }

  /** The name: the last part of the ARN. */
  public String name() {
    return arn.substring(arn.lastIndexOf(':') + 1);
  }

  /** The client this handle calls through; executions started here read through it too. */
  public SfnClient client() {
    return client;
  }

  /** {@code DescribeStateMachine}, now. */
  public DescribeStateMachineResponse describe() {
    return client.describeStateMachine(b -> b.stateMachineArn(arn));
  }

  /** Starts an execution with a generated name. On the fake it has run as far as it can on return. */
  public Execution start(String input) {
    String executionArn = client.startExecution(b -> b.stateMachineArn(arn).input(input)).executionArn();
    return Execution.of(client, executionArn);
  }

  /** Starts an execution with the given name. */
  public Execution start(String name, String input) {
    String executionArn = client.startExecution(b -> b.stateMachineArn(arn).name(name).input(input)).executionArn();
    return Execution.of(client, executionArn);
  }

  @Override
  public String toString() {
    return "state machine '" + name() + "'";
  }
}
