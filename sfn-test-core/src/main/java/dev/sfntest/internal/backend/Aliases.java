package dev.sfntest.internal.backend;

import dev.sfntest.internal.engine.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * State machine aliases: Create, Describe, Update, Delete and ListStateMachineAliases, with the
 * routing rules AWS applies (one or two distinct versions of one machine, weights 0 to 100 that
 * sum to 100; messages as recorded), and the pick of a version by weight for StartExecution.
 *
 * <pre>{@code
 * aliases.create("prod", null, List.of(new AliasRecord.Route(v1Arn, 90), new AliasRecord.Route(v2Arn, 10)));
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html">Aliases</a>
 */
public final class Aliases {

  /** AWS's quota of aliases per state machine. */
  public static final int MAX_ALIASES = 100;

  private final Operations operations;
  private final StateMachines machines;
  private final Ids ids;

  Aliases(Operations operations, StateMachines machines, Ids ids) {
    this.operations = operations;
    this.machines = machines;
    this.ids = ids;
  }

  /**
   * CreateStateMachineAlias. Creating an alias again with the same description and routing returns
   * it; with another, {@code ConflictException} (recorded).
   */
  public AliasRecord create(String name, String description, List<AliasRecord.Route> routes) {
    return operations.call(() -> {
      Names.checkAlias(name);
      Constraints.length(description, "description", 0, 256);
      StateMachineRecord machine = checkRoutes(routes, null);
      if (machine.isDeleting()) {
        throw ApiException.stateMachineDeleting(machine.arn());
      }
      AliasRecord existing = machine.alias(name);
      if (existing != null) {
        if (Objects.equals(existing.description(), description) && existing.routes().equals(routes)) {
          return existing;
        }
        throw new ApiException("ConflictException", "Failed to create alias because an alias with the same name "
            + "and a different routing configuration already exists.");
      }
      if (machine.aliases().size() >= MAX_ALIASES) {
        throw new ApiException("ServiceQuotaExceededException", "Service Quota Exceeded: 'The state machine "
            + machine.arn() + " has reached the limit of " + MAX_ALIASES + " aliases'");
      }
      Instant now = machines.now();
      AliasRecord alias = new AliasRecord(Arns.alias(machine.arn(), name), name, machine, description,
          List.copyOf(routes), now, now);
      machine.putAlias(alias);
      return alias;
    });
  }

  /** DescribeStateMachineAlias. */
  public AliasRecord describe(String aliasArn) {
    return operations.call(() -> alias(aliasArn));
  }

  /** UpdateStateMachineAlias: a new description, routing, or both. */
  public AliasRecord update(String aliasArn, String description, List<AliasRecord.Route> routes) {
    return operations.call(() -> {
      AliasRecord alias = alias(aliasArn);
      Constraints.length(description, "description", 0, 256);
      if (description == null && routes == null) {
        // AWS documents a ValidationException; its text is not known.
        throw ApiException.validation("Either the description or the routing configuration must be specified");
      }
      if (routes != null) {
        checkRoutes(routes, alias.machine());
      }
      if (alias.machine().isDeleting()) {
        throw ApiException.stateMachineDeleting(alias.machine().arn());
      }
      AliasRecord updated = new AliasRecord(alias.arn(), alias.name(), alias.machine(),
          description == null ? alias.description() : description,
          routes == null ? alias.routes() : List.copyOf(routes), alias.creationDate(), machines.now());
      alias.machine().putAlias(updated);
      return updated;
    });
  }

  /** DeleteStateMachineAlias: an alias that does not exist is no error (recorded). */
  public void delete(String aliasArn) {
    operations.run(() -> {
      Arns.Parsed parsed = Arns.require(aliasArn, "stateMachineAliasArn", Arns.Kind.ALIAS);
      StateMachineRecord machine = machines.find(Arns.unqualified(parsed));
      if (machine != null) {
        machine.removeAlias(parsed.qualifier());
      }
    });
  }

  /**
   * ListStateMachineAliases of a machine, or of the machine of a version (then only the aliases that
   * route to that version), in creation order.
   */
  public Page<AliasRecord> list(String arn, Integer maxResults, String nextToken) {
    return operations.call(() -> {
      Arns.Parsed parsed = Arns.require(arn, "stateMachineArn", Arns.Kind.STATE_MACHINE, Arns.Kind.VERSION);
      List<AliasRecord> all;
      if (parsed.kind() == Arns.Kind.VERSION) {
        VersionRecord version = machines.version(parsed);
        all = version.machine().aliases().stream().filter(a -> a.routesTo(version.arn()))
            .collect(Collectors.toList());
      } else {
        all = machines.machine(arn).aliases();
      }
      return Page.of(all, maxResults, nextToken, "aliases:" + arn);
    });
  }

  /** The alias an alias ARN names, or AWS's {@code ResourceNotFound} (recorded). Under the lock. */
  AliasRecord alias(String aliasArn) {
    Arns.Parsed parsed = Arns.require(aliasArn, "stateMachineAliasArn", Arns.Kind.ALIAS);
    AliasRecord alias = machines.findAlias(parsed);
    if (alias == null) {
      throw ApiException.resourceNotFound();
    }
    return alias;
  }

  /**
   * Picks the version an execution through {@code alias} runs: a draw from the fake's seeded
   * generator, so that a weight of 90 sends about nine executions in ten to its version.
   */
  VersionRecord pick(AliasRecord alias) {
    int roll = ids.nextInt(100);
    int upTo = 0;
    AliasRecord.Route chosen = alias.routes().get(alias.routes().size() - 1);
    for (AliasRecord.Route route : alias.routes()) {
      upTo += route.weight();
      if (roll < upTo) {
        chosen = route;
        break;
      }
    }
    return machines.version(Arns.require(chosen.versionArn(), Arns.Kind.VERSION));
  }

  /**
   * Checks a routing configuration and returns the machine whose versions it names.
   *
   * @param machine the machine the versions must belong to, or {@code null} for any one machine
   */
  private StateMachineRecord checkRoutes(List<AliasRecord.Route> routes, StateMachineRecord machine) {
    Constraints.required(routes, "routingConfiguration");
    if (routes.isEmpty() || routes.size() > 2) {
      String listed = routes.stream()
          .map(r -> "RoutingConfigurationListItem(stateMachineVersionArn=" + r.versionArn() + ", weight="
              + r.weight() + ")")
          .collect(Collectors.joining(", ", "[", "]"));
      throw Constraints.failed("'" + listed + "'", "routingConfiguration", routes.isEmpty()
          ? "Member must have length greater than or equal to 1"
          : "Member must have length less than or equal to 2");
    }
    List<Integer> weights = new ArrayList<>();
    for (int i = 0; i < routes.size(); i++) {
      String member = "routingConfiguration." + (i + 1) + ".member.";
      Constraints.required(routes.get(i).versionArn(), member + "stateMachineVersionArn");
      Constraints.required(routes.get(i).weight(), member + "weight");
      Constraints.range(routes.get(i).weight(), member + "weight", 0, 100);
      weights.add(routes.get(i).weight());
    }
    List<String> arns = routes.stream().map(AliasRecord.Route::versionArn).collect(Collectors.toList());
    List<Arns.Parsed> parsed = new ArrayList<>();
    for (String arn : arns) {
      Arns.Parsed one = parseQuietly(arn);
      if (one == null || one.kind() != Arns.Kind.VERSION) {
        throw ApiException.validation("Routing configuration must contain state machine version ARNs. Received: "
            + arns);
      }
      parsed.add(one);
    }
    Set<String> distinct = new HashSet<>(arns);
    if (distinct.size() != arns.size()) {
      throw ApiException.validation("Routing configuration must contain distinct state machine version ARNs. "
          + "Received: " + arns);
    }
    Set<String> owners = parsed.stream().map(Arns::unqualified).collect(Collectors.toSet());
    if (owners.size() > 1 || (machine != null && !owners.contains(machine.arn()))) {
      // AWS's text is not known; the shape of its other routing messages is kept.
      throw ApiException.validation("Routing configuration must contain state machine version ARNs of the same "
          + "state machine. Received: " + arns);
    }
    if (weights.stream().mapToInt(Integer::intValue).sum() != 100) {
      throw ApiException.validation("Sum of routing configuration weights must equal 100. Received: " + weights);
    }
    StateMachineRecord owner = machines.find(owners.iterator().next());
    for (Arns.Parsed version : parsed) {
      if (owner == null || owner.version(version.versionNumber()) == null) {
        throw ApiException.resourceNotFound();
      }
    }
    return owner;
  }

  private static Arns.Parsed parseQuietly(String arn) {
    try {
      return Arns.parse(arn);
    } catch (ApiException e) {
      return null;
    }
  }
}
