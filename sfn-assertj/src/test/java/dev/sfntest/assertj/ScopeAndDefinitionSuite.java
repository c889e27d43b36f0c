package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static dev.sfntest.assertj.SfnInstanceOfAssertFactories.EXECUTION;
import static dev.sfntest.assertj.SfnInstanceOfAssertFactories.STATE_MACHINE;
import static dev.sfntest.assertj.error.ShouldHaveEndedAs.shouldHaveEndedAs;
import static dev.sfntest.assertj.error.ShouldHaveReachableState.shouldHaveReachableState;
import static dev.sfntest.assertj.error.ShouldHaveScope.shouldHaveScope;
import static dev.sfntest.assertj.error.ShouldHaveState.shouldHaveState;
import static dev.sfntest.assertj.error.ShouldHaveStateOfType.shouldHaveStateOfType;
import static org.assertj.core.api.BDDAssertions.then;

import dev.sfntest.assertj.internal.Describe;
import dev.sfntest.trace.Scope;
import dev.sfntest.trace.Trace;
import dev.sfntest.trace.Visit;
import dev.sfntest.core.Execution;
import dev.sfntest.core.StateMachine;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Iterations and branches that fail, abort and nest; the definition assertions; the
 * InstanceOfAssertFactory entries.
 */
abstract class ScopeAndDefinitionSuite extends SfnFixture {

  @Nested
  class FailingIteration {
    @Test
    void tells_the_failed_iteration_from_the_aborted_ones() {
      // GIVEN
      sfn.mockTask("Work").thenReturn("{}").takes(java.time.Duration.ofSeconds(30));
      // WHEN
      Execution execution = run("fragile", Workflows.FRAGILE_ITEMS, "[1, 20, 3]");
      // THEN
      assertThat(execution).hasSucceeded().hasVisitedStates("Recover")
          .state("Items").wasCaught("Item.TooBig").hasFailedWith("Item.TooBig");
      assertThat(execution).mapIteration(1).hasFailed().hasVisitedExactly("Check", "TooBig");
      assertThat(execution).mapIteration(0).wasAborted().hasVisitedExactly("Check", "Work")
          .history().containsEventTypesInOrder("MapIterationStarted", "TaskStateEntered", "TaskStateAborted");
      // the failure came before iteration 2 entered a state: only its start and abort were recorded
      assertThat(execution).mapIteration(2).wasAborted()
          .history().containsEventTypesInOrder("MapIterationStarted", "MapIterationAborted").hasSize(2);
    }

    @Test
    void fails_saying_how_the_iteration_ended() {
      // GIVEN
      sfn.mockTask("Work").thenReturn("{}").takes(java.time.Duration.ofSeconds(30));
      Execution execution = run("fragile", Workflows.FRAGILE_ITEMS, "[1, 20]");
      Scope iteration = Trace.of(execution.history()).root().visitsOf("Items").get(0).children().get(0);
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).mapIteration(0).hasSucceeded());
      // THEN
      then(error).hasMessage(shouldHaveEndedAs("iteration 0 of Map 'Items' of execution 'run-1'", "iteration",
          "succeeded", "it was aborted", iteration.events()).create());
    }
  }

  @Nested
  class NestedScopes {
    @Test
    void navigates_into_a_branch_of_an_iteration() {
      // GIVEN / WHEN
      Execution execution = run("nested", Workflows.NESTED, "['a', 'b']");
      // THEN
      assertThat(execution).hasSucceeded().enteredState("RightDone").times(2)
          .mapIteration(1).hasVisitedStates("Both", "Left", "Right", "RightDone")
          .branch(1).hasSucceeded().hasVisitedExactly("Right", "RightDone")
          .state("RightDone").hasInput("\"b\"");
      assertThat(execution).mapIteration(0).branch("Both", 0).hasVisitedExactly("Left").state("Left").hasOutput("\"a\"");
    }

    @Test
    void fails_naming_the_nested_scope() {
      // GIVEN
      Execution execution = run("nested", Workflows.NESTED, "['a']");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).mapIteration(0).branch(2));
      // THEN
      then(error).hasMessage(shouldHaveScope("iteration 0 of Map 'Outer' of execution 'run-1'", "Parallel", null, 2,
          List.of("Both"), List.of(0, 1)).create());
    }

    @Test
    void attributes_every_event_of_the_nested_states() {
      // GIVEN
      Execution execution = run("nested", Workflows.NESTED, "['a', 'b']");
      // WHEN
      Trace trace = Trace.of(execution.history());
      // THEN: each state event belongs to a visit of the state it names, in the right iteration
      then(trace.events()).allSatisfy(event -> {
        if (event.stateEnteredEventDetails() != null) {
          then(trace.visitOf(event).name()).isEqualTo(event.stateEnteredEventDetails().name());
        }
        if (event.stateExitedEventDetails() != null) {
          then(trace.visitOf(event).exited()).isSameAs(event);
        }
      });
      for (Scope iteration : trace.root().visitsOf("Outer").get(0).children()) {
        Visit left = iteration.visitsOf("Left").get(0);
        then(left.scope().owner().scope()).isSameAs(iteration);
        then(left.input().asText()).isEqualTo(iteration.index() == 0 ? "a" : "b");
      }
    }
  }

  @Nested
  class Definition {
    @Test
    void passes_on_states_types_and_reachability() {
      // GIVEN
      StateMachine machine = deploy("payment", Workflows.PAYMENT);
      // WHEN / THEN
      assertThat(machine).hasState("Refund").hasStateOfType("ChargeCard", "Task").hasReachableState("Refund");
      assertThat(deploy("nested", Workflows.NESTED)).hasStateOfType("Both", "Parallel").hasReachableState("RightDone");
    }

    @Test
    void fails_listing_the_states() {
      // GIVEN
      StateMachine machine = deploy("order", Workflows.ORDER);
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(machine).hasState("Refund"));
      // THEN
      then(error).hasMessage(shouldHaveState("definition of state machine 'order'", "Refund",
          List.of("Validate", "Route", "Ship", "Done", "Reject")).create());
    }

    @Test
    void fails_naming_the_actual_type() {
      // GIVEN
      StateMachine machine = deploy("order", Workflows.ORDER);
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(machine).hasStateOfType("Route", "Task"));
      // THEN
      then(error).hasMessage(shouldHaveStateOfType("definition of state machine 'order'", "Route", "Task", "Choice")
          .create());
    }

    @Test
    void fails_on_a_state_no_transition_reaches() {
      // GIVEN: AWS refuses unreachable states at creation, so only a missing one is left to find
      StateMachine machine = deploy("order", Workflows.ORDER);
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(machine).hasReachableState("Refund"));
      // THEN
      then(error).hasMessage(shouldHaveReachableState("definition of state machine 'order'", "Refund", false,
          List.of("Validate", "Route", "Reject", "Ship", "Done")).create());
    }
  }

  @Nested
  class InstanceOfAssertFactories {
    @Test
    void open_execution_and_state_machine_assertions_from_objects() {
      // GIVEN
      StateMachine machine = deploy("order", Workflows.ORDER);
      Object execution = start(machine, "run-1", "{'ok': true}");
      Object handle = machine;
      // WHEN / THEN
      org.assertj.core.api.Assertions.assertThat(execution).asInstanceOf(EXECUTION).hasSucceeded();
      org.assertj.core.api.Assertions.assertThat(handle).asInstanceOf(STATE_MACHINE).hasState("Ship");
      org.assertj.core.api.Assertions.assertThat(List.of(execution)).first(EXECUTION).hasVisitedStates("Ship");
    }

    @Test
    void fail_with_the_execution_message() {
      // GIVEN
      Execution execution = run("order", Workflows.ORDER, "{'ok': false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> org.assertj.core.api.Assertions.assertThat((Object) execution)
          .asInstanceOf(EXECUTION).hasSucceeded());
      // THEN
      then(error).hasMessage(dev.sfntest.assertj.error.ShouldHaveSucceeded.shouldHaveSucceeded(execution).create());
      then(Describe.execution(execution)).isEqualTo("execution 'run-1' of state machine 'order'");
    }
  }
}
