package dev.sfntest.spring.internal;

import dev.sfntest.core.Execution;
import dev.sfntest.spring.SfnExecutions;
import java.util.List;
import java.util.stream.Collectors;

/** {@link SfnExecutions} over the executions the application's clients started in the current {@link Scopes scope}. */
final class RecordedExecutions implements SfnExecutions {

  private final SfnTestRuntime runtime;

  RecordedExecutions(SfnTestRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public List<Execution> all() {
    return runtime.applicationExecutions().stream()
        .filter(arn -> !arn.contains(":express:"))
        .map(arn -> Execution.of(runtime.plainClient(), arn))
        .collect(Collectors.toList());
  }

  @Override
  public Execution last() {
    List<Execution> all = all();
    if (all.isEmpty()) {
      throw new AssertionError("The application started no execution in this test (through its SfnClient or "
          + "SfnAsyncClient beans).");
    }
    return all.get(all.size() - 1);
  }

  @Override
  public List<Execution> of(String stateMachine) {
    String name = machineName(stateMachine);
    return all().stream().filter(e -> e.stateMachineName().equals(name)).collect(Collectors.toList());
  }

  @Override
  public Execution last(String stateMachine) {
    List<Execution> of = of(stateMachine);
    if (of.isEmpty()) {
      throw new AssertionError("The application started no execution of state machine '" + machineName(stateMachine)
          + "' in this test; " + started());
    }
    return of.get(of.size() - 1);
  }

  @Override
  public Execution named(String executionName) {
    return all().stream().filter(e -> e.name().equals(executionName)).reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("The application started no execution named '" + executionName
            + "' in this test; " + started()));
  }

  /** A deployment's name becomes the machine's (live: suffixed); an ARN its last part. */
  private String machineName(String stateMachine) {
    String arn = runtime.deployed().get(stateMachine);
    if (arn != null && runtime.isStateMachine(stateMachine)) {
      return arn.substring(arn.lastIndexOf(':') + 1);
    }
    return stateMachine.startsWith("arn:") ? stateMachine.substring(stateMachine.lastIndexOf(':') + 1) : stateMachine;
  }

  private String started() {
    List<Execution> all = all();
    if (all.isEmpty()) {
      return "it started none.";
    }
    return "it started " + all.stream().map(e -> "'" + e.name() + "' of '" + e.stateMachineName() + "'")
        .collect(Collectors.joining(", ")) + ".";
  }
}
