package dev.sfntest.internal.backend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * State machine versions: PublishStateMachineVersion, ListStateMachineVersions and
 * DeleteStateMachineVersion. A version freezes the machine's current revision under a number
 * that is never reused; publishing a revision that already has a version returns that version.
 *
 * <pre>{@code
 * VersionRecord v1 = versions.publish(machineArn, null, "first");
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html">Versions</a>
 */
public final class Versions {

  /** AWS's quota of versions per state machine. */
  public static final int MAX_VERSIONS = 1000;

  private final Operations operations;
  private final StateMachines machines;

  Versions(Operations operations, StateMachines machines) {
    this.operations = operations;
    this.machines = machines;
  }

  /**
   * PublishStateMachineVersion. With {@code revisionId}, refuses to publish unless it is the
   * current revision ({@code ConflictException}, AWS's message as recorded).
   */
  public VersionRecord publish(String stateMachineArn, String revisionId, String description) {
    return operations.call(() -> {
      Arns.require(stateMachineArn, "stateMachineArn", Arns.Kind.STATE_MACHINE);
      Constraints.length(description, "description", 0, 256);
      Constraints.length(revisionId, "revisionId", 0, 2048);
      StateMachineRecord machine = machines.machine(stateMachineArn);
      if (machine.isDeleting()) {
        throw ApiException.stateMachineDeleting(machine.arn());
      }
      if (revisionId != null && !revisionId.equals(machine.revisionId())) {
        throw new ApiException("ConflictException", "Failed to publish the State Machine version for revision "
            + revisionId + ". The current State Machine revision is " + machine.revisionId() + ".");
      }
      return publishCurrent(machine, description, machines.now());
    });
  }

  /**
   * Publishes the machine's current revision, or returns its version when it has one (AWS's
   * idempotency, recorded). Under the lock.
   */
  static VersionRecord publishCurrent(StateMachineRecord machine, String description, Instant now) {
    for (VersionRecord version : machine.versions()) {
      if (version.revision() == machine.revision()) {
        return version;
      }
    }
    if (machine.versions().size() >= MAX_VERSIONS) {
      throw new ApiException("ServiceQuotaExceededException", "Service Quota Exceeded: 'The state machine "
          + machine.arn() + " has reached the limit of " + MAX_VERSIONS + " versions'");
    }
    long number = machine.nextVersionNumber();
    VersionRecord version = new VersionRecord(Arns.version(machine.arn(), number), machine, number,
        machine.revision(), description, now);
    machine.addVersion(version);
    return version;
  }

  /** ListStateMachineVersions: newest first (recorded). */
  public Page<VersionRecord> list(String stateMachineArn, Integer maxResults, String nextToken) {
    return operations.call(() -> {
      Arns.require(stateMachineArn, "stateMachineArn", Arns.Kind.STATE_MACHINE);
      StateMachineRecord machine = machines.machine(stateMachineArn);
      List<VersionRecord> all = new ArrayList<>(machine.versions());
      Collections.reverse(all);
      return Page.of(all, maxResults, nextToken, "versions:" + stateMachineArn);
    });
  }

  /**
   * DeleteStateMachineVersion: refused while an alias routes to the version ({@code
   * ConflictException}, recorded); a version that does not exist is no error (recorded).
   */
  public void delete(String versionArn) {
    operations.run(() -> {
      Arns.Parsed parsed = Arns.require(versionArn, "stateMachineVersionArn", Arns.Kind.VERSION);
      StateMachineRecord machine = machines.find(Arns.unqualified(parsed));
      if (machine == null) {
        return;
      }
      List<String> aliases = machine.aliases().stream()
          .filter(alias -> alias.routesTo(versionArn))
          .map(AliasRecord::name)
          .collect(Collectors.toList());
      if (!aliases.isEmpty()) {
        throw new ApiException("ConflictException", "Version to be deleted must not be referenced by an alias. "
            + "Current list of aliases referencing this version: [" + String.join(", ", aliases) + "]");
      }
      machine.removeVersion(parsed.versionNumber());
    });
  }
}
