package dev.sfntest.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.conformance.compare.CaseComparator;
import dev.sfntest.conformance.compare.CaseNormaliser;
import dev.sfntest.conformance.corpus.CaseLoader;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.Tier;
import dev.sfntest.conformance.execute.CaseNames;
import dev.sfntest.conformance.execute.Observation;
import dev.sfntest.conformance.execute.RecordedJson;
import dev.sfntest.core.replay.Replay;
import dev.sfntest.core.replay.ReplayResult;
import dev.sfntest.internal.shared.compare.Difference;
import dev.sfntest.internal.shared.compare.Jsons;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Replays every case of the vendored corpus whose Task answers are recorded (tier C): {@code
 * Replay} derives the answers from the recorded history alone (not from the case's {@code
 * task_result_events}), reruns the definition with them, and the replayed history is compared with
 * the recorded one under the case's own comparison rules, as the conformance runner compares. The
 * cases that do not replay to their recording are listed in {@code replay-deviations.txt} with
 * the reason; the list only shrinks, as {@code known-deviations.txt} does.
 */
class ReplayCorpusTest {

  private static final String REGION = "us-east-1";
  private static final String ACCOUNT = "123456789012";
  private static final Map<String, String> OUTCOMES = new LinkedHashMap<>();
  private static List<ConformanceCase> cases;
  private static KnownDeviations deviations;

  @BeforeAll
  static void load() throws Exception {
    cases = CaseLoader.load(Path.of(ReplayCorpusTest.class.getResource("/conformance/cases").toURI())).stream()
        .filter(c -> Tier.of(c) == Tier.C).toList();
    deviations = KnownDeviations.read(Path.of(System.getProperty("basedir", "."), "replay-deviations.txt"));
  }

  @AfterAll
  static void printScore() {
    long passed = OUTCOMES.values().stream().filter(outcome -> outcome == null).count();
    System.out.println("replay: " + passed + " passed, " + (OUTCOMES.size() - passed) + " failed, of "
        + OUTCOMES.size() + " cases with recorded task answers");
  }

  @TestFactory
  Stream<DynamicTest> every_case_with_recorded_answers_replays_to_its_recording_unless_listed() {
    return IntStream.range(0, cases.size()).mapToObj(i -> {
      ConformanceCase c = cases.get(i);
      return DynamicTest.dynamicTest(c.id(), () -> {
        // GIVEN the case and the list
        // WHEN
        String difference = replay(c, i + 1);
        OUTCOMES.put(c.id(), difference);
        // THEN
        boolean listed = deviations.contains(c.id());
        if (difference == null && listed) {
          fail(c.id() + " replays to its recording now: remove it from replay-deviations.txt");
        }
        if (difference != null && !listed) {
          fail(c.id() + " does not replay to its recording: " + difference);
        }
      });
    });
  }

  @Test
  void the_list_names_only_cases_with_recorded_answers() {
    assertThat(deviations.ids()).allSatisfy(id -> assertThat(cases).anyMatch(c -> c.id().equals(id)));
  }

  /** The first difference between the replay and the recording, or {@code null} when there is none. */
  private static String replay(ConformanceCase c, int serial) {
    CaseNames names = CaseNames.of(c, REGION, ACCOUNT, serial);
    String executionArn = "arn:aws:states:" + REGION + ":" + ACCOUNT + ":execution:" + names.stateMachineName() + ":"
        + names.executionName();
    names.learnExecutionArn(executionArn);
    ReplayResult result;
    try {
      Replay replay = Replay.of(names.toConcrete(Jsons.write(c.definition())), recordedHistory(c, names));
      result = replay.withExecutionArn(executionArn).run();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    ObjectNode outcome = Jsons.object();
    outcome.set("status", Jsons.text(result.status().toString()));
    outcome.set("output", result.output() == null ? Jsons.NODES.nullNode() : Jsons.text(result.output().toString()));
    outcome.set("error", Jsons.text(result.error()));
    outcome.set("cause", Jsons.text(result.cause()));
    ArrayNode events = Jsons.array();
    for (HistoryEvent event : result.history()) {
      ObjectNode json = RecordedJson.toJson(event);
      json.remove("timestamp");
      events.add(json);
    }
    ObjectNode history = Jsons.object();
    history.set("events", events);
    Difference difference = CaseComparator.compare(c, new Observation(executionArn, outcome, history, null),
        CaseNormaliser.forCase(c, names.toPlaceholders()));
    return difference == null ? null : difference.describe();
  }

  /**
   * The case's recorded history as AWS would export it: the runner's concrete names in place of
   * the corpus's placeholders, and a real role ARN where the recording masked it.
   */
  private static String recordedHistory(ConformanceCase c, CaseNames names) {
    JsonNode events = Jsons.parse(names.toConcrete(Jsons.write(c.expected().history())));
    JsonNode started = events.path(0).path("executionStartedEventDetails");
    if (started instanceof ObjectNode details && !details.path("roleArn").asText("").startsWith("arn:aws:iam::")) {
      details.put("roleArn", names.roleArn());
    }
    ObjectNode document = Jsons.object();
    document.set("events", events);
    return Jsons.write(document);
  }
}
