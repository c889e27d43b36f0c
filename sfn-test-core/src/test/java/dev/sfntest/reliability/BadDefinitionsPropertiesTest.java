package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;

/**
 * The conformance corpus's definitions (each one AWS accepted and ran), mutated at random, run with
 * their recorded inputs or random ones, and random text as definitions: each is created and run or
 * refused as {@link Outcomes} allows, on one fake per property that must keep working after every
 * try. Task states answer with their input, so executions get past them. Single states of the
 * corpus, mutated, go through TestState at every inspection level, mocked or not.
 */
class BadDefinitionsPropertiesTest {

  private FakeSfn fake;
  private final Set<String> mocked = new HashSet<>();

  @BeforeProperty
  void start() {
    fake = FakeSfn.builder().activityPollTimeout(Duration.ofMillis(50)).build();
  }

  @AfterProperty
  void stop() {
    fake.close();
  }

  private void runs(String definition, String input) {
    mockEveryResource(definition);
    Outcomes.bounded(() -> {
      Outcomes.createAndRun(fake, definition, input);
      Outcomes.assertStillWorks(fake);
    });
  }

  /** Every Task resource the definition names answers with its input. */
  private void mockEveryResource(String definition) {
    try {
      Json.parse(definition).findValues("Resource").forEach(resource -> {
        if (resource.isTextual() && mocked.add(resource.asText())) {
          fake.mockResource(resource.asText()).thenAnswer(call -> call.input());
        }
      });
    } catch (Exception notJson) {
      // nothing to mock in text that is not JSON
    }
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void mutated_corpus_definitions_are_created_and_run_or_refused(@ForAll("mutatedCases") Corpus.Case mutated) {
    runs(mutated.definition(), mutated.input());
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void corpus_definitions_with_random_inputs(@ForAll("cases") Corpus.Case recorded, @ForAll("inputs") String input) {
    runs(recorded.definition(), input);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void random_text_as_a_definition(@ForAll("texts") String text) {
    runs(text, "{}");
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void mutated_corpus_states_through_test_state(@ForAll("mutatedStates") String state, @ForAll("inputs") String input,
      @ForAll("inspectionLevels") String level, @ForAll boolean mocked) {
    Outcomes.bounded(() -> {
      try {
        TestStateResponse response = fake.client().testState(b -> {
          b.definition(state).input(input).roleArn(FakeSfn.ROLE_ARN).inspectionLevel(level);
          if (mocked) {
            b.mock(m -> m.result("{\"Payload\":{\"ok\":true}}"));
          }
        });
        assertThat(response.statusAsString()).isIn("SUCCEEDED", "FAILED", "RETRIABLE", "CAUGHT_ERROR");
        if (response.error() != null) {
          assertThat(response.error().startsWith("States.") || state.contains(response.error())
              || input.contains(response.error())).as("error %s of %s", response.error(), state).isTrue();
        }
      } catch (SfnException e) {
        Outcomes.assertAwsError(e);
      }
      Outcomes.assertStillWorks(fake);
    });
  }

  @Provide
  Arbitrary<String> mutatedStates() {
    return Combinators.combine(cases(), Arbitraries.integers().between(0, 1000), Arbitraries.of(Mutations.Kind.values()),
        Arbitraries.integers().between(0, 100_000), RandomJson.values(2), Arbitraries.integers().between(0, 2))
        .as((recorded, pick, kind, target, value, times) -> {
          JsonNode states = Json.parseUnchecked(recorded.definition()).get("States");
          if (states == null || !states.isObject() || states.isEmpty()) {
            return "{\"Type\":\"Pass\",\"End\":true}";
          }
          List<String> names = new java.util.ArrayList<>();
          states.fieldNames().forEachRemaining(names::add);
          JsonNode state = states.get(names.get(pick % names.size())).deepCopy();
          for (int i = 0; i < times; i++) {
            Mutations.mutate(state, kind, target * (i + 1), value);
          }
          return Json.write(state);
        });
  }

  @Provide
  Arbitrary<String> inspectionLevels() {
    return Arbitraries.of("INFO", "DEBUG", "TRACE");
  }

  @Provide
  Arbitrary<Corpus.Case> cases() {
    List<Corpus.Case> cases = Corpus.cases();
    Assumptions.assumeFalse(cases.isEmpty(), "no conformance corpus found");
    return Arbitraries.of(cases);
  }

  @Provide
  Arbitrary<Corpus.Case> mutatedCases() {
    return Combinators.combine(cases(), Arbitraries.of(Mutations.Kind.values()), Arbitraries.integers().between(0, 100_000),
        RandomJson.values(2), Arbitraries.integers().between(1, 3))
        .as((recorded, kind, target, value, times) -> {
          JsonNode tree = Json.parseUnchecked(recorded.definition());
          for (int i = 0; i < times; i++) {
            Mutations.mutate(tree, kind, target * (i + 1), value);
          }
          return new Corpus.Case(Json.write(tree), recorded.input());
        });
  }

  @Provide
  Arbitrary<String> inputs() {
    return RandomJson.inputs();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsnul\\StartAtStates").ofMaxLength(200),
        RandomJson.values(3).map(Json::write));
  }
}
