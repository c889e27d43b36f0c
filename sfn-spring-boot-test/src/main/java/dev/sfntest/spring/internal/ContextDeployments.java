package dev.sfntest.spring.internal;

import dev.sfntest.core.StateMachine;
import dev.sfntest.spring.SfnDeployments;
import java.util.Set;
import java.util.TreeSet;

/** {@link SfnDeployments} over what the runtime deployed. */
final class ContextDeployments implements SfnDeployments {

  private final SfnTestRuntime runtime;

  ContextDeployments(SfnTestRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public Set<String> names() {
    return runtime.deployed().keySet();
  }

  @Override
  public String arn(String name) {
    String arn = runtime.deployed().get(name);
    if (arn == null) {
      throw new IllegalArgumentException("Nothing was deployed as '" + name + "' for this test context; "
          + (names().isEmpty() ? "nothing was deployed at all." : "the names are " + new TreeSet<>(names()) + "."));
    }
    return arn;
  }

  @Override
  public StateMachine stateMachine(String name) {
    String arn = arn(name);
    if (!runtime.isStateMachine(name)) {
      throw new IllegalArgumentException("'" + name + "' is an activity, not a state machine: " + arn);
    }
    // The test's client: what the test starts on it is stopped after the test, live too.
    return StateMachine.of(runtime.testClient(), arn);
  }
}
