package dev.sfntest.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.DefinitionParser;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachineDefinition;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.ExecutionRun;
import dev.sfntest.engine.ExecutionSpec;
import dev.sfntest.engine.Ids;
import dev.sfntest.engine.Limits;
import dev.sfntest.engine.Scheduler;
import dev.sfntest.engine.TaskInvoker;
import dev.sfntest.expr.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fake's registries (state machines, executions) and the operations on them, in AWS's terms
 * but without SDK types. Every operation runs under the scheduler's lock and, before returning,
 * lets every execution run as far as it can.
 */
public final class Backend {

  private final Arns arns;
  private final Scheduler scheduler;
  private final Ids ids;
  private final Engine engine;
  private final Map<String, StateMachineRecord> stateMachines = new LinkedHashMap<>();
  private final Map<String, ExecutionRun> executions = new LinkedHashMap<>();
  private final Map<String, List<ExecutionRun>> executionsByMachine = new LinkedHashMap<>();
  private int revision;

  public Backend(String region, String account, Instant initialTime, boolean timeSkipping, long seed,
      TaskInvoker tasks) {
    this(region, account, initialTime, timeSkipping, seed, tasks, null);
  }

  /**
   * A backend whose clock reads {@code timeSource} (a {@link dev.sfntest.engine.WallClock}), or the
   * virtual clock alone when it is {@code null}.
   */
  public Backend(String region, String account, Instant initialTime, boolean timeSkipping, long seed,
      TaskInvoker tasks, Scheduler.TimeSource timeSource) {
    this.arns = new Arns(region, account);
    this.scheduler = new Scheduler(initialTime, timeSkipping, timeSource);
    this.ids = new Ids(seed);
    this.engine = new Engine(scheduler, ids, tasks, Limits.AWS);
  }

  /** The interpreter (the fake wires its item source and result sink into it). */
  public Engine engine() {
    return engine;
  }

  public Arns arns() {
    return arns;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public Ids ids() {
    return ids;
  }

  /** Runs an operation under the lock, then lets the executions progress. */
  public <T> T call(Supplier<T> operation) {
    scheduler.lock().lock();
    try {
      T result = operation.get();
      scheduler.runUntilQuiet();
      return result;
    } finally {
      scheduler.lock().unlock();
    }
  }

  // ------------------------------------------------------------------ state machines

  /**
   * Creates a state machine, or returns the existing one when one of that name exists with the
   * same definition and role (AWS's idempotent create).
   */
  public StateMachineRecord createStateMachine(String name, String definitionText, String roleArn, String type,
      JsonNode logging, JsonNode tracing, JsonNode encryption, Map<String, String> tags) {
    return call(() -> {
      Names.check(name);
      String machineType = type == null ? "STANDARD" : type;
      if (!machineType.equals("STANDARD") && !machineType.equals("EXPRESS")) {
        throw ApiException.validation("1 validation error detected: Value '" + type
            + "' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]");
      }
      checkRoleArn(roleArn);
      StateMachineDefinition definition = parseDefinition(definitionText);
      String arn = arns.stateMachine(name);
      StateMachineRecord existing = stateMachines.get(arn);
      if (existing != null) {
        if (existing.definitionText().equals(definitionText) && existing.roleArn().equals(roleArn)
            && existing.type().equals(machineType) && existing.status().equals("ACTIVE")) {
          return existing;
        }
        throw new ApiException("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
      }
      StateMachineRecord record = new StateMachineRecord(arn, name, machineType, scheduler.now(), definitionText,
          definition, roleArn, nextRevision());
      record.configure(logging, tracing, encryption);
      if (tags != null) {
        record.tags().putAll(tags);
      }
      stateMachines.put(arn, record);
      executionsByMachine.put(arn, new ArrayList<>());
      return record;
    });
  }

  /** Parses a definition, turning every problem into AWS's {@code InvalidDefinition}. */
  public static StateMachineDefinition parseDefinition(String definitionText) {
    try {
      return DefinitionParser.parse(definitionText);
    } catch (InvalidDefinitionException e) {
      throw new ApiException("InvalidDefinition", e.getMessage());
    }
  }

  private void checkRoleArn(String roleArn) {
    if (roleArn == null || !roleArn.matches("arn:aws[a-z-]*:iam::\\d{12}:role/.+")) {
      throw ApiException.invalidArn("Invalid Arn: 'Invalid ARN prefix: " + roleArn + "'");
    }
  }

  private String nextRevision() {
    revision++;
    return ids.uuid();
  }

  /** The state machine with that ARN, or AWS's {@code StateMachineDoesNotExist}. */
  public StateMachineRecord describeStateMachine(String arn) {
    return call(() -> stateMachine(arn));
  }

  StateMachineRecord stateMachine(String arn) {
    checkArn(arn, "stateMachine");
    StateMachineRecord record = stateMachines.get(arn);
    if (record == null) {
      throw new ApiException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }
    return record;
  }

  public Page<StateMachineRecord> listStateMachines(Integer maxResults, String nextToken) {
    return call(() -> Page.of(new ArrayList<>(stateMachines.values()), maxResults, nextToken, "stateMachines"));
  }

  /**
   * Deletes a state machine. As on AWS the call succeeds for a machine that does not exist, and
   * executions already running go on.
   */
  public void deleteStateMachine(String arn) {
    call(() -> {
      checkArn(arn, "stateMachine");
      StateMachineRecord record = stateMachines.remove(arn);
      if (record != null) {
        record.markDeleting();
      }
      return null;
    });
  }

  // ------------------------------------------------------------------ executions

  /** Starts an execution of a state machine. */
  public ExecutionRun startExecution(String stateMachineArn, String name, String input) {
    return call(() -> {
      StateMachineRecord machine = stateMachine(stateMachineArn);
      String executionName = name == null ? ids.uuid() : name;
      Names.check(executionName);
      String inputText = input == null ? "{}" : input;
      JsonNode inputNode = parseInput(inputText);
      String arn = machine.isExpress()
          ? arns.expressExecution(machine.name(), executionName, ids.uuid())
          : arns.execution(machine.name(), executionName);
      ExecutionRun existing = executions.get(arn);
      if (existing != null) {
        // AWS: starting the same name with the same input while it runs returns the running one.
        if (existing.isRunning() && existing.spec().inputText().equals(inputText)) {
          return existing;
        }
        throw new ApiException("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
      }
      ExecutionSpec spec = new ExecutionSpec(arn, executionName, machine.arn(), machine.name(), machine.definition(),
          inputNode, inputText, machine.roleArn(), machine.isExpress(), null, null, null, null);
      ExecutionRun run = engine.start(spec, ended -> { });
      executions.put(arn, run);
      executionsByMachine.computeIfAbsent(machine.arn(), k -> new ArrayList<>()).add(run);
      return run;
    });
  }

  private JsonNode parseInput(String inputText) {
    if (inputText.getBytes(StandardCharsets.UTF_8).length > Limits.AWS.maxPayloadBytes()) {
      throw new ApiException("InvalidExecutionInput",
          "Invalid State Machine Execution Input: 'Input size exceeds the maximum allowed size of 256 KiB.'");
    }
    try {
      return Json.parse(inputText);
    } catch (JsonProcessingException e) {
      throw new ApiException("InvalidExecutionInput",
          "Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'");
    }
  }

  /** The execution with that ARN, or AWS's {@code ExecutionDoesNotExist}. */
  public ExecutionRun describeExecution(String arn) {
    return call(() -> execution(arn));
  }

  ExecutionRun execution(String arn) {
    checkArn(arn, "execution");
    ExecutionRun run = executions.get(arn);
    if (run == null) {
      throw new ApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
    return run;
  }

  /** The execution's events, in id order. */
  public List<dev.sfntest.history.HistoryEvent> history(String arn) {
    return call(() -> execution(arn).history().snapshot());
  }

  // ------------------------------------------------------------------ ARN checks

  private void checkArn(String arn, String resourceType) {
    String[] resource = arns.resource(arn);
    if (resource == null) {
      throw ApiException.invalidArn("Invalid Arn: 'Resource type not valid in this context: " + arn + "'");
    }
    boolean ok = switch (resourceType) {
      case "execution" -> resource[0].equals("execution") || resource[0].equals("express");
      default -> resource[0].equals(resourceType);
    };
    if (!ok) {
      throw ApiException.invalidArn("Invalid Arn: 'Resource type not valid in this context: " + resource[0] + "'");
    }
  }
}
