package dev.sfntest.core.explore;

import dev.sfntest.internal.asl.Catcher;
import dev.sfntest.internal.asl.Retrier;
import dev.sfntest.internal.asl.TaskState;
import dev.sfntest.internal.engine.Failure;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.expr.ErrorNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The faults of one Task state, read from its definition: each error its {@code Retry} and {@code
 * Catch} name (and those of the Map and Parallel states around it), {@code States.TaskFailed}, the
 * integration's service errors, and a timeout and a
 * heartbeat timeout where the state sets them; each on 1, 2, ... attempts in a row, up to the
 * limit of the retrier that handles it plus one (the attempt after the last retry).
 */
final class TaskFaults {

  /** Errors a Task call can end with that its state's own processing never raises. */
  private static final Set<String> TASK_ERRORS = Set.of(ErrorNames.TASK_FAILED, "States.Permissions",
      ErrorNames.DATA_LIMIT_EXCEEDED);

  /**
   * What one Task state offers to explore.
   *
   * @param faults the faults, in the order: named errors, generic errors, timeouts; each by attempts
   * @param notExplored errors its handlers name that no call of it can end with, and why
   */
  record Catalogue(List<Fault> faults, List<NotExplored> notExplored) {}

  private TaskFaults() {}

  /**
   * @param enclosingNames the error names the Retry and Catch of the Map and Parallel states around
   *     the state name: a call can fail with them too, for those handlers to meet
   */
  static Catalogue of(String machine, TaskState state, ResourceKind kind, List<String> enclosingNames) {
    Map<String, Fault.Kind> errors = new LinkedHashMap<>();
    List<NotExplored> notExplored = new ArrayList<>();
    boolean timeout = state.timeout() != null;
    boolean heartbeat = state.heartbeat() != null;
    String heartbeatError = heartbeatError(kind);
    for (String name : handledNames(state)) {
      if (name.equals(ErrorNames.ALL)) {
        continue; // a wildcard: every fault below meets it
      }
      if (name.equals(ErrorNames.TIMEOUT)) {
        if (!timeout && !(heartbeat && heartbeatError.equals(ErrorNames.TIMEOUT))) {
          notExplored.add(new NotExplored(state.name() + ": " + name, "the state sets no TimeoutSeconds"
              + (kind.family() == ResourceKind.Family.SERVICE ? " or HeartbeatSeconds" : "")
              + ", so its calls never time out"));
        }
        continue; // explored as a timeout below
      }
      if (name.equals(ErrorNames.HEARTBEAT_TIMEOUT)) {
        if (!heartbeat) {
          notExplored.add(new NotExplored(state.name() + ": " + name,
              "the state sets no HeartbeatSeconds, so its calls never miss a heartbeat"));
        } else if (!heartbeatError.equals(name)) {
          notExplored.add(new NotExplored(state.name() + ": " + name, "AWS records a missed heartbeat of a "
              + "service integration as States.Timeout, which this handler does not name"));
        }
        continue;
      }
      if (name.startsWith("States.") && !TASK_ERRORS.contains(name)) {
        notExplored.add(new NotExplored(state.name() + ": " + name,
            "raised by the state's own processing, not by a call's answer"));
        continue;
      }
      errors.putIfAbsent(name, Fault.Kind.ERROR);
    }
    for (String name : enclosingNames) {
      // A container's own States.* errors (a branch failed, a threshold exceeded) are not a call's
      if (!name.startsWith("States.") || TASK_ERRORS.contains(name)) {
        errors.putIfAbsent(name, Fault.Kind.ERROR);
      }
    }
    errors.putIfAbsent(ErrorNames.TASK_FAILED, Fault.Kind.ERROR);
    for (String name : ServiceErrors.of(kind)) {
      errors.putIfAbsent(name, Fault.Kind.ERROR);
    }
    List<Fault> faults = new ArrayList<>();
    errors.forEach((error, faultKind) -> addAttempts(faults, machine, state, faultKind, error));
    if (timeout) {
      addAttempts(faults, machine, state, Fault.Kind.TIMEOUT, ErrorNames.TIMEOUT);
    }
    if (heartbeat) {
      addAttempts(faults, machine, state, Fault.Kind.HEARTBEAT_TIMEOUT, heartbeatError);
    }
    return new Catalogue(faults, notExplored);
  }

  /**
   * The error a missed heartbeat is recorded with: AWS reports a silent callback of a service
   * integration as {@code States.Timeout} (recorded), activities and Lambdas as the spec's {@code
   * States.HeartbeatTimeout}; the engine does the same (TaskVisit).
   */
  static String heartbeatError(ResourceKind kind) {
    return kind.family() == ResourceKind.Family.SERVICE ? ErrorNames.TIMEOUT : ErrorNames.HEARTBEAT_TIMEOUT;
  }

  private static void addAttempts(List<Fault> faults, String machine, TaskState state, Fault.Kind kind, String error) {
    int most = retriesOf(state, error) + 1;
    for (int attempts = 1; attempts <= most; attempts++) {
      faults.add(new Fault(machine, state.name(), kind, error, attempts));
    }
  }

  /** The MaxAttempts of the first retrier matching the error (the only one that applies), or 0. */
  static int retriesOf(TaskState state, String error) {
    Failure failure = Failure.of(error, null);
    for (Retrier retrier : state.errorHandling().retry()) {
      if (retrier.errorEquals().stream().anyMatch(failure::matches)) {
        return retrier.maxAttempts();
      }
    }
    return 0;
  }

  private static List<String> handledNames(TaskState state) {
    List<String> names = new ArrayList<>();
    for (Retrier retrier : state.errorHandling().retry()) {
      names.addAll(retrier.errorEquals());
    }
    for (Catcher catcher : state.errorHandling().catchers()) {
      names.addAll(catcher.errorEquals());
    }
    return names;
  }
}
