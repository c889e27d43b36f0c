package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.dashjoin.jsonata.Functions;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

/**
 * JSONata that would run for ever, or for minutes: an endless loop (a tail call, which grows no
 * stack) fails the state once evaluation passes its time bound, as AWS bounds it; {@code $pad}
 * with a wide width answers at once, the same string the library's quadratic version builds.
 */
class RunawayExpressionsTest {

  private FakeSfn fake;

  @BeforeEach
  @BeforeProperty
  void start() {
    fake = FakeSfn.create();
  }

  @AfterEach
  @AfterProperty
  void stop() {
    fake.close();
  }

  private DescribeExecutionResponse run(String expression) {
    String machine = fake.client().createStateMachine(b -> b.name(Outcomes.uniqueName("jsonata"))
        .roleArn(FakeSfn.ROLE_ARN).definition("{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"E\",\"States\":{\"E\":{"
            + "\"Type\":\"Pass\",\"Output\":" + RandomExpressions.template(expression) + ",\"End\":true}}}"))
        .stateMachineArn();
    String execution = fake.client().startExecution(b -> b.stateMachineArn(machine)).executionArn();
    return fake.client().describeExecution(b -> b.executionArn(execution));
  }

  @Test
  void an_endless_loop_fails_the_state_when_evaluation_passes_its_time_bound() {
    // WHEN
    DescribeExecutionResponse described = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> run("($f := function($n) { $f($n + 1) }; $f(1))"));

    // THEN
    assertThat(described.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(described.cause()).contains("Expression evaluation timeout");
    Outcomes.assertStillWorks(fake);
  }

  @Test
  void pad_to_a_million_characters_answers_at_once() {
    // WHEN the library alone took minutes for this
    DescribeExecutionResponse described = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> run("$length($pad('x', 1000000, 'ab'))"));

    // THEN
    assertThat(described.output()).isEqualTo("1000000");
  }

  @Test
  void pad_wider_than_its_guard_fails_the_state() {
    // WHEN
    DescribeExecutionResponse described = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> run("$pad('x', 1e12)"));

    // THEN
    assertThat(described.error()).isEqualTo("States.QueryEvaluationError");
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void pad_answers_what_the_library_answers(@ForAll("texts") String text,
      @ForAll @IntRange(min = -40, max = 40) int width, @ForAll("characters") String character) {
    // GIVEN
    String expected = Functions.pad(text, width, character);
    String call = "$pad(" + RandomExpressions.quoted(text) + ", " + width
        + (character == null ? "" : ", " + RandomExpressions.quoted(character)) + ")";

    // WHEN
    DescribeExecutionResponse described = run(call);

    // THEN
    assertThat(described.output()).isEqualTo(Json.write(Json.NODES.textNode(expected)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(10), Arbitraries.of("", "é😀", "a😀b"));
  }

  @Provide
  Arbitrary<String> characters() {
    return Arbitraries.oneOf(Arbitraries.of(null, "", " ", "-", "ab", "😀", "é😀x"), Arbitraries.strings().ofMaxLength(3));
  }
}
