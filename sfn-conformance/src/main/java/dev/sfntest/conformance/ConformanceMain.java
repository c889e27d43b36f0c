package dev.sfntest.conformance;

import dev.sfntest.conformance.corpus.CaseLoader;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.endpoint.EndpointTarget;
import dev.sfntest.conformance.endpoint.FakeTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code conformance DIR [--endpoint URL [--stop-endpoint URL] [--region R] [--account A]]
 * [--case-timeout SECONDS] [--report FILE] [--write-known-deviations FILE]}: runs every case file of
 * DIR against the fake, or with {@code --endpoint} against that Step Functions endpoint through the
 * real SDK ({@link EndpointTarget}), prints one line per tier and the summary line
 * {@code conformance: N passed, M failed, K skipped}, and writes the report (default
 * {@code target/conformance-report.json}). Exits 0 whatever the score; 2 when it cannot run (no such
 * folder, a file that is not a case, a bad option).
 *
 * <pre>
 * $ conformance cases --endpoint http://127.0.0.1:8083
 * </pre>
 *
 * <p>{@code --write-known-deviations} also writes the list of cases that do not pass, with their
 * causes ({@link KnownDeviations#render}); it is how the list was first made. The list is meant to
 * shrink by hand, one deleted line per fixed case.
 */
public final class ConformanceMain {

  private static final int CANNOT_RUN = 2;
  private static final Set<String> ENDPOINT_OPTIONS = Set.of("--endpoint", "--stop-endpoint", "--region", "--account");
  private static final String USAGE = "usage: conformance DIR [--endpoint URL [--stop-endpoint URL] [--region R]"
      + " [--account A]] [--case-timeout SECONDS] [--report FILE] [--write-known-deviations FILE]";

  private ConformanceMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    Path folder = null;
    Path report = Path.of("target", "conformance-report.json");
    Path deviations = null;
    Map<String, String> endpointOptions = new HashMap<>();
    Duration caseTimeout = ConformanceRunner.DEFAULT_CASE_TIMEOUT;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      boolean hasValue = i + 1 < args.length;
      if (arg.equals("--report") && hasValue) {
        report = Path.of(args[++i]);
      } else if (arg.equals("--write-known-deviations") && hasValue) {
        deviations = Path.of(args[++i]);
      } else if (ENDPOINT_OPTIONS.contains(arg) && hasValue) {
        endpointOptions.put(arg, args[++i]);
      } else if (arg.equals("--case-timeout") && hasValue) {
        try {
          caseTimeout = Duration.ofSeconds(Long.parseLong(args[++i]));
        } catch (NumberFormatException e) {
          return usage("--case-timeout takes whole seconds: " + args[i]);
        }
        if (caseTimeout.isNegative() || caseTimeout.isZero()) {
          return usage("--case-timeout takes a number of seconds above 0: " + args[i]);
        }
      } else if (folder == null && !arg.startsWith("--")) {
        folder = Path.of(arg);
      } else {
        return usage("unexpected argument: " + arg);
      }
    }
    if (folder == null) {
      return usage("no case folder given");
    }
    if (!Files.isDirectory(folder)) {
      return usage("not a folder: " + folder);
    }
    if (!endpointOptions.isEmpty() && !endpointOptions.containsKey("--endpoint")) {
      return usage(String.join(", ", endpointOptions.keySet()) + " given without --endpoint");
    }
    List<ConformanceCase> cases;
    try {
      cases = CaseLoader.load(folder);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("conformance: cannot read the cases: " + e.getMessage());
      return CANNOT_RUN;
    }
    List<CaseResult> results;
    if (endpointOptions.isEmpty()) {
      results = new ConformanceRunner(new FakeTarget(), caseTimeout).run(cases);
    } else {
      EndpointTarget target;
      try {
        target = endpointTarget(endpointOptions, caseTimeout);
      } catch (IllegalArgumentException e) {
        return usage(e.getMessage());
      }
      try (target) {
        System.err.println("conformance: " + cases.size() + " cases against " + endpointOptions.get("--endpoint"));
        results = new ConformanceRunner(target, caseTimeout).run(cases);
      }
    }
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

  /**
   * The endpoint target the options describe. It waits for an execution's end a quarter less than a
   * case may take, so a case that runs too long still shows what the execution did.
   */
  private static EndpointTarget endpointTarget(Map<String, String> options, Duration caseTimeout) {
    EndpointTarget.Builder builder = EndpointTarget.builder(uri(options.get("--endpoint")))
        .executionEndWait(caseTimeout.multipliedBy(3).dividedBy(4));
    if (options.containsKey("--stop-endpoint")) {
      builder.stopEndpoint(uri(options.get("--stop-endpoint")));
    }
    if (options.containsKey("--region")) {
      builder.region(options.get("--region"));
    }
    if (options.containsKey("--account")) {
      builder.account(options.get("--account"));
    }
    return builder.build();
  }

  private static URI uri(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + text);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + text);
    }
    return uri;
  }

  private static int usage(String problem) {
    System.err.println("conformance: " + problem);
    System.err.println(USAGE);
    return CANNOT_RUN;
  }
}
