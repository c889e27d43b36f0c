package dev.sfntest.internal.backend;

import dev.sfntest.internal.engine.RunStatus;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The executions one state machine started through the API (a map run's children are its own),
 * indexed so that ListExecutions and DeleteStateMachine read only this machine's executions, and
 * a status filter only those of that status, however many executions the fake holds. Also keeps
 * the order in which they finished, for the retention of finished executions. Under the lock.
 */
final class MachineExecutions {

  private final NavigableMap<Long, ExecutionRecord> all = new TreeMap<>();
  private final Map<RunStatus, NavigableMap<Long, ExecutionRecord>> byStatus =
      new EnumMap<>(RunStatus.class);
  /** Finished executions, the earliest finished first. */
  private final Set<ExecutionRecord> finished = new LinkedHashSet<>();

  /** Every execution, by the order they started. */
  NavigableMap<Long, ExecutionRecord> all() {
    return all;
  }

  /** The executions of one status, by the order they started. */
  NavigableMap<Long, ExecutionRecord> withStatus(RunStatus status) {
    return byStatus.computeIfAbsent(status, s -> new TreeMap<>());
  }

  boolean hasRunning() {
    NavigableMap<Long, ExecutionRecord> running = byStatus.get(RunStatus.RUNNING);
    return running != null && !running.isEmpty();
  }

  void add(ExecutionRecord record) {
    all.put(record.sequence(), record);
    file(record);
  }

  /** Files the execution under its status now (it started, ended, or was redriven). */
  void file(ExecutionRecord record) {
    RunStatus now = record.run().status();
    RunStatus before = record.filedAs();
    record.fileAs(now);
    if (before != null && before != now) {
      byStatus.get(before).remove(record.sequence());
    }
    withStatus(now).put(record.sequence(), record);
    if (now == RunStatus.RUNNING) {
      finished.remove(record);
    } else if (before != now) {
      finished.add(record);
    }
  }

  /** How many finished executions this machine keeps. */
  int finishedCount() {
    return finished.size();
  }

  /** Takes out the execution that finished earliest; {@code null} when none has. */
  ExecutionRecord removeEarliestFinished() {
    Iterator<ExecutionRecord> earliest = finished.iterator();
    if (!earliest.hasNext()) {
      return null;
    }
    ExecutionRecord record = earliest.next();
    earliest.remove();
    all.remove(record.sequence());
    RunStatus status = record.filedAs();
    record.fileAs(null);
    if (status != null) {
      byStatus.get(status).remove(record.sequence());
    }
    return record;
  }
}
