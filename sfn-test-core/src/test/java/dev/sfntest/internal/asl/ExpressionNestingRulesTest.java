package dev.sfntest.internal.asl;

import static dev.sfntest.internal.asl.Asl.assertAccepted;
import static dev.sfntest.internal.asl.Asl.error;
import static dev.sfntest.internal.asl.Asl.errors;
import static dev.sfntest.internal.asl.Asl.jsonata;
import static dev.sfntest.internal.asl.Asl.one;
import static dev.sfntest.internal.asl.Asl.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.internal.expr.ExpressionNesting;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Expressions nest at most {@link ExpressionNesting#MAX_DEPTH} brackets deep, checked before
 * parsing, so a definition gets the same answer on every call and on every thread, whatever the
 * stack size or the JIT has done (a stack overflow caught mid-parse would not).
 */
class ExpressionNestingRulesTest {

  private static final int LIMIT = ExpressionNesting.MAX_DEPTH;

  /** The three parsers that recurse per bracket, each fed an expression nested {@code depth} deep. */
  enum Kind {
    JSONATA {
      @Override
      String definition(int depth) {
        return jsonata("{\"Type\": \"Pass\", \"Output\": \"{% " + "(".repeat(depth) + "1" + ")".repeat(depth)
            + " %}\", \"End\": true}");
      }
    },
    INTRINSIC {
      @Override
      String definition(int depth) {
        // The call's own parenthesis is one level: depth - 1 calls inside a States.Array(...).
        return one("{\"Type\": \"Pass\", \"Parameters\": {\"a.$\": \"" + "States.Array(".repeat(depth) + "1"
            + ")".repeat(depth) + "\"}, \"End\": true}");
      }
    },
    JSONPATH_FILTER {
      @Override
      String definition(int depth) {
        // [?( ... )] is two levels; the rest are parentheses around the filter's path.
        return one("{\"Type\": \"Pass\", \"InputPath\": \"$[?(" + "(".repeat(depth - 2) + "@.a" + ")".repeat(depth - 2)
            + ")]\", \"End\": true}");
      }
    };

    abstract String definition(int depth);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void an_expression_nested_to_the_limit_is_accepted(Kind kind) {
    // GIVEN / WHEN / THEN
    assertAccepted(kind.definition(LIMIT));
  }

  @Test
  void a_jsonata_expression_nested_past_the_limit_does_not_parse() {
    // GIVEN / WHEN / THEN
    assertThat(errors(Kind.JSONATA.definition(LIMIT + 1))).containsExactly(
        error(Diagnostic.INVALID_JSONATA_EXPRESSION, ExpressionNesting.TOO_DEEP, "/States/S/Output"));
  }

  @Test
  void an_intrinsic_call_nested_past_the_limit_is_not_a_path_or_call() {
    // GIVEN / WHEN / THEN
    assertThat(errors(Kind.INTRINSIC.definition(LIMIT + 1))).singleElement()
        .satisfies(d -> assertThat(d.location()).isEqualTo("/States/S/Parameters"));
  }

  @Test
  void a_filter_nested_past_the_limit_is_not_a_jsonpath() {
    // GIVEN / WHEN / THEN
    assertThat(errors(Kind.JSONPATH_FILTER.definition(LIMIT + 1))).containsExactly(
        schema(Messages.NOT_A_JSONPATH, "/States/S/InputPath"));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void the_answer_is_the_same_on_a_small_stack_and_on_every_call(Kind kind) throws InterruptedException {
    // GIVEN a thread with a quarter of the usual stack, parsing cold and then warm
    List<String> answers = new ArrayList<>();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread small = new Thread(null, () -> {
      try {
        for (int call = 0; call < 20; call++) {
          for (int depth : new int[] {LIMIT, LIMIT + 1, 40 * LIMIT}) {
            answers.add(depth + ":" + errors(kind.definition(depth)));
          }
        }
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "small-stack", 256 * 1024);

    // WHEN
    small.start();
    small.join(60_000);

    // THEN no overflow, the limit accepted and everything past it refused, identically each time
    assertThat(thrown.get()).isNull();
    assertThat(answers).hasSize(60);
    assertThat(answers.subList(0, 3)).satisfiesExactly(
        limit -> assertThat(limit).isEqualTo(LIMIT + ":[]"),
        past -> assertThat(past).startsWith((LIMIT + 1) + ":[").isNotEqualTo((LIMIT + 1) + ":[]"),
        far -> assertThat(far).startsWith((40 * LIMIT) + ":[").isNotEqualTo((40 * LIMIT) + ":[]"));
    for (int call = 1; call < 20; call++) {
      assertThat(answers.subList(3 * call, 3 * call + 3)).isEqualTo(answers.subList(0, 3));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"JSONATA", "INTRINSIC"})
  void an_expression_nested_to_the_limit_evaluates_on_a_small_stack(Kind kind) throws InterruptedException {
    // GIVEN a machine whose expression nests to the limit, run on a thread with a quarter of the usual stack
    AtomicReference<Execution> run = new AtomicReference<>();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread small = new Thread(null, () -> {
      try (FakeSfn fake = FakeSfn.create()) {
        Execution execution = SfnTestContext.of(fake).deploy("deep", kind.definition(LIMIT)).start("{\"a\": 1}");
        execution.output();
        run.set(execution);
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "small-stack", 256 * 1024);

    // WHEN
    small.start();
    small.join(60_000);

    // THEN it ran to the end: the JSONata answers 1, the intrinsic an array nested to the limit
    assertThat(thrown.get()).isNull();
    assertThat(run.get().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    String output = run.get().output().toString();
    assertThat(output).isEqualTo(kind == Kind.JSONATA ? "1" : "{\"a\":" + "[".repeat(LIMIT) + "1" + "]".repeat(LIMIT) + "}");
  }
}
