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

  private SfnTestContext(FakeSfn fake) {
    this.fake = Objects.requireNonNull(fake);
  }

  /** A context over {@code fake}. */
  public static SfnTestContext of(FakeSfn fake) {
    return new SfnTestContext(fake);
  }

  /** The fake. */
  public FakeSfn fake() {
    return fake;
  }

  /** The fake's client. */
  public SfnClient client() {
    return fake.client();
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
    return StateMachine.create(fake.client(), name, definition, FakeSfn.ROLE_ARN);
  }
}
