package dev.sfntest.junit5.internal;

import dev.sfntest.core.CreatedResources.Leak;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * Reports what a live clean-up could not remove: printed in the test's output with each ARN, so
 * whoever reads the log can delete it by hand, and returned as the test's error, so the run does
 * not pass while it leaves resources behind in an account.
 *
 * <pre>
 * [sfn-test] ships() left behind 1 resource it created; delete it by hand:
 *   arn:aws:states:eu-west-1:111122223333:stateMachine:order-5f3a9c1e:1: could not delete it: Version to be
 *   deleted must not be referenced by an alias. Current list of aliases referencing this version: [live]
 * </pre>
 */
final class Leaks {

  private Leaks() {}

  /** Prints the leaks of {@code owner} (a test, or a class's setup); the error to fail it with, if any. */
  static Optional<Throwable> report(String owner, List<Leak> leaks, PrintStream out) {
    if (leaks.isEmpty()) {
      return Optional.empty();
    }
    String count = leaks.size() == 1 ? "1 resource it created; delete it" : leaks.size()
        + " resources it created; delete them";
    String lines = Leak.describe(leaks);
    out.println("[sfn-test] " + owner + " left behind " + count + " by hand:\n" + lines);
    out.flush();
    return Optional.of(new IllegalStateException("The clean-up after " + owner + " could not remove "
        + (leaks.size() == 1 ? "a resource" : leaks.size() + " resources") + " it created:\n" + lines));
  }
}
