package dev.sfntest.conformance.execute;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.endpoint.Target;
import dev.sfntest.internal.shared.compare.Jsons;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.DeleteStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StopExecutionRequest;

/**
 * Runs one case through an {@link SfnClient}: creates the state machine, starts the execution with
 * the case's exact input text, and reads what AWS would report (DescribeExecution and every page of
 * GetExecutionHistory, or the StartSyncExecution response). When the test stopped the execution,
 * so does the runner. The state machine is deleted afterwards.
 *
 * <p>The fake has run an execution as far as it can when StartExecution returns, so it is read at
 * once; on a target that runs executions on its own time ({@link Target.Session#executionEndWait()})
 * the runner first polls DescribeExecution until the execution ends.
 */
public final class CaseExecution {

  private static final int PAGE_SIZE = 1000;
  private static final String STOP_EXECUTION = "stop_execution";

  private CaseExecution() {}

  /**
   * @throws RejectedException when CreateStateMachine or StartExecution/StartSyncExecution is
   *     refused with an AWS error
   */
  public static Observation run(ConformanceCase c, CaseNames names, Target.Session session) throws RejectedException {
    SfnClient client = session.client();
    String definition = names.toConcrete(Jsons.write(c.definition()));
    String input = names.toConcrete(c.inputString());
    String stateMachineArn;
    try {
      stateMachineArn = client.createStateMachine(CreateStateMachineRequest.builder()
          .name(names.stateMachineName())
          .definition(definition)
          .roleArn(names.roleArn())
          .type(c.stateMachineType())
          .build()).stateMachineArn();
    } catch (SfnException e) {
      throw new RejectedException("CreateStateMachine", e);
    }
    try {
      return c.isSyncStart()
          ? runSync(client, names, stateMachineArn, input)
          : c.isExpress()
              ? runExpress(c, session, names, stateMachineArn, input)
              : runAsync(c, session, names, stateMachineArn, input);
    } finally {
      deleteQuietly(client, stateMachineArn);
    }
  }

  private static Observation runAsync(ConformanceCase c, Target.Session session, CaseNames names, String stateMachineArn,
      String input) throws RejectedException {
    SfnClient client = session.client();
    String executionArn;
    try {
      executionArn = client.startExecution(StartExecutionRequest.builder()
          .stateMachineArn(stateMachineArn).name(names.executionName()).input(input).build()).executionArn();
    } catch (SfnException e) {
      throw new RejectedException("StartExecution", e);
    }
    names.learnExecutionArn(executionArn);
    // The test stopped the execution while it ran (e.g. in a long Wait); a stop that the test
    // expected to fail changed nothing, so it is not repeated.
    if (stopsWhileRunning(c)) {
      client.stopExecution(StopExecutionRequest.builder().executionArn(executionArn).build());
    }
    DescribeExecutionResponse described = ExecutionEnd.await(client, executionArn,
        expectsEnd(c) ? session.executionEndWait() : Duration.ZERO);
    ObjectNode result = result(described.statusAsString(), described.output(), described.error(), described.cause());
    return new Observation(executionArn, result, history(client, executionArn), null);
  }

  /**
   * An Express execution started with StartExecution: AWS refuses DescribeExecution and
   * GetExecutionHistory for it, so the outcome comes from the execution's log (CloudWatch Logs on
   * AWS), whose last event is the execution's end.
   */
  private static Observation runExpress(ConformanceCase c, Target.Session session, CaseNames names,
      String stateMachineArn, String input) throws RejectedException {
    String executionArn;
    try {
      executionArn = session.client().startExecution(StartExecutionRequest.builder()
          .stateMachineArn(stateMachineArn).name(names.executionName()).input(input).build()).executionArn();
    } catch (SfnException e) {
      throw new RejectedException("StartExecution", e);
    }
    names.learnExecutionArn(executionArn);
    List<HistoryEvent> log = session.expressExecutionLog(executionArn);
    if (log == null) {
      throw new IllegalStateException("the target shows no log of Express executions");
    }
    ArrayNode events = Jsons.array();
    for (HistoryEvent event : log) {
      ObjectNode json = RecordedJson.toJson(event);
      json.remove("timestamp");
      events.add(json);
    }
    ObjectNode history = Jsons.object();
    history.set("events", events);
    return new Observation(executionArn, ExpressOutcome.of(log), history, null);
  }

  /** Whether AWS's recording shows the execution ended; one it caught running is read at once. */
  private static boolean expectsEnd(ConformanceCase c) {
    return !"RUNNING".equals(c.expected().status());
  }

  /** Whether the case's test stopped the execution while it ran (not a stop expected to fail). */
  public static boolean stopsWhileRunning(ConformanceCase c) {
    return c.actionsOnExecution().contains(STOP_EXECUTION);
  }

  private static Observation runSync(SfnClient client, CaseNames names, String stateMachineArn, String input)
      throws RejectedException {
    StartSyncExecutionResponse response;
    try {
      response = client.startSyncExecution(StartSyncExecutionRequest.builder()
          .stateMachineArn(stateMachineArn).name(names.executionName()).input(input).build());
    } catch (SfnException e) {
      throw new RejectedException("StartSyncExecution", e);
    }
    names.learnExecutionArn(response.executionArn());
    ObjectNode result = result(response.statusAsString(), response.output(), response.error(), response.cause());
    return new Observation(response.executionArn(), result, null, RecordedJson.toJson(response));
  }

  static ObjectNode result(String status, String output, String error, String cause) {
    ObjectNode result = Jsons.object();
    result.set("status", Jsons.text(status));
    result.set("output", Jsons.text(output));
    result.set("error", Jsons.text(error));
    result.set("cause", Jsons.text(cause));
    return result;
  }

  /** Every page of the history, oldest first; null when the target keeps no history for it. */
  private static ObjectNode history(SfnClient client, String executionArn) {
    ArrayNode events = Jsons.array();
    String nextToken = null;
    try {
      do {
        GetExecutionHistoryResponse page = client.getExecutionHistory(GetExecutionHistoryRequest.builder()
            .executionArn(executionArn).maxResults(PAGE_SIZE).nextToken(nextToken).includeExecutionData(true)
            .reverseOrder(false).build());
        for (HistoryEvent event : page.events()) {
          ObjectNode json = RecordedJson.toJson(event);
          // the corpus drops the timestamp of every event
          json.remove("timestamp");
          events.add(json);
        }
        nextToken = page.nextToken();
      } while (nextToken != null);
    } catch (SfnException e) {
      // AWS answers GetExecutionHistory for standard executions only
      return null;
    }
    ObjectNode history = Jsons.object();
    history.set("events", events);
    return history;
  }

  private static void deleteQuietly(SfnClient client, String stateMachineArn) {
    try {
      client.deleteStateMachine(DeleteStateMachineRequest.builder().stateMachineArn(stateMachineArn).build());
    } catch (RuntimeException e) {
      // cleanup only: the case's outcome does not depend on it
    }
  }
}
