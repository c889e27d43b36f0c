package dev.sfntest.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.conformance.corpus.Tier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KnownDeviationsTest {

  private static final KnownDeviations LIST = KnownDeviations.parse(List.of(
      "# a comment", "", "a\tdiffers from AWS: event 3", "b\trecorded before AWS added redrive"));

  @Nested
  class parse {

    @Test
    void reads_ids_and_reasons_and_skips_comments() {
      // WHEN / THEN
      assertThat(LIST.ids()).containsExactly("a", "b");
      assertThat(LIST.reason("b")).isEqualTo("recorded before AWS added redrive");
    }

    @Test
    void refuses_lines_without_a_tab_and_ids_listed_twice() {
      // WHEN / THEN
      assertThatThrownBy(() -> KnownDeviations.parse(List.of("a reason"))).hasMessageStartingWith("line 1:");
      assertThatThrownBy(() -> KnownDeviations.parse(List.of("a\tx", "a\ty"))).hasMessage("line 2: a is listed twice");
    }
  }

  @Nested
  class problem {

    @Test
    void accepts_listed_failures_and_unlisted_passes() {
      // WHEN / THEN
      assertThat(LIST.problem(new CaseResult("a", Tier.C, Outcome.FAIL, "d"))).isNull();
      assertThat(LIST.problem(new CaseResult("c", Tier.A, Outcome.PASS, null))).isNull();
      assertThat(LIST.problem(new CaseResult("d", Tier.D, Outcome.SKIPPED, "tier D"))).isNull();
    }

    @Test
    void reports_a_regression() {
      // WHEN / THEN
      assertThat(LIST.problem(new CaseResult("c", Tier.A, Outcome.REJECTED, "CreateStateMachine refused: x")))
          .isEqualTo("c regressed (rejected): CreateStateMachine refused: x");
    }

    @Test
    void reports_a_listed_case_that_passes_now() {
      // WHEN / THEN
      assertThat(LIST.problem(new CaseResult("a", Tier.C, Outcome.PASS, null)))
          .isEqualTo("a passes now: remove it from known-deviations.txt");
    }

    @Test
    void reports_a_listed_skipped_case() {
      // WHEN / THEN
      assertThat(LIST.problem(new CaseResult("b", Tier.D, Outcome.SKIPPED, "tier D")))
          .isEqualTo("b is skipped (tier D) and must not be listed in known-deviations.txt");
    }
  }

  @Nested
  class unknownIds {

    @Test
    void reports_listed_ids_that_are_no_case() {
      // WHEN / THEN
      assertThat(LIST.unknownIds(List.of(new CaseResult("a", Tier.A, Outcome.FAIL, "d"))))
          .containsExactly("b is not a case of the corpus: remove it from known-deviations.txt");
    }
  }

  @Nested
  class render {

    @Test
    void lists_the_failures_grouped_by_reason() {
      // GIVEN
      List<CaseResult> results = List.of(
          new CaseResult("x2", Tier.C, Outcome.FAIL, "Task"),
          new CaseResult("x1", Tier.C, Outcome.FAIL, "Task"),
          new CaseResult("y", Tier.A, Outcome.ERROR, "Other"),
          new CaseResult("z", Tier.A, Outcome.PASS, null),
          new CaseResult("w", Tier.D, Outcome.SKIPPED, "tier D"));
      // WHEN
      String text = KnownDeviations.render(results, CaseResult::difference);
      // THEN
      assertThat(text).endsWith("\n# Task (2)\nx1\tTask\nx2\tTask\n\n# Other causes, one case each (1)\ny\tOther\n");
      assertThat(KnownDeviations.parse(List.of(text.split("\n"))).ids()).containsExactly("x1", "x2", "y");
    }
  }
}
