package dev.sfntest.core;

import java.util.Objects;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * What a test uses to control the fake beyond the AWS API: its clock and, as they come, task
 * mocks and activity workers. The JUnit extension hands one to each test; without JUnit, wrap a
 * {@link FakeSfn} yourself.
 *
 * <pre>{@code
 * SfnTestContext sfn = SfnTestContext.of(FakeSfn.create());
 * StateMachine machine = sfn.deploy("order", definition);
 * sfn.clock().advance(Duration.ofHours(1));
 * }</pre>
 */
public final class SfnTestContext {

  private final FakeSfn fake;
  private final SfnClient client;

  private SfnTestContext(FakeSfn fake, SfnClient client) {
    this.fake = Objects.requireNonNull(fake);
    this.client = Objects.requireNonNull(client);
  }

  /** A context over {@code fake}. */
  public static SfnTestContext of(FakeSfn fake) {
    return new SfnTestContext(fake, fake.client());
  }

  /**
   * A context over {@code fake} whose {@link #client()} and deployed handles call through {@code
   * client}, a wrapper of the fake's own client (the JUnit extension's records the executions a
   * test starts, to print their histories when it fails).
   *
   * <pre>{@code
   * SfnTestContext sfn = SfnTestContext.of(fake, new MyRecordingClient(fake.client()));
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code client} does not lead to {@code fake}'s client
   */
  public static SfnTestContext of(FakeSfn fake, SfnClient client) {
    if (ForwardingSfnClient.unwrap(client) != fake.client()) {
      throw new IllegalArgumentException("The client of a test context must be the fake's client or a "
          + "ForwardingSfnClient around it");
    }
    return new SfnTestContext(fake, client);
  }

  /** The fake. */
  public FakeSfn fake() {
    return fake;
  }

  /** The fake's client (or the wrapper this context was made with). */
  public SfnClient client() {
    return client;
  }

  /** The fake's clock. */
  public VirtualClock clock() {
    return fake.clock();
  }

  /** Programs the answers of a Task state; see {@link MockedTask}. */
  public MockedTask mockTask(String stateName) {
    return fake.mockTask(stateName);
  }

  /** Programs the answers of every Task with this resource ARN. */
  public MockedTask mockResource(String resourceArn) {
    return fake.mockResource(resourceArn);
  }

  /** Creates a STANDARD state machine on the fake. */
  public StateMachine deploy(String name, String definition) {
    return StateMachine.create(client, name, definition, FakeSfn.ROLE_ARN);
  }
}
