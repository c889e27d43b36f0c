package dev.sfntest.assertj;

import static dev.sfntest.assertj.error.ShouldHaveReachableState.shouldHaveReachableState;
import static dev.sfntest.assertj.error.ShouldHaveState.shouldHaveState;
import static dev.sfntest.assertj.error.ShouldHaveStateOfType.shouldHaveStateOfType;

import dev.sfntest.assertj.internal.Definition;
import dev.sfntest.core.StateMachine;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions about a state machine's definition, read with {@code DescribeStateMachine} (so they
 * run on the fake and live alike) and parsed as JSON. States of Parallel branches and Map item
 * processors count.
 *
 * <pre>{@code
 * assertThat(order).hasState("ChargeCard").hasStateOfType("ChargeCard", "Task").hasReachableState("Refund");
 * }</pre>
 */
public class StateMachineAssert extends AbstractObjectAssert<StateMachineAssert, StateMachine> {

  private Definition definition;

  /** Public: soft-assertion proxies need it. */
  public StateMachineAssert(StateMachine actual) {
    super(actual, StateMachineAssert.class);
  }

  /** Verifies the definition has a state of that name, at any depth. */
  public StateMachineAssert hasState(String name) {
    Objects.requireNonNull(name, "name");
    Definition read = definition();
    if (read.typeOf(name) == null) {
      throwAssertionError(shouldHaveState(context(), name, read.states()));
    }
    return myself;
  }

  /**
   * Verifies the definition has a state of that name and {@code Type}.
   *
   * <pre>{@code assertThat(order).hasStateOfType("Items", "Map");}</pre>
   */
  public StateMachineAssert hasStateOfType(String name, String type) {
    Objects.requireNonNull(type, "type");
    String actualType = definition().typeOf(Objects.requireNonNull(name, "name"));
    if (!type.equals(actualType)) {
      throwAssertionError(shouldHaveStateOfType(context(), name, type, actualType));
    }
    return myself;
  }

  /**
   * Verifies some path from {@code StartAt} reaches the state: through {@code Next}, Choice rules
   * and {@code Default}, {@code Catch}, and into the branches and item processors of reachable
   * Parallel and Map states.
   */
  public StateMachineAssert hasReachableState(String name) {
    Objects.requireNonNull(name, "name");
    Definition read = definition();
    if (!read.reachable().contains(name)) {
      throwAssertionError(shouldHaveReachableState(context(), name, read.typeOf(name) != null, read.reachable()));
    }
    return myself;
  }

  private String context() {
    return "definition of " + actual;
  }

  private Definition definition() {
    isNotNull();
    if (definition == null) {
      definition = Definition.parse(actual.describe().definition());
    }
    return definition;
  }
}
