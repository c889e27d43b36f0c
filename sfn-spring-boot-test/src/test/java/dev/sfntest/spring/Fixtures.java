package dev.sfntest.spring;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  static EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameter(Fixture.ENABLED, "true")
        .configurationParameter("junit.jupiter.testmethod.order.default",
            "org.junit.jupiter.api.MethodOrderer$MethodName")
        .execute();
  }

  /** The failure of each test that failed, by method name (the class's own under its name). */
  static Map<String, Throwable> failures(EngineExecutionResults results) {
    Map<String, Throwable> failures = new LinkedHashMap<>();
    results.allEvents().failed().stream().forEach(e -> failures.put(name(e),
        e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()));
    return failures;
  }

  /** Why each aborted test did not run, by method name. */
  static Map<String, String> aborted(EngineExecutionResults results) {
    Map<String, String> skips = new LinkedHashMap<>();
    results.allEvents().aborted().stream().forEach(e -> skips.put(name(e),
        e.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage).orElse("")));
    return skips;
  }

  /** The names of the tests that passed. */
  static List<String> passed(EngineExecutionResults results) {
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

  /** What the fixture printed on standard output while it ran. */
  static String standardOutputOf(Class<?> fixture) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      run(fixture);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  /**
   * What stopped a context: the sfn-test exception in Spring's "Failed to load ApplicationContext"
   * chain, else its root cause.
   */
  static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      if (cause instanceof dev.sfntest.spring.internal.Misconfigured) {
        return cause;
      }
      cause = cause.getCause();
    }
    return cause;
  }

  private static String name(Event event) {
    return event.getTestDescriptor().getSource()
        .filter(MethodSource.class::isInstance)
        .map(s -> ((MethodSource) s).getMethodName())
        .orElse(event.getTestDescriptor().getDisplayName());
  }
}
