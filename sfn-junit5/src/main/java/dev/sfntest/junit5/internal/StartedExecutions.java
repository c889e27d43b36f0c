package dev.sfntest.junit5.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The ARNs of the executions one test started, in order; safe to add to from any thread. */
public final class StartedExecutions {

  private final List<String> arns = new CopyOnWriteArrayList<>();

  void add(String executionArn) {
    if (executionArn != null) {
      arns.add(executionArn);
    }
  }

  /** Every ARN so far, oldest first. */
  public List<String> arns() {
    return List.copyOf(arns);
  }
}
