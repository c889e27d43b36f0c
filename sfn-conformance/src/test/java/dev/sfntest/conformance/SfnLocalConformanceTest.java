package dev.sfntest.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.conformance.corpus.CaseLoader;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.Tier;
import dev.sfntest.conformance.endpoint.EndpointTarget;
import dev.sfntest.conformance.endpoint.FakeTarget;
import dev.sfntest.local.LocalSettings;
import dev.sfntest.local.LocalSfn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the tier A and B cases of the vendored corpus through sfn-local, over HTTP with the real
 * SDK, and holds each case to the outcome it has in-process: the wire adds and loses nothing.
 *
 * <p>sfn-local runs on virtual time, so Waits and retries take no real time; the one case whose test
 * stops its execution mid-Wait goes to a second server on the wall clock, where the Wait is still
 * waiting when the stop arrives. Express executions started asynchronously show their outcome only
 * in a log an endpoint does not serve, so the endpoint skips exactly those.
 */
class SfnLocalConformanceTest {

  @Test
  void every_tier_a_and_b_case_has_its_in_process_outcome_through_sfn_local() throws Exception {
    // GIVEN the tier A and B cases, and their outcomes in-process
    List<ConformanceCase> cases = new ArrayList<>();
    for (ConformanceCase c : CaseLoader.load(corpusFolder())) {
      if (Tier.of(c) == Tier.A || Tier.of(c) == Tier.B) {
        cases.add(c);
      }
    }
    Map<String, CaseResult> inProcess = byId(new ConformanceRunner(new FakeTarget()).run(cases));
    List<CaseResult> served;
    LocalSettings settings = LocalSettings.defaults().withPort(0);
    try (LocalSfn virtualTime = LocalSfn.start(settings.withVirtualTime(true));
         LocalSfn wallClock = LocalSfn.start(settings);
         EndpointTarget target = EndpointTarget.builder(virtualTime.endpoint())
             .stopEndpoint(wallClock.endpoint()).build()) {
      // WHEN
      served = new ConformanceRunner(target).run(cases);
    }
    new Scoreboard(served).lines().forEach(System.out::println);
    // THEN every case the endpoint can show has the outcome it has in-process
    List<String> differences = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (CaseResult result : served) {
      CaseResult expected = inProcess.get(result.id());
      if (result.outcome() == Outcome.SKIPPED) {
        skipped.add(result.id());
      } else if (result.outcome() != expected.outcome()) {
        differences.add(result.id() + "\n    in-process: " + describe(expected) + "\n    sfn-local:  " + describe(result));
      }
    }
    assertThat(differences)
        .as("cases whose outcome through sfn-local differs from in-process:%n  %s", String.join("\n  ", differences))
        .isEmpty();
    // THEN it skips exactly the Express executions started asynchronously
    List<String> expressStartedAsync = cases.stream().filter(c -> c.isExpress() && !c.isSyncStart())
        .map(ConformanceCase::id).toList();
    assertThat(skipped).containsExactlyInAnyOrderElementsOf(expressStartedAsync);
  }

  private static Map<String, CaseResult> byId(List<CaseResult> results) {
    return results.stream().collect(Collectors.toMap(CaseResult::id, Function.identity()));
  }

  private static String describe(CaseResult result) {
    return result.outcome().label() + (result.difference() == null ? "" : ": " + result.difference());
  }

  private static Path corpusFolder() throws Exception {
    return Path.of(SfnLocalConformanceTest.class.getResource("/conformance/cases").toURI());
  }
}
