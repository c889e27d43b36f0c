package dev.sfntest.internal.backend;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.RunStatus;
import dev.sfntest.internal.engine.MapRun;
import java.time.Instant;

/**
 * An execution as the API sees it: the engine's {@link ExecutionRun}, the revision of the machine
 * it runs (what DescribeStateMachineForExecution returns), and what only the API keeps (trace
 * header, redrive date and token). A distributed Map's child execution also knows its map run and
 * how many items it processes; its machine is its parent's, its revision the Map's ItemProcessor.
 * Changed only under the fake's lock.
 */
public final class ExecutionRecord {

  private final ExecutionRun run;
  private final StateMachineRecord machine;
  private final Revision revision;
  private final String traceHeader;
  private final long sequence;
  private final MapRun mapRun;
  private final int itemCount;
  /** The status its machine's index files it under ({@link MachineExecutions}), or {@code null}. */
  private RunStatus filedAs;
  /** Its turn among its machine's executions to finish, last time it did ({@link MachineExecutions}). */
  private long finishedTurn;
  private Instant redriveDate;
  private String redriveToken;

  ExecutionRecord(ExecutionRun run, StateMachineRecord machine, Revision revision, String traceHeader, long sequence) {
    this(run, machine, revision, traceHeader, sequence, null, 0);
  }

  /** A distributed Map's child execution, of {@code itemCount} items. */
  ExecutionRecord(ExecutionRun run, StateMachineRecord machine, Revision revision, long sequence, MapRun mapRun,
      int itemCount) {
    this(run, machine, revision, null, sequence, mapRun, itemCount);
  }

  private ExecutionRecord(ExecutionRun run, StateMachineRecord machine, Revision revision, String traceHeader,
      long sequence, MapRun mapRun, int itemCount) {
    this.run = run;
    this.machine = machine;
    this.revision = revision;
    this.traceHeader = traceHeader;
    this.sequence = sequence;
    this.mapRun = mapRun;
    this.itemCount = itemCount;
  }

  public String arn() {
    return run.arn();
  }

  public ExecutionRun run() {
    return run;
  }

  public StateMachineRecord machine() {
    return machine;
  }

  /** The revision the execution runs (a version's, when started through a version or alias). */
  public Revision revision() {
    return revision;
  }

  /** The unqualified ARN of the state machine. */
  public String stateMachineArn() {
    return run.spec().stateMachineArn();
  }

  public String versionArn() {
    return run.spec().versionArn();
  }

  public String aliasArn() {
    return run.spec().aliasArn();
  }

  public String traceHeader() {
    return traceHeader;
  }

  /** The map run that started this child execution, or {@code null} for an execution the API started. */
  public MapRun mapRun() {
    return mapRun;
  }

  /** Whether a distributed Map started this execution. */
  public boolean isMapRunChild() {
    return mapRun != null;
  }

  /** The items a map run's child processes (1, or its batch's size); 0 for other executions. */
  public int itemCount() {
    return itemCount;
  }

  /** The order executions were started in: later ones list first. */
  long sequence() {
    return sequence;
  }

  /** When it was last redriven, or {@code null}. */
  public Instant redriveDate() {
    return redriveDate;
  }

  String redriveToken() {
    return redriveToken;
  }

  void redriven(Instant date, String clientToken) {
    this.redriveDate = date;
    this.redriveToken = clientToken;
  }

  RunStatus filedAs() {
    return filedAs;
  }

  void fileAs(RunStatus status) {
    filedAs = status;
  }

  long finishedTurn() {
    return finishedTurn;
  }

  void finishedInTurn(long turn) {
    finishedTurn = turn;
  }
}
