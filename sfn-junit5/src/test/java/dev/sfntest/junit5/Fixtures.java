package dev.sfntest.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs {@link Fixture} classes on the Jupiter engine and reads what happened to each test. */
final class Fixtures {

  private Fixtures() {}

  /** Runs the fixture with these configuration parameters (and no others: not the system properties). */
  static EngineExecutionResults run(Class<?> fixture, Map<String, String> parameters) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameter(Fixture.ENABLED, "true")
        // sfn-report is on this module's classpath: only CoverageTest, which asks, records coverage.
        .configurationParameter("sfntest.coverage", "false")
        .configurationParameters(parameters)
        .execute();
  }

  static EngineExecutionResults run(Class<?> fixture) {
    return run(fixture, Map.of());
  }

  /** The failure of each test that failed, by method name. */
  static Map<String, Throwable> failures(EngineExecutionResults results) {
    Map<String, Throwable> failures = new LinkedHashMap<>();
    results.testEvents().failed().stream().forEach(e -> failures.put(name(e),
        e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()));
    return failures;
  }

  /** Why each skipped (disabled) or aborted test did not run, by method name. */
  static Map<String, String> skips(EngineExecutionResults results) {
    Map<String, String> skips = new LinkedHashMap<>();
    results.testEvents().skipped().stream().forEach(e -> skips.put(name(e), e.getRequiredPayload(String.class)));
    results.testEvents().aborted().stream().forEach(e -> skips.put(name(e),
        e.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage).orElse("")));
    return skips;
  }

  /** The names of the tests that passed. */
  static java.util.List<String> passed(EngineExecutionResults results) {
    return results.testEvents().succeeded().stream().map(Fixtures::name).toList();
  }

  /** What each test published under {@code key} with {@code TestReporter}, by method name. */
  static Map<String, String> reported(EngineExecutionResults results, String key) {
    Map<String, String> values = new LinkedHashMap<>();
    results.testEvents().stream()
        .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .forEach(e -> {
          String value = e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get(key);
          if (value != null) {
            values.put(name(e), value);
          }
        });
    return values;
  }

  /**
   * What {@code run} printed on standard output. The caller holds the {@code SYSTEM_OUT} resource
   * lock, so no other test prints meanwhile.
   */
  static String standardOutputOf(Supplier<EngineExecutionResults> run) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      run.get();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static String name(Event event) {
    return event.getTestDescriptor().getSource()
        .filter(MethodSource.class::isInstance)
        .map(s -> ((MethodSource) s).getMethodName())
        .orElse(event.getTestDescriptor().getDisplayName());
  }
}
