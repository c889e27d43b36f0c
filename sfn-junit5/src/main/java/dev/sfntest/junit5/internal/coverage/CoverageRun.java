package dev.sfntest.junit5.internal.coverage;

import dev.sfntest.report.CoverageFiles;
import dev.sfntest.report.CoverageReport;
import dev.sfntest.report.ExecutionPicture;
import dev.sfntest.report.ExecutionRecord;
import dev.sfntest.report.WorkflowCoverage;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The coverage of one JUnit run, kept in the root context's store: JUnit closes it when the whole
 * run (every class of the engine) is done, and closing writes the report.
 *
 * <p><b>How a threshold fails the build.</b> When {@link #close()} finds the run's transition
 * coverage below {@code sfntest.coverage.minimum}, it throws an {@link AssertionFailedError}.
 * JUnit reports an exception from closing a root store value as a failure of the engine itself
 * ("JUnit Jupiter" fails, after every test has run and passed), Surefire counts it as an error,
 * and {@code mvn verify} fails, with the message saying what was measured and where the report is.
 */
final class CoverageRun implements AutoCloseable {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CoverageRun.class);

  private final WorkflowCoverage coverage = new WorkflowCoverage();
  private final Path directory;
  private final BigDecimal minimum;

  private CoverageRun(Path directory, BigDecimal minimum) {
    this.directory = directory;
    this.minimum = minimum;
    removeEarlierPictures(directory.resolve("executions"));
  }

  /** Pictures of an earlier run's failures would point at tests that may pass now. */
  private static void removeEarlierPictures(Path executions) {
    if (!Files.isDirectory(executions)) {
      return;
    }
    try (Stream<Path> files = Files.walk(executions)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // Stale pictures are untidy, not wrong: each names its test and execution.
    }
  }

  static CoverageRun of(ExtensionContext context) {
    ExtensionContext root = context.getRoot();
    return root.getStore(NAMESPACE).getOrComputeIfAbsent(CoverageRun.class, k -> new CoverageRun(
        Path.of(root.getConfigurationParameter(CoverageHook.DIRECTORY).map(String::trim)
            .filter(s -> !s.isEmpty()).orElse("target/sfn-coverage")),
        minimum(root)), CoverageRun.class);
  }

  private static BigDecimal minimum(ExtensionContext context) {
    Optional<String> text = context.getConfigurationParameter(CoverageHook.MINIMUM).map(String::trim)
        .filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text.get().endsWith("%") ? text.get().substring(0, text.get().length() - 1)
          : text.get());
      if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with how to write it
    }
    throw new ExtensionConfigurationException(CoverageHook.MINIMUM + " = '" + text.get()
        + "' is not a percentage: write a number from 0 to 100, like " + CoverageHook.MINIMUM + "=80");
  }

  void afterTest(ExtensionContext context, SfnClient client, List<String> arns, String suffix,
      Optional<Throwable> failure, PrintStream out) {
    List<String> pictures = new ArrayList<>();
    for (String arn : arns) {
      ExecutionRecord record;
      try {
        record = ExecutionRecord.read(client, arn);
      } catch (RuntimeException e) {
        continue; // an Express execution has no history; a live endpoint may be gone: nothing to count
      }
      if (!suffix.isEmpty() && record.stateMachineName().endsWith("-" + suffix)) {
        record = record.withStateMachineName(record.stateMachineName()
            .substring(0, record.stateMachineName().length() - suffix.length() - 1));
      }
      try {
        coverage.add(record);
        if (failure.isPresent()) {
          pictures.add(picture(context, record).toString());
        }
      } catch (RuntimeException e) {
        // A definition the report cannot read is left out of it; the test's own outcome stands.
      }
    }
    if (!pictures.isEmpty()) {
      String note = "[sfn-test] Pictures of the executions " + context.getDisplayName() + " started:\n  "
          + String.join("\n  ", pictures);
      out.println(note);
      out.flush();
    }
  }

  private Path picture(ExtensionContext context, ExecutionRecord record) {
    String test = context.getTestClass().map(Class::getName).orElse("test") + "."
        + context.getTestMethod().map(m -> m.getName()).orElse(context.getDisplayName());
    Path file = directory.resolve("executions").resolve(fileName(test))
        .resolve(fileName(record.executionName()) + ".html");
    return ExecutionPicture.of(record).writeHtml(file).toAbsolutePath().normalize();
  }

  private static String fileName(String text) {
    return text.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /**
   * Writes the report and checks the threshold.
   *
   * @throws AssertionFailedError when transition coverage is below {@code sfntest.coverage.minimum}
   */
  @Override
  public void close() {
    if (coverage.isEmpty()) {
      return;
    }
    CoverageReport report = coverage.report();
    Path index = CoverageFiles.write(report, directory).toAbsolutePath().normalize();
    if (minimum != null && report.transitions().percent().compareTo(minimum) < 0) {
      throw new AssertionFailedError("Workflow coverage is below " + CoverageHook.MINIMUM + " = "
          + minimum.toPlainString() + "%: transitions " + report.transitions() + ", states " + report.states()
          + ", Choice branches " + report.choiceBranches() + ".\nNever exercised: see " + index);
    }
  }
}
