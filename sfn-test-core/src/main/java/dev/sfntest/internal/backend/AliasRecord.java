package dev.sfntest.internal.backend;

import java.time.Instant;
import java.util.List;

/**
 * An alias of a state machine: a name that routes executions to one or two versions by weight.
 * Replaced, not changed, by UpdateStateMachineAlias.
 *
 * @param arn {@code stateMachineArn:aliasName}
 * @param name the alias name
 * @param machine the state machine
 * @param description the description, or {@code null}
 * @param routes the routing configuration (one or two versions, weights summing to 100)
 * @param creationDate when it was created
 * @param updateDate when it last changed (its creation date until then)
 */
public record AliasRecord(
    String arn,
    String name,
    StateMachineRecord machine,
    String description,
    List<Route> routes,
    Instant creationDate,
    Instant updateDate) {

  /** One entry of the routing configuration. */
  public record Route(String versionArn, Integer weight) {}

  /** Whether the alias routes any executions to that version. */
  public boolean routesTo(String versionArn) {
    return routes.stream().anyMatch(r -> r.versionArn().equals(versionArn));
  }
}
