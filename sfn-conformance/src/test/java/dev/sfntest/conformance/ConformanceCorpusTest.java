package dev.sfntest.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.sfntest.conformance.corpus.CaseLoader;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.Tier;
import dev.sfntest.conformance.endpoint.FakeTarget;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the vendored conformance corpus ({@code src/test/resources/conformance/cases}, a copy of
 * the shared corpus so CI needs nothing else) against the fake, and holds it to
 * {@code known-deviations.txt}: every case outside the list passes, every case in it fails. Fix a
 * deviation, and this test asks you to delete its line.
 */
class ConformanceCorpusTest {

  private static final ConformanceRunner RUNNER = new ConformanceRunner(new FakeTarget());
  private static final List<CaseResult> RESULTS = new ArrayList<>();
  private static List<ConformanceCase> cases;
  private static KnownDeviations knownDeviations;

  @BeforeAll
  static void load() throws Exception {
    cases = CaseLoader.load(corpusFolder());
    knownDeviations = KnownDeviations.read(Path.of(System.getProperty("basedir", "."), "known-deviations.txt"));
  }

  private static Path corpusFolder() throws URISyntaxException {
    return Path.of(ConformanceCorpusTest.class.getResource("/conformance/cases").toURI());
  }

  @AfterAll
  static void printScore() {
    if (RESULTS.size() == cases.size()) {
      new Scoreboard(RESULTS).lines().forEach(System.out::println);
    }
  }

  @TestFactory
  Stream<DynamicTest> every_case_passes_unless_it_is_a_known_deviation() {
    return IntStream.range(0, cases.size()).mapToObj(i -> {
      ConformanceCase c = cases.get(i);
      return DynamicTest.dynamicTest(c.id(), () -> {
        // GIVEN the case and the list
        // WHEN
        CaseResult result = RUNNER.run(c, i + 1);
        RESULTS.add(result);
        // THEN
        String problem = knownDeviations.problem(result);
        if (problem != null) {
          fail(problem);
        }
      });
    });
  }

  @Test
  void known_deviations_name_only_cases_of_the_corpus() {
    // GIVEN
    List<CaseResult> ids = cases.stream().map(c -> new CaseResult(c.id(), Tier.of(c), Outcome.FAIL, null)).toList();
    // WHEN
    List<String> unknown = knownDeviations.unknownIds(ids);
    // THEN
    assertThat(unknown).isEmpty();
  }

  @Test
  void the_vendored_corpus_is_complete() {
    // GIVEN the corpus README's counts
    // WHEN
    long[] perTier = new long[Tier.values().length];
    cases.forEach(c -> perTier[Tier.of(c).ordinal()]++);
    // THEN
    assertThat(cases).hasSize(845);
    assertThat(perTier).containsExactly(311, 361, 141, 32);
  }
}
