package dev.sfntest.internal.live;

import dev.sfntest.core.ForwardingSfnClient;
import dev.sfntest.internal.sdk.FakeSfnClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ListStateMachineVersionsRequest;
import software.amazon.awssdk.services.sfn.model.ListStateMachineVersionsResponse;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/**
 * What one test created through its recording clients, and what it started: the state machines,
 * versions, aliases and activities to delete after it, the executions to stop. Thread-safe: a
 * worker thread of the test may create or start things too.
 *
 * <p>The create operations of Step Functions are idempotent: {@code CreateStateMachine} with the
 * name and definition of a machine that exists returns that machine, {@code CreateActivity} with
 * a name in use returns that activity, {@code PublishStateMachineVersion} of a revision already
 * published returns that version. What such a call "creates" belongs to someone else and must
 * outlive the test, so before each create the ledger asks the service whether the resource is
 * there already ({@link #exists}), and records it only when it was not. When it cannot tell (the
 * check itself failed), the resource is kept and reported as a leak, never deleted on a guess.
 */
public final class Ledger {

  /** Where a resource came from. */
  enum Origin {
    /** The test's call made it: delete it after the test. */
    CREATED,
    /** It existed before the test's call: never touch it. */
    EXISTED,
    /** The check failed: keep it, and report it. */
    UNKNOWN
  }

  /** A resource the ledger could not place, with the check's error. */
  record Unsure(String arn, String why) {}

  private final SfnClient service;
  private final Set<String> started = new LinkedHashSet<>();
  private final Set<String> machines = new LinkedHashSet<>();
  private final Set<String> versions = new LinkedHashSet<>();
  private final Set<String> aliases = new LinkedHashSet<>();
  private final Set<String> activities = new LinkedHashSet<>();
  private final Map<String, Unsure> unsure = new LinkedHashMap<>();
  /** {@code arn:aws:states:us-east-1:123456789012:}, once an ARN has shown it. */
  private String arnPrefix;

  /**
   * The in-JVM fake behind {@code service}, or {@code null}: it answers the checks before a create
   * directly (its ARN prefix, whether an ARN exists), where the API would take a listing and a
   * describe that fails with an exception, for every deployment of every test.
   */
  private final FakeSfnClient fake;

  /** @param service a client that records nothing, for the checks before a create */
  public Ledger(SfnClient service) {
    this.service = Objects.requireNonNull(service);
    this.fake = ForwardingSfnClient.unwrap(service) instanceof FakeSfnClient inJvm ? inJvm : null;
  }

  // ------------------------------------------------------------------ executions

  synchronized void started(String executionArn) {
    if (executionArn != null) {
      started.add(executionArn);
      learnPrefix(executionArn, ":execution:", ":express:");
    }
  }

  /** The executions the test started, oldest first. */
  public synchronized List<String> startedExecutions() {
    return List.copyOf(started);
  }

  // ------------------------------------------------------------------ before a create

  /** Whether a state machine of that name exists now (before the test creates one under it). */
  Origin stateMachineBefore(String name) {
    return before(prefix -> prefix + "stateMachine:" + name,
        arn -> service.describeStateMachine(b -> b.stateMachineArn(arn)));
  }

  /** Whether an activity of that name exists now. */
  Origin activityBefore(String name) {
    return before(prefix -> prefix + "activity:" + name, arn -> service.describeActivity(b -> b.activityArn(arn)));
  }

  /** Whether the alias exists now; an alias of a machine the test created is new unless recorded. */
  Origin aliasBefore(String machineArn, String name) {
    String aliasArn = machineArn + ":" + name;
    synchronized (this) {
      if (machines.contains(machineArn)) {
        return Origin.CREATED;
      }
    }
    return exists(() -> service.describeStateMachineAlias(b -> b.stateMachineAliasArn(aliasArn)));
  }

  /**
   * What a publish on {@code machineArn} can be told apart from: for a machine the test created,
   * nothing (all its versions are the test's); for another, the versions it has now.
   */
  VersionsBefore versionsBefore(String machineArn) {
    synchronized (this) {
      if (machines.contains(machineArn)) {
        return VersionsBefore.OF_OWN_MACHINE;
      }
    }
    try {
      Set<String> arns = new LinkedHashSet<>();
      String token = null;
      do {
        ListStateMachineVersionsResponse page = service.listStateMachineVersions(
            ListStateMachineVersionsRequest.builder().stateMachineArn(machineArn).nextToken(token).build());
        page.stateMachineVersions().forEach(v -> arns.add(v.stateMachineVersionArn()));
        token = page.nextToken();
      } while (token != null);
      return new VersionsBefore(false, arns, null);
    } catch (RuntimeException e) {
      return new VersionsBefore(false, Set.of(), e.getMessage());
    }
  }

  /**
   * The versions of a machine before a publish.
   *
   * @param ownMachine whether the test created the machine
   * @param existing the versions it had, when listed
   * @param error why they could not be listed, or {@code null}
   */
  record VersionsBefore(boolean ownMachine, Set<String> existing, String error) {
    static final VersionsBefore OF_OWN_MACHINE = new VersionsBefore(true, Set.of(), null);
  }

  // ------------------------------------------------------------------ after a create

  synchronized void stateMachineCreated(String arn, String versionArn, Origin origin) {
    learnPrefix(arn, ":stateMachine:");
    if (record(arn, origin, machines)) {
      record(versionArn, origin, versions);
    }
  }

  synchronized void activityCreated(String arn, Origin origin) {
    learnPrefix(arn, ":activity:");
    record(arn, origin, activities);
  }

  synchronized void aliasCreated(String arn, Origin origin) {
    record(arn, origin, aliases);
  }

  /** A version a publish returned; {@code before} is what {@link #versionsBefore} found. */
  synchronized void versionPublished(String versionArn, VersionsBefore before) {
    if (versionArn == null) {
      return;
    }
    if (before.ownMachine()) {
      versions.add(versionArn);
    } else if (before.error() != null) {
      unsure.putIfAbsent(versionArn, new Unsure(versionArn, "could not tell whether it existed before the test ("
          + before.error() + ")"));
    } else if (!before.existing().contains(versionArn)) {
      versions.add(versionArn);
    }
  }

  // ------------------------------------------------------------------ deleted by the test

  synchronized void stateMachineDeleted(String arn) {
    // AWS deletes a machine's versions and aliases with it
    machines.remove(arn);
    versions.removeIf(v -> v.startsWith(arn + ":"));
    aliases.removeIf(a -> a.startsWith(arn + ":"));
  }

  synchronized void versionDeleted(String arn) {
    versions.remove(arn);
  }

  synchronized void aliasDeleted(String arn) {
    aliases.remove(arn);
  }

  synchronized void activityDeleted(String arn) {
    activities.remove(arn);
  }

  // ------------------------------------------------------------------ for the clean-up

  /** What is left to clean, and forgets it: a second clean-up has nothing to do. */
  synchronized Inventory takeInventory() {
    Inventory inventory = new Inventory(List.copyOf(started), List.copyOf(aliases), List.copyOf(versions),
        List.copyOf(machines), List.copyOf(activities), List.copyOf(unsure.values()));
    started.clear();
    aliases.clear();
    versions.clear();
    machines.clear();
    activities.clear();
    unsure.clear();
    return inventory;
  }

  /** The ARNs of the state machines, versions, aliases and activities recorded and not yet deleted. */
  public synchronized List<String> created() {
    List<String> all = new ArrayList<>(machines);
    all.addAll(versions);
    all.addAll(aliases);
    all.addAll(activities);
    return all;
  }

  /** What a clean-up works through. */
  record Inventory(List<String> executions, List<String> aliases, List<String> versions, List<String> machines,
      List<String> activities, List<Unsure> unsure) {}

  // ------------------------------------------------------------------ helpers

  private boolean record(String arn, Origin origin, Set<String> into) {
    if (arn == null) {
      return false;
    }
    switch (origin) {
      case CREATED -> {
        into.add(arn);
        return true;
      }
      case UNKNOWN -> {
        unsure.putIfAbsent(arn, new Unsure(arn, "could not tell whether it existed before the test"));
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  private interface Describe {
    void call(String arn);
  }

  private interface ArnOf {
    String of(String prefix);
  }

  private Origin before(ArnOf arnOf, Describe describe) {
    if (fake != null) {
      try {
        return fake.exists(arnOf.of(fake.arnPrefix())) ? Origin.EXISTED : Origin.CREATED;
      } catch (RuntimeException e) {
        return Origin.UNKNOWN;
      }
    }
    String prefix;
    try {
      prefix = prefix();
    } catch (RuntimeException e) {
      return Origin.UNKNOWN;
    }
    if (prefix == null) {
      // Nothing in the account showed its ARN: there are no state machines and no activities,
      // so nothing can be there under this name.
      return Origin.CREATED;
    }
    String arn = arnOf.of(prefix);
    return exists(() -> {
      describe.call(arn);
      return null;
    });
  }

  /** {@link Origin#EXISTED} when the call answers, CREATED when the resource is not found. */
  private static Origin exists(Supplier<?> describe) {
    try {
      describe.get();
      return Origin.EXISTED;
    } catch (StateMachineDoesNotExistException | ActivityDoesNotExistException | ResourceNotFoundException e) {
      return Origin.CREATED;
    } catch (RuntimeException e) {
      return Origin.UNKNOWN;
    }
  }

  /**
   * The ARN prefix of the account and region: known from an ARN the test has seen, else read from
   * the first state machine or activity the service lists; {@code null} when it lists none.
   *
   * @throws RuntimeException when the service cannot be asked
   */
  private String prefix() {
    synchronized (this) {
      if (arnPrefix != null) {
        return arnPrefix;
      }
    }
    List<StateMachineListItem> machinesNow = service.listStateMachines(b -> b.maxResults(1)).stateMachines();
    if (!machinesNow.isEmpty()) {
      learnPrefix(machinesNow.get(0).stateMachineArn(), ":stateMachine:");
    } else {
      service.listActivities(b -> b.maxResults(1)).activities()
          .forEach(activity -> learnPrefix(activity.activityArn(), ":activity:"));
    }
    synchronized (this) {
      return arnPrefix;
    }
  }

  private synchronized void learnPrefix(String arn, String... markers) {
    if (arnPrefix != null || arn == null) {
      return;
    }
    for (String marker : markers) {
      int at = arn.indexOf(marker);
      if (at > 0) {
        arnPrefix = arn.substring(0, at + 1);
        return;
      }
    }
  }
}
