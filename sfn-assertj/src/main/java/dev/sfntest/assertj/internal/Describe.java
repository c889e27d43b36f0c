package dev.sfntest.assertj.internal;

import dev.sfntest.core.Execution;
import dev.sfntest.trace.Scope;
import java.util.List;

/** How failure messages name what they are about, in their first line. */
public final class Describe {

  private Describe() {}

  /** {@code execution 'order-42' of state machine 'OrderFlow'}: the context of execution assertions. */
  public static String execution(Execution execution) {
    return execution + " of state machine '" + execution.stateMachineName() + "'";
  }

  /** {@code state 'Ship' of execution 'order-42'}, or {@code ... in iteration 2 of Map 'Items' of ...}. */
  public static String state(String stateName, Scope scope, Execution execution) {
    return "state '" + stateName + "'" + in(scope) + " of " + execution;
  }

  /** {@code iteration 2 of Map 'Items' of execution 'order-42'}. */
  public static String scope(Scope scope, Execution execution) {
    return scope.describe() + in(scope.owner().scope()) + " of " + execution;
  }

  /** The path as a test author reads it: {@code Validate -> Charge -> Ship}. */
  public static String path(List<String> states) {
    return states.isEmpty() ? "(no state entered)" : String.join(" -> ", states);
  }

  private static String in(Scope scope) {
    StringBuilder text = new StringBuilder();
    for (Scope s = scope; s != null && s.kind() != Scope.Kind.EXECUTION; s = s.owner().scope()) {
      text.append(" in ").append(s.describe());
    }
    return text.toString();
  }
}
