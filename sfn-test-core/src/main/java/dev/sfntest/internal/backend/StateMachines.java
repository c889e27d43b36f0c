package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.StateMachineDefinition;
import dev.sfntest.internal.engine.Ids;
import dev.sfntest.internal.engine.Scheduler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The state machines of one fake: CreateStateMachine, DescribeStateMachine (of a machine or a
 * version), UpdateStateMachine, DeleteStateMachine and ListStateMachines, with AWS's rules.
 *
 * <pre>{@code
 * StateMachines.Created created = machines.create(new StateMachines.NewMachine("order", definition,
 *     roleArn, "STANDARD", null, null, null, true, "first", List.of()));
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html">CreateStateMachine</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_UpdateStateMachine.html">UpdateStateMachine</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_DeleteStateMachine.html">DeleteStateMachine</a>
 */
public final class StateMachines {

  /** A CreateStateMachine request. {@code publish} and the configurations may be {@code null}. */
  public record NewMachine(String name, String definition, String roleArn, String type, JsonNode logging,
      JsonNode tracing, JsonNode encryption, Boolean publish, String versionDescription,
      List<Map.Entry<String, String>> tags) {}

  /** What CreateStateMachine answers: the machine, and the version when it was published. */
  public record Created(StateMachineRecord machine, VersionRecord version) {}

  /** An UpdateStateMachine request; {@code null} members are left as they are. */
  public record Change(String stateMachineArn, String definition, String roleArn, JsonNode logging,
      JsonNode tracing, JsonNode encryption, Boolean publish, String versionDescription) {}

  /** What UpdateStateMachine answers. */
  public record Updated(Instant updateDate, String revisionId, VersionRecord version) {}

  /**
   * A state machine or one of its versions, as DescribeStateMachine shows it.
   *
   * @param arn the machine's or the version's ARN
   * @param machine the state machine
   * @param revision the machine's current revision, or the version's
   * @param description the version's description, or {@code null}
   * @param creationDate the machine's or the version's creation date
   * @param status the machine's status at that moment (ACTIVE or DELETING)
   */
  public record View(String arn, StateMachineRecord machine, Revision revision, String description,
      Instant creationDate, String status) {}

  private final Operations operations;
  private final Arns arns;
  private final Ids ids;
  private final Scheduler scheduler;
  private final Predicate<StateMachineRecord> hasRunningExecutions;
  private final Map<String, StateMachineRecord> machines = new LinkedHashMap<>();

  StateMachines(Operations operations, Arns arns, Ids ids, Predicate<StateMachineRecord> hasRunningExecutions) {
    this.operations = operations;
    this.arns = arns;
    this.ids = ids;
    this.scheduler = operations.scheduler();
    this.hasRunningExecutions = hasRunningExecutions;
  }

  // ------------------------------------------------------------------ create

  /**
   * Creates a state machine. A request that repeats the one a machine was created with (same name,
   * definition, type, configurations, publish and version description) returns that machine: AWS
   * ignores a different role or tags then.
   */
  public Created create(NewMachine request) {
    return operations.call(() -> {
      Names.check(request.name());
      String type = request.type() == null ? "STANDARD" : request.type();
      Constraints.oneOf(type, "type", List.of("STANDARD", "EXPRESS"));
      Constraints.required(request.definition(), "definition");
      Configurations.checkRoleArn(request.roleArn());
      boolean publish = Boolean.TRUE.equals(request.publish());
      checkVersionDescription(publish, request.versionDescription());
      Configurations.checkLogging(request.logging());
      Configurations.checkEncryption(request.encryption());
      Map<String, String> tags = Tags.checked(request.tags(), request.name());
      StateMachineDefinition definition = Definitions.parse(request.definition(), type);
      String arn = arns.stateMachine(request.name());
      Instant now = scheduler.now();
      Revision revision = new Revision(request.definition(), definition, request.roleArn(), request.logging(),
          request.tracing(), request.encryption(), null, now);
      StateMachineRecord existing = machines.get(arn);
      if (existing != null) {
        return repeated(existing, type, revision, publish, request.versionDescription());
      }
      StateMachineRecord machine = new StateMachineRecord(arn, request.name(), type, now, revision, publish,
          request.versionDescription());
      machine.tags().putAll(tags);
      machines.put(arn, machine);
      VersionRecord version = publish ? Versions.publishCurrent(machine, request.versionDescription(), now) : null;
      return new Created(machine, version);
    });
  }

  /** CreateStateMachine's idempotency: the same request again returns the machine unchanged. */
  private Created repeated(StateMachineRecord existing, String type, Revision requested, boolean publish,
      String versionDescription) {
    if (existing.isDeleting()) {
      throw ApiException.stateMachineDeleting(existing.arn());
    }
    Revision current = existing.revision();
    boolean same = existing.type().equals(type)
        && current.definitionText().equals(requested.definitionText())
        && Objects.equals(current.logging(), requested.logging())
        && Objects.equals(current.tracing(), requested.tracing())
        && Objects.equals(current.encryption(), requested.encryption())
        && existing.createdWithPublish() == publish
        && Objects.equals(existing.createdVersionDescription(), versionDescription);
    if (!same) {
      throw new ApiException("StateMachineAlreadyExists", "State Machine Already Exists: '" + existing.arn() + "'");
    }
    VersionRecord version = publish ? existing.version(1) : null;
    return new Created(existing, version);
  }

  static void checkVersionDescription(boolean publish, String versionDescription) {
    Constraints.length(versionDescription, "versionDescription", 0, 256);
    if (versionDescription != null && !publish) {
      throw ApiException.validation("Version description can only be set when publish is true");
    }
  }

  // ------------------------------------------------------------------ describe and list

  /** DescribeStateMachine: a state machine or a version. */
  public View describe(String arn) {
    return operations.call(() -> view(arn));
  }

  View view(String arn) {
    Arns.Parsed parsed = Arns.require(arn, "stateMachineArn", Arns.Kind.STATE_MACHINE, Arns.Kind.VERSION);
    if (parsed.kind() == Arns.Kind.VERSION) {
      VersionRecord version = version(parsed);
      return new View(version.arn(), version.machine(), version.revision(), version.description(),
          version.creationDate(), version.machine().status());
    }
    StateMachineRecord machine = machine(arn);
    return new View(machine.arn(), machine, machine.revision(), null, machine.creationDate(), machine.status());
  }

  /** ListStateMachines: by name, as AWS lists them (recorded). */
  public Page<StateMachineRecord> list(Integer maxResults, String nextToken) {
    return operations.call(() -> {
      List<StateMachineRecord> all = new ArrayList<>(machines.values());
      all.sort(Comparator.comparing(StateMachineRecord::name));
      return Page.of(all, maxResults, nextToken, "stateMachines");
    });
  }

  // ------------------------------------------------------------------ update

  /**
   * UpdateStateMachine: a change of definition, role or configuration makes a new revision (an
   * update that changes nothing keeps the revision and its id, recorded); {@code publish} then
   * publishes it, or returns the version already published for it.
   */
  public Updated update(Change change) {
    return operations.call(() -> {
      Arns.require(change.stateMachineArn(), "stateMachineArn", Arns.Kind.STATE_MACHINE);
      StateMachineRecord machine = machine(change.stateMachineArn());
      if (change.definition() == null && change.roleArn() == null && change.logging() == null
          && change.tracing() == null && change.encryption() == null) {
        throw new ApiException("MissingRequiredParameter",
            "Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified");
      }
      boolean publish = Boolean.TRUE.equals(change.publish());
      checkVersionDescription(publish, change.versionDescription());
      if (change.roleArn() != null) {
        Configurations.checkRoleArn(change.roleArn());
      }
      Configurations.checkLogging(change.logging());
      Configurations.checkEncryption(change.encryption());
      if (machine.isDeleting()) {
        throw ApiException.stateMachineDeleting(machine.arn());
      }
      Revision current = machine.revision();
      StateMachineDefinition definition = change.definition() == null ? current.definition()
          : Definitions.parse(change.definition(), machine.type());
      Instant now = scheduler.now();
      Revision proposed = new Revision(
          change.definition() == null ? current.definitionText() : change.definition(), definition,
          change.roleArn() == null ? current.roleArn() : change.roleArn(),
          change.logging() == null ? current.logging() : change.logging(),
          change.tracing() == null ? current.tracing() : change.tracing(),
          change.encryption() == null ? current.encryption() : change.encryption(),
          null, now);
      if (!proposed.sameConfiguration(current)) {
        machine.setRevision(new Revision(proposed.definitionText(), proposed.definition(), proposed.roleArn(),
            proposed.logging(), proposed.tracing(), proposed.encryption(), ids.uuid(), now));
      }
      VersionRecord version = publish ? Versions.publishCurrent(machine, change.versionDescription(), now) : null;
      return new Updated(now, machine.revisionId(), version);
    });
  }

  // ------------------------------------------------------------------ delete

  /**
   * DeleteStateMachine: asynchronous, as on AWS. The machine turns DELETING and is removed, with its
   * versions and aliases, once no execution of it runs; running executions go on. Deleting a machine
   * that does not exist succeeds (recorded); a version or alias ARN is refused.
   */
  public void delete(String arn) {
    operations.run(() -> {
      Arns.Parsed parsed = Arns.parse(arn, "stateMachineArn");
      if (parsed.kind() == Arns.Kind.VERSION || parsed.kind() == Arns.Kind.ALIAS) {
        // AWS documents a ValidationException for qualified ARNs; its text is not known.
        throw ApiException.validation("Invalid Arn: 'A qualified state machine ARN cannot be deleted "
            + "with DeleteStateMachine: " + arn + "'");
      }
      Arns.require(arn, "stateMachineArn", Arns.Kind.STATE_MACHINE);
      StateMachineRecord machine = machines.get(arn);
      if (machine != null) {
        machine.markDeleting();
        removeIfDone(machine);
      }
    });
  }

  /** Removes a DELETING machine once its last execution ended. Under the lock. */
  void removeIfDone(StateMachineRecord machine) {
    if (machine.isDeleting() && !hasRunningExecutions.test(machine)) {
      machines.remove(machine.arn());
    }
  }

  // ------------------------------------------------------------------ lookups (under the lock)

  /** The clock's instant. */
  Instant now() {
    return scheduler.now();
  }

  /** Every machine, in creation order. */
  java.util.Collection<StateMachineRecord> all() {
    return new ArrayList<>(machines.values());
  }

  /** Puts back a machine saved before a restart ({@link SavedDefinitions}). */
  void restore(StateMachineRecord machine) {
    machines.put(machine.arn(), machine);
  }

  /** The machine with that unqualified ARN, or {@code null}. */
  StateMachineRecord find(String arn) {
    return machines.get(arn);
  }

  /** The machine with that unqualified ARN, or AWS's {@code StateMachineDoesNotExist}. */
  StateMachineRecord machine(String arn) {
    StateMachineRecord machine = machines.get(arn);
    if (machine == null) {
      throw ApiException.stateMachineDoesNotExist(arn);
    }
    return machine;
  }

  /** The version a version ARN names, or {@code StateMachineDoesNotExist} (recorded). */
  VersionRecord version(Arns.Parsed parsed) {
    StateMachineRecord machine = machines.get(Arns.unqualified(parsed));
    VersionRecord version = machine == null ? null : machine.version(parsed.versionNumber());
    if (version == null) {
      throw ApiException.stateMachineDoesNotExist(parsed.arn());
    }
    return version;
  }

  /** The alias an alias ARN names, or {@code null}. */
  AliasRecord findAlias(Arns.Parsed parsed) {
    StateMachineRecord machine = machines.get(Arns.unqualified(parsed));
    return machine == null ? null : machine.alias(parsed.qualifier());
  }
}
