package dev.sfntest.core;

import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * An {@link SfnClient} that forwards every call to another one, adding something on the way (the
 * JUnit extension's client records which executions a test started). The {@link Execution} and
 * {@link StateMachine} handles look through such wrappers, so a handle on a wrapped fake still
 * knows it needs no waiting and can say what a running execution waits on.
 *
 * <pre>{@code
 * final class CountingSfnClient implements ForwardingSfnClient {
 *   private final SfnClient delegate;
 *   public SfnClient delegate() { return delegate; }
 *   // ... every operation calls delegate
 * }
 * }</pre>
 */
public interface ForwardingSfnClient extends SfnClient {

  /** The client every call goes to. */
  SfnClient delegate();

  /** The client beneath every wrapper around {@code client}. */
  static SfnClient unwrap(SfnClient client) {
    SfnClient current = client;
    while (current instanceof ForwardingSfnClient forwarding) {
      current = forwarding.delegate();
    }
    return current;
  }
}
