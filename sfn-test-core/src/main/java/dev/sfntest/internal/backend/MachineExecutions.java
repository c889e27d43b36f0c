package dev.sfntest.internal.backend;

import dev.sfntest.internal.engine.RunStatus;
import java.util.Comparator;
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
 *
 * <p>The index by status and the finishing order are built the first time they are asked for,
 * then kept up to date: most fakes are never listed by status nor keep only some executions, and
 * keeping both for every execution that starts and ends was a good part of a short execution's
 * cost. Until then an execution only counts as running or finished, and notes its finishing turn.
 */
final class MachineExecutions {

  private final NavigableMap<Long, ExecutionRecord> all = new TreeMap<>();
  /** How many of {@link #all} are filed as RUNNING. */
  private int running;
  /** How many times one of them finished: the next finishing turn. */
  private long finishings;
  /** The executions of each status, by the order they started; {@code null} until first asked for. */
  private Map<RunStatus, NavigableMap<Long, ExecutionRecord>> byStatus;
  /** Finished executions, the earliest finished first; {@code null} until first asked for. */
  private Set<ExecutionRecord> finished;

  /** Every execution, by the order they started. */
  NavigableMap<Long, ExecutionRecord> all() {
    return all;
  }

  /** The executions of one status, by the order they started. */
  NavigableMap<Long, ExecutionRecord> withStatus(RunStatus status) {
    if (byStatus == null) {
      byStatus = new EnumMap<>(RunStatus.class);
      for (ExecutionRecord record : all.values()) {
        statusIndex(record.filedAs()).put(record.sequence(), record);
      }
    }
    return statusIndex(status);
  }

  private NavigableMap<Long, ExecutionRecord> statusIndex(RunStatus status) {
    return byStatus.computeIfAbsent(status, s -> new TreeMap<>());
  }

  boolean hasRunning() {
    return running > 0;
  }

  void add(ExecutionRecord record) {
    all.put(record.sequence(), record);
    file(record);
  }

  /** Files the execution under its status now (it started, ended, or was redriven). */
  void file(ExecutionRecord record) {
    RunStatus now = record.run().status();
    RunStatus before = record.filedAs();
    if (before == now) {
      return;
    }
    record.fileAs(now);
    if (before == RunStatus.RUNNING) {
      running--;
    }
    if (byStatus != null) {
      if (before != null) {
        byStatus.get(before).remove(record.sequence());
      }
      statusIndex(now).put(record.sequence(), record);
    }
    if (now == RunStatus.RUNNING) {
      running++;
      if (finished != null) {
        finished.remove(record);
      }
    } else if (before == null || before == RunStatus.RUNNING) {
      record.finishedInTurn(finishings++);
      if (finished != null) {
        finished.add(record);
      }
    }
  }

  /** How many finished executions this machine keeps. */
  int finishedCount() {
    return all.size() - running;
  }

  /** Takes out the execution that finished earliest; {@code null} when none has. */
  ExecutionRecord removeEarliestFinished() {
    if (finished == null) {
      finished = new LinkedHashSet<>();
      all.values().stream()
          .filter(record -> record.filedAs() != RunStatus.RUNNING)
          .sorted(Comparator.comparingLong(ExecutionRecord::finishedTurn))
          .forEach(finished::add);
    }
    Iterator<ExecutionRecord> earliest = finished.iterator();
    if (!earliest.hasNext()) {
      return null;
    }
    ExecutionRecord record = earliest.next();
    earliest.remove();
    all.remove(record.sequence());
    RunStatus status = record.filedAs();
    record.fileAs(null);
    if (status != null && byStatus != null) {
      byStatus.get(status).remove(record.sequence());
    }
    return record;
  }
}
