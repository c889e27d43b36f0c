package dev.sfntest.bench;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sfntest.core.Execution;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The per-test figure: a fresh JVM runs a {@code @SfnTest} class of {@link #TESTS} tests, each
 * deploying {@code workflows/hello.asl.json}, starting it once and asserting how it ended, and
 * prints the mean time of a test as JUnit reports it (from the test's start to its end: the
 * extension's before and after each, the test, the clean-up), the way a build tool times it.
 *
 * <pre>{@code java -cp sfn-bench.jar dev.sfntest.bench.PerTest true|false}</pre>
 * The argument turns workflow coverage on or off (sfn-report is on this classpath); the line
 * printed is {@code per-test: X ms mean (N tests)}.
 */
public final class PerTest {

  static final int TESTS = 2000;

  private PerTest() {}

  /** The class a user writes: many small tests of one workflow. */
  @SfnTest
  public static class HelloTests {

    @Deploy("workflows/hello.asl.json")
    StateMachine hello;

    @RepeatedTest(TESTS)
    void greets_a_visitor_by_name() {
      Execution run = hello.start("{\"name\": \"Ada\"}");

      assertThat(run).hasSucceeded().hasVisitedStates("CheckName", "Greet", "WaitADay", "Done");
    }
  }

  public static void main(String[] args) throws Exception {
    boolean coverage = args.length > 0 && Boolean.parseBoolean(args[0]);
    Path reports = Files.createTempDirectory("sfn-bench-coverage");
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(HelloTests.class))
        .configurationParameter("sfntest.coverage", Boolean.toString(coverage))
        .configurationParameter("sfntest.coverage.directory", reports.toString())
        .build();
    Timings timings = new Timings();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, timings);
    deleteTree(reports);
    if (timings.failures.size() > 0 || timings.nanos.size() != TESTS) {
      System.err.println(timings.nanos.size() + " tests ran; failures: " + timings.failures);
      System.exit(1);
    }
    double mean = timings.nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    if (Boolean.getBoolean("sfntest.bench.detail")) {
      System.err.println(timings.detail());
    }
    System.out.println(String.format(Locale.ROOT, "per-test: %.3f ms mean (%d tests)", mean, timings.nanos.size()));
  }

  private static void deleteTree(Path root) throws Exception {
    try (var files = Files.walk(root)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Each test's time from its start to its end, as JUnit reports them to a build tool. */
  private static final class Timings implements TestExecutionListener {
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final Map<String, Long> cpuStarted = new ConcurrentHashMap<>();
    final List<Long> cpuNanos = new ArrayList<>();
    final List<Long> nanos = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    /** Where the time went: the first test, the first hundred, the rest; for profiling sessions. */
    String detail() {
      List<Long> sorted = nanos.stream().sorted().toList();
      long first100 = nanos.subList(0, Math.min(100, nanos.size())).stream().mapToLong(Long::longValue).sum();
      long all = nanos.stream().mapToLong(Long::longValue).sum();
      return String.format(Locale.ROOT, "first test %.1f ms, first 100 %.1f ms, all %.1f ms; median %.3f ms,"
          + " p90 %.3f ms, p99 %.3f ms; the test thread's CPU: first test %.1f ms, mean %.3f ms, median %.3f ms",
          nanos.get(0) / 1e6, first100 / 1e6, all / 1e6,
          sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 9 / 10) / 1e6,
          sorted.get(sorted.size() * 99 / 100) / 1e6, cpuNanos.get(0) / 1e6,
          cpuNanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
          cpuNanos.stream().sorted().toList().get(cpuNanos.size() / 2) / 1e6);
    }

    @Override
    public void executionStarted(TestIdentifier test) {
      if (test.isTest()) {
        started.put(test.getUniqueId(), System.nanoTime());
        cpuStarted.put(test.getUniqueId(), threads.getCurrentThreadCpuTime());
      }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
      if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        failures.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::toString).orElse("?"));
      }
      if (test.isTest()) {
        nanos.add(System.nanoTime() - started.remove(test.getUniqueId()));
        cpuNanos.add(threads.getCurrentThreadCpuTime() - cpuStarted.remove(test.getUniqueId()));
      }
    }
  }
}
