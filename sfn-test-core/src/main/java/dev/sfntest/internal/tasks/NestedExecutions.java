package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.RunStatus;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Runs {@code arn:aws:states:::states:startExecution} (request-response, {@code .sync}, {@code
 * .sync:2}, {@code .waitForTaskToken}) as a child execution in the same fake, with the outputs
 * AWS gives: the start response, or for {@code .sync} the child's description ({@code Input} and
 * {@code Output} as JSON text; parsed JSON for {@code .sync:2}). A child that does not succeed
 * fails the task with {@code States.TaskFailed} and the description as cause.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html">Start a new execution</a>
 */
public final class NestedExecutions implements TaskLink {

  /** In a holder: most fakes never start a nested execution, and the formatter's setup is not free. */
  private static final class Dates {
    static final DateTimeFormatter DATE =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  }

  /** Starts an execution in the same fake, as StartExecution would. */
  @FunctionalInterface
  public interface Starter {
    /**
     * @throws StartRefused with AWS's error code and message when StartExecution would refuse
     */
    ExecutionRun start(String stateMachineArn, String name, String input);
  }

  /** StartExecution refused the child. */
  public static final class StartRefused extends RuntimeException {
    private final String code;

    public StartRefused(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final Starter starter;
  private final TaskTokens tokens;

  public NestedExecutions(Starter starter, TaskTokens tokens) {
    this.starter = starter;
    this.tokens = tokens;
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
    ResourceKind kind = request.kind();
    if (kind.family() != ResourceKind.Family.SERVICE || !"states".equals(kind.resourceType())
        || !kind.resource().startsWith("startExecution")) {
      return null;
    }
    JsonNode parameters = request.parameters();
    JsonNode arn = parameters.get("StateMachineArn");
    if (arn == null || !arn.isTextual()) {
      callbacks.failed("States.Runtime", "The parameter 'StateMachineArn' is required to start an execution");
      return TaskHandle.NOOP;
    }
    JsonNode inputNode = parameters.get("Input");
    String input = inputNode == null || inputNode.isNull() ? "{}"
        : inputNode.isTextual() ? inputNode.asText() : Json.write(inputNode);
    JsonNode nameNode = parameters.get("Name");
    String name = nameNode == null || nameNode.isNull() ? null : nameNode.asText();
    ExecutionRun child;
    try {
      child = starter.start(arn.asText(), name, input);
    } catch (StartRefused refused) {
      // The optimised integration reports the service error as the Java SDK named it.
      callbacks.failed("StepFunctions." + refused.code() + "Exception", refused.getMessage()
          + " (Service: AWSStepFunctions; Status Code: 400; Error Code: " + refused.code() + "; Request ID: "
          + request.execution().ids().uuid() + "; Proxy: null)");
      return TaskHandle.NOOP;
    }
    ObjectNode started = Json.object();
    started.put("ExecutionArn", child.arn());
    started.put("StartDate", Dates.DATE.format(child.startDate()));
    switch (kind.pattern()) {
      case REQUEST_RESPONSE -> callbacks.succeeded(started);
      case WAIT_FOR_TASK_TOKEN -> {
        callbacks.submitted(started);
        tokens.register(request.taskToken(), request.execution(), request.stateName(), callbacks);
      }
      default -> {
        callbacks.submitted(started);
        boolean parsed = kind.pattern() == ResourceKind.Pattern.SYNC2;
        child.onEnd(ended -> {
          ObjectNode description = describe(ended, parsed);
          if (ended.status() == RunStatus.SUCCEEDED) {
            callbacks.succeeded(description);
          } else {
            callbacks.failed("States.TaskFailed", Json.write(description));
          }
        });
      }
    }
    return () -> {
      if (request.taskToken() != null) {
        tokens.release(request.taskToken());
      }
    };
  }

  /** The child as DescribeExecution describes it, in the integration's field names. */
  private static ObjectNode describe(ExecutionRun run, boolean parsed) {
    ObjectNode out = Json.object();
    if (run.status() != RunStatus.SUCCEEDED) {
      if (run.cause() != null) {
        out.put("Cause", run.cause());
      }
      out.put("Error", run.error() != null ? run.error() : run.status() == RunStatus.TIMED_OUT ? "States.Timeout" : null);
    }
    out.put("ExecutionArn", run.arn());
    if (parsed) {
      out.set("Input", run.spec().input());
    } else {
      out.put("Input", run.spec().inputText());
    }
    out.putObject("InputDetails").put("Included", true);
    out.put("Name", run.spec().name());
    if (run.status() == RunStatus.SUCCEEDED) {
      if (parsed) {
        out.set("Output", run.output());
      } else {
        out.put("Output", Json.write(run.output()));
      }
      out.putObject("OutputDetails").put("Included", true);
    }
    out.put("RedriveCount", run.redriveCount());
    out.put("RedriveStatus", "NOT_REDRIVABLE");
    out.put("RedriveStatusReason", "Execution is " + run.status().name() + " and cannot be redriven");
    out.put("StartDate", Dates.DATE.format(run.startDate()));
    out.put("StateMachineArn", run.spec().stateMachineArn());
    out.put("Status", run.status().name());
    Instant stop = run.stopDate();
    if (stop != null) {
      out.put("StopDate", Dates.DATE.format(stop));
    }
    return out;
  }
}
