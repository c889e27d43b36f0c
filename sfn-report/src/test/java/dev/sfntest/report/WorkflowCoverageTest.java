package dev.sfntest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkflowCoverageTest {

  @Nested
  class report {

    @Test
    void counts_every_state_transition_and_retrier_of_the_executions() {
      // GIVEN
      WorkflowCoverage coverage = new WorkflowCoverage();

      // WHEN
      coverage.add(Runs.orderShipped());
      coverage.add(Runs.orderDeclined());
      MachineCoverage order = coverage.report().machine("order").orElseThrow();

      // THEN
      assertThat(order.executions()).isEqualTo(2);
      assertThat(order.stateCounts()).containsExactly(entry("Validate", 2), entry("ManualReview", 1),
          entry("ChargeCard", 2), entry("Fulfil", 1), entry("PackItems", 1), entry("Pack", 2), entry("Receipt", 1),
          entry("Ship", 1), entry("Refund", 0), entry("Failed", 0), entry("Rejected", 1));
      assertThat(order.transitionCounts()).containsExactly(
          entry("Validate -> ManualReview (Choices[0])", 1),
          entry("Validate -> Rejected (Choices[1,2])", 0),
          entry("Validate -> ChargeCard (Default)", 1),
          entry("ManualReview -> ChargeCard (Next)", 1),
          entry("ChargeCard -> Fulfil (Next)", 1),
          entry("ChargeCard -> Rejected (Catch[0])", 1),
          entry("ChargeCard -> Refund (Catch[1])", 0),
          entry("Fulfil -> Ship (Next)", 1),
          entry("Refund -> Failed (Next)", 0),
          entry("ChargeCard Retry[0]", 2),
          entry("ChargeCard Retry[1]", 0));
    }

    @Test
    void lists_what_was_never_exercised_and_the_ratios() {
      // GIVEN
      WorkflowCoverage coverage = new WorkflowCoverage();

      // WHEN
      coverage.add(Runs.orderShipped());
      coverage.add(Runs.orderDeclined());
      MachineCoverage order = coverage.report().machine("order").orElseThrow();

      // THEN
      assertThat(order.uncoveredStates()).containsExactly("Refund", "Failed");
      assertThat(order.uncoveredTransitions()).containsExactly("Validate -> Rejected (Choices[1,2])",
          "ChargeCard -> Refund (Catch[1])", "Refund -> Failed (Next)", "ChargeCard Retry[1]");
      assertThat(order.states()).isEqualTo(new Ratio(9, 11));
      assertThat(order.transitions()).isEqualTo(new Ratio(7, 11));
      assertThat(order.choiceBranches()).isEqualTo(new Ratio(2, 3));
      assertThat(order.transitions()).hasToString("7/11 (63.6%)");
    }

    @Test
    void merges_the_executions_of_a_test_run() {
      // GIVEN
      WorkflowCoverage coverage = new WorkflowCoverage();
      coverage.add(Runs.orderShipped());
      MachineCoverage first = coverage.report().machine("order").orElseThrow();

      // WHEN
      coverage.add(Runs.orderShipped());
      MachineCoverage both = coverage.report().machine("order").orElseThrow();

      // THEN the same things covered, each counted twice
      assertThat(both.coveredTransitions()).isEqualTo(first.coveredTransitions());
      assertThat(both.stateCounts().get("Pack")).isEqualTo(4);
      assertThat(both.transitionCounts().get("ChargeCard Retry[0]")).isEqualTo(4);
    }

    @Test
    void keeps_two_definitions_of_one_name_apart() {
      // GIVEN
      WorkflowCoverage coverage = new WorkflowCoverage();
      ExecutionRecord shipped = Runs.orderShipped();
      String changed = shipped.definition().replace("\"Comment\": \"An order", "\"Comment\": \"A changed order");

      // WHEN
      coverage.add(shipped);
      coverage.add(new ExecutionRecord("order", "other", changed, shipped.events()));

      // THEN
      assertThat(coverage.report().machines()).extracting(MachineCoverage::name).containsExactly("order",
          "order (2)");
    }

    @Test
    void sums_the_ratios_over_every_state_machine() {
      // GIVEN
      WorkflowCoverage coverage = new WorkflowCoverage();
      coverage.add(Runs.orderDeclined());
      coverage.add(Runs.run("choice.asl.json", "{\"kind\": \"b\"}", fake -> { }));

      // WHEN
      CoverageReport report = coverage.report();

      // THEN
      assertThat(report.machines()).extracting(MachineCoverage::name).containsExactly("choice", "order");
      MachineCoverage choice = report.machine("choice").orElseThrow();
      assertThat(report.states()).isEqualTo(choice.states().plus(report.machine("order").orElseThrow().states()));
      assertThat(report.choiceBranches()).isEqualTo(
          choice.choiceBranches().plus(report.machine("order").orElseThrow().choiceBranches()));
    }
  }

  @Nested
  class choice_branches {

    @Test
    void count_rules_that_lead_to_one_state_as_one_branch_and_a_default_among_them() {
      // WHEN
      WorkflowCoverage coverage = new WorkflowCoverage();
      coverage.add(Runs.run("choice.asl.json", "{\"kind\": \"b\"}", fake -> { }));
      MachineCoverage choice = coverage.report().machine("choice").orElseThrow();

      // THEN
      assertThat(choice.choiceBranchCounts()).containsExactly(entry("Route -> A (Choices[0])", 0),
          entry("Route -> B (Choices[1,2]+Default)", 1), entry("Route -> C (Choices[3])", 0));
    }
  }

  @Nested
  class catchers {

    @Test
    void are_told_apart_by_the_error_when_they_lead_to_the_same_state() {
      // GIVEN Catch[0] (Payment.Declined) and Catch[1] (States.ALL) both lead to Refund
      WorkflowCoverage coverage = new WorkflowCoverage();

      // WHEN
      coverage.add(Runs.run("catch.asl.json", "{}", fake -> fake.mockTask("Charge").thenFail("Other", "x")));
      MachineCoverage machine = coverage.report().machine("catch").orElseThrow();

      // THEN
      assertThat(machine.coveredTransitions()).containsExactly("Charge -> Refund (Catch[1])", "Refund -> Done (Next)");
    }

    @Test
    void and_from_next_when_it_leads_there_too() {
      // WHEN
      WorkflowCoverage coverage = new WorkflowCoverage();
      coverage.add(Runs.run("catch.asl.json", "{}", fake -> fake.mockTask("Charge").thenReturn("{}")));
      MachineCoverage machine = coverage.report().machine("catch").orElseThrow();

      // THEN
      assertThat(machine.coveredTransitions()).containsExactly("Charge -> Refund (Next)", "Refund -> Done (Next)");
      assertThat(machine.uncoveredTransitions()).containsExactly("Charge -> Refund (Catch[0])",
          "Charge -> Refund (Catch[1])");
    }
  }

  @Test
  void reads_nothing_from_an_empty_collector() {
    assertThat(new WorkflowCoverage().report().machines()).isEqualTo(List.of());
    assertThat(new WorkflowCoverage().isEmpty()).isTrue();
  }
}
