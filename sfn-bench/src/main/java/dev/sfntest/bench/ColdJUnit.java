package dev.sfntest.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.junit5.SfnTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The other cold figure: a fresh JVM that runs a one-test {@code @SfnTest} class through the JUnit
 * Platform and exits.
 */
public final class ColdJUnit {

  private ColdJUnit() {}

  /** The one-test class. */
  @SfnTest
  public static class OneTest {
    @Test
    void waits_an_hour(SfnTestContext sfn) {
      Execution run = sfn.deploy("wait", "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":3600,"
          + "\"Next\":\"S\"},\"S\":{\"Type\":\"Succeed\"}}}").start("{}");
      if (!"SUCCEEDED".equals(run.describe().statusAsString())) {
        throw new AssertionError("not succeeded");
      }
    }
  }

  public static void main(String[] args) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(OneTest.class))
        // sfn-report is on this classpath for the per-test figure with coverage; this one is without
        .configurationParameter("sfntest.coverage", "false")
        .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    if (listener.getSummary().getTestsSucceededCount() != 1) {
      listener.getSummary().printFailuresTo(new java.io.PrintWriter(System.err), 10);
      System.exit(1);
    }
  }
}
