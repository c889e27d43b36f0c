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
 * stack) fails the state once evaluation passes its bound of steps, a deep recursion once it passes
 * its bound of depth, the same on any machine and thread; a runaway retried many times spends its
 * execution's budget once; {@code $pad} with a wide width answers at once, the same string the
 * library's quadratic version builds.
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
  void an_endless_loop_fails_the_state_when_evaluation_passes_its_bound_of_steps() {
    // WHEN
    DescribeExecutionResponse described = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> run("($f := function($n) { $f($n + 1) }; $f(1))"));

    // THEN
    assertThat(described.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(described.cause()).contains("Expression evaluation timeout: Check for infinite loop");
    Outcomes.assertStillWorks(fake);
  }

  @Test
  void a_recursion_that_is_not_a_tail_call_fails_at_its_bound_of_depth_on_any_thread() throws Exception {
    // GIVEN a small stack: the depth is counted, so the bound is met before the stack overflows
    String expression = "($f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000))";
    DescribeExecutionResponse[] onSmallStack = new DescribeExecutionResponse[1];
    Thread small = new Thread(null, () -> onSmallStack[0] = run(expression), "small-stack", 1024 * 1024);

    // WHEN
    small.start();
    small.join(20_000);
    DescribeExecutionResponse here = run(expression);

    // THEN the same failure, with JSONata's words
    assertThat(here.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(here.cause()).contains("Stack overflow error: Check for non-terminating recursive function.");
    assertThat(onSmallStack[0].cause()).isEqualTo(here.cause());
  }

  @Test
  void a_recursion_of_a_hundred_calls_answers() {
    // WHEN
    DescribeExecutionResponse described = run("($f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100))");

    // THEN
    assertThat(described.output()).isEqualTo("100");
  }

  @Test
  void a_retried_runaway_spends_its_executions_budget_once_and_holds_an_unrelated_start_only_that_long()
      throws Exception {
    // GIVEN a runaway in a Task's Arguments, retried a thousand times: with a bound of five seconds
    // per evaluation it held the fake's lock for over an hour, and every other caller with it
    String runaway = fake.client().createStateMachine(b -> b.name(Outcomes.uniqueName("retried"))
        .roleArn(FakeSfn.ROLE_ARN).definition("{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"T\",\"States\":{\"T\":{"
            + "\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f\","
            + "\"Arguments\":\"{% ($f := function(){ $f() }; $f()) %}\","
            + "\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"],\"IntervalSeconds\":1,\"BackoffRate\":1,"
            + "\"MaxAttempts\":1000}],\"End\":true}}}"))
        .stateMachineArn();
    String quick = fake.client().createStateMachine(b -> b.name(Outcomes.uniqueName("quick"))
        .roleArn(FakeSfn.ROLE_ARN).definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"))
        .stateMachineArn();
    java.util.concurrent.CompletableFuture<String> retried = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> fake.client().startExecution(b -> b.stateMachineArn(runaway)).executionArn());

    // WHEN an unrelated start comes meanwhile (bounded generously: a loaded CI machine is slow)
    String execution = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> fake.client().startExecution(b -> b.stateMachineArn(quick)).executionArn());
    String failed = retried.get(60, java.util.concurrent.TimeUnit.SECONDS);

    // THEN it ran; the runaway failed every attempt the same way, the last one ending the execution
    assertThat(fake.client().describeExecution(b -> b.executionArn(execution)).statusAsString()).isEqualTo("SUCCEEDED");
    DescribeExecutionResponse described = fake.client().describeExecution(b -> b.executionArn(failed));
    assertThat(described.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(described.cause()).contains("Expression evaluation timeout: Check for infinite loop");
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
