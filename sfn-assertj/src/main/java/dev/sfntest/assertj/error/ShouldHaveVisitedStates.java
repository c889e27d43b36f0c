package dev.sfntest.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Built when an execution was expected to have entered some states. */
public final class ShouldHaveVisitedStates extends BasicErrorMessageFactory {

  private ShouldHaveVisitedStates(String message) {
    super(message);
  }

  public static ErrorMessageFactory shouldHaveVisitedStates(List<String> expected, List<String> missing,
      List<String> path) {
    return new ShouldHaveVisitedStates("%nExpecting execution to have visited states:%n  "
        + Outcome.escape(String.join(", ", expected))
        + "%nbut it never entered:%n  " + Outcome.escape(String.join(", ", missing))
        + "%nIts path was:%n  " + Outcome.escape(path.isEmpty() ? "(no state entered)" : String.join(" -> ", path)));
  }
}
