package dev.sfntest.junit5.internal.coverage;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * What the extension calls after each test for workflow coverage. Does nothing unless sfn-report
 * is on the classpath and {@code sfntest.coverage} is not {@code false}.
 *
 * <p>Settings (JUnit configuration parameters or system properties):
 * <ul>
 *   <li>{@code sfntest.coverage}: {@code false} turns it off (default {@code true});
 *   <li>{@code sfntest.coverage.directory}: where the report goes (default {@code target/sfn-coverage},
 *       relative to the working directory, which Maven sets to the module's);
 *   <li>{@code sfntest.coverage.minimum}: a percentage; when the run's transition coverage is below
 *       it, the run fails (see {@link CoverageRun#close()}).
 * </ul>
 */
public final class CoverageHook {

  public static final String ENABLED = "sfntest.coverage";
  public static final String DIRECTORY = "sfntest.coverage.directory";
  public static final String MINIMUM = "sfntest.coverage.minimum";

  private static final boolean AVAILABLE = present("dev.sfntest.report.WorkflowCoverage");

  private CoverageHook() {}

  /**
   * Records the executions a test started, before its state machines are deleted; for a failed
   * test, also draws each execution and says where on {@code out}, right after the histories the
   * extension prints there. The test's exception is left as it is: it is the test's to report, and
   * Surefire and IDEs show a failed test's standard output beside it.
   *
   * @param client a client that records nothing, to read the executions with
   * @param nameSuffix what live mode added to the state machine names (removed to merge runs)
   */
  public static void afterTest(ExtensionContext context, SfnClient client, List<String> executionArns,
      String nameSuffix, Optional<Throwable> failure, PrintStream out) {
    if (!AVAILABLE || executionArns.isEmpty()
        || context.getConfigurationParameter(ENABLED).map(String::trim).filter("false"::equalsIgnoreCase).isPresent()) {
      return;
    }
    CoverageRun.of(context).afterTest(context, client, executionArns, nameSuffix, failure, out);
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, CoverageHook.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
