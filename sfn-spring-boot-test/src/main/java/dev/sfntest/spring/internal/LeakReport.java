package dev.sfntest.spring.internal;

import dev.sfntest.core.CreatedResources.Leak;
import java.util.List;

/**
 * What a clean-up could not remove, as the test's output prints it: each ARN, so whoever reads the
 * log can delete it by hand (the JUnit extension's wording).
 *
 * <pre>
 * [sfn-test] ships() left behind 1 resource it created; delete it by hand:
 *   arn:aws:states:eu-west-1:111122223333:stateMachine:order-5f3a9c1e:1: could not delete it: ...
 * </pre>
 */
final class LeakReport {

  private LeakReport() {}

  /** The report of {@code owner} (a test, or the test context); empty when nothing leaked. */
  static String of(String owner, List<Leak> leaks) {
    if (leaks.isEmpty()) {
      return "";
    }
    String count = leaks.size() == 1 ? "1 resource it created; delete it" : leaks.size()
        + " resources it created; delete them";
    return "[sfn-test] " + owner + " left behind " + count + " by hand:\n" + Leak.describe(leaks) + "\n";
  }
}
