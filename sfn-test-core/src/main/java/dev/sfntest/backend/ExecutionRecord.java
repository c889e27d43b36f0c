package dev.sfntest.backend;

import dev.sfntest.engine.ExecutionRun;
import java.time.Instant;

/**
 * An execution as the API sees it: the engine's {@link ExecutionRun}, the revision of the machine
 * it runs (what DescribeStateMachineForExecution returns), and what only the API keeps (trace
 * header, redrive date and token). Changed only under the fake's lock.
 */
public final class ExecutionRecord {

  private final ExecutionRun run;
  private final StateMachineRecord machine;
  private final Revision revision;
  private final String traceHeader;
  private final long sequence;
  private Instant redriveDate;
  private String redriveToken;

  ExecutionRecord(ExecutionRun run, StateMachineRecord machine, Revision revision, String traceHeader, long sequence) {
    this.run = run;
    this.machine = machine;
    this.revision = revision;
    this.traceHeader = traceHeader;
    this.sequence = sequence;
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
}
