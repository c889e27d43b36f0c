package dev.sfntest.conformance;

import dev.sfntest.conformance.corpus.CaseLoader;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.endpoint.FakeTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code conformance DIR [--report FILE] [--write-known-deviations FILE]}: runs every case file of
 * DIR against the fake, prints one line per tier and the summary line
 * {@code conformance: N passed, M failed, K skipped}, and writes the report (default
 * {@code target/conformance-report.json}). Exits 0 whatever the score; 2 when it cannot run (no such
 * folder, a file that is not a case).
 *
 * <p>{@code --write-known-deviations} also writes the list of cases that do not pass, with their
 * causes ({@link KnownDeviations#render}); it is how the list was first made. The list is meant to
 * shrink by hand, one deleted line per fixed case.
 */
public final class ConformanceMain {

  private static final int CANNOT_RUN = 2;

  private ConformanceMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    Path folder = null;
    Path report = Path.of("target", "conformance-report.json");
    Path deviations = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--report") && i + 1 < args.length) {
        report = Path.of(args[++i]);
      } else if (args[i].equals("--write-known-deviations") && i + 1 < args.length) {
        deviations = Path.of(args[++i]);
      } else if (folder == null && !args[i].startsWith("--")) {
        folder = Path.of(args[i]);
      } else {
        return usage("unexpected argument: " + args[i]);
      }
    }
    if (folder == null) {
      return usage("no case folder given");
    }
    if (!Files.isDirectory(folder)) {
      return usage("not a folder: " + folder);
    }
    List<ConformanceCase> cases;
    try {
      cases = CaseLoader.load(folder);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("conformance: cannot read the cases: " + e.getMessage());
      return CANNOT_RUN;
    }
    List<CaseResult> results = new ConformanceRunner(new FakeTarget()).run(cases);
    new Scoreboard(results).lines().forEach(System.out::println);
    try {
      ReportWriter.write(results, report);
      if (deviations != null) {
        Files.writeString(deviations, KnownDeviations.render(results, FailureCause::of), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      System.err.println("conformance: cannot write " + e.getMessage());
      return CANNOT_RUN;
    }
    return 0;
  }

  private static int usage(String problem) {
    System.err.println("conformance: " + problem);
    System.err.println("usage: conformance DIR [--report FILE] [--write-known-deviations FILE]");
    return CANNOT_RUN;
  }
}
