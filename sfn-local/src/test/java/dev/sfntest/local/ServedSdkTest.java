package dev.sfntest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.TaskFailure;
import dev.sfntest.internal.shared.SdkWire;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * The real SDK against the served fake gets what the fake gives in process: the same responses,
 * and the same exception classes and error codes.
 */
class ServedSdkTest {

  private static final String WORLD = "{\"name\": \"world\"}";

  private FakeSfn servedFake;
  private SfnServer server;
  private SfnClient served;
  private FakeSfn directFake;
  private SfnClient direct;

  @BeforeEach
  void start() {
    servedFake = FakeSfn.create();
    server = SfnServer.builder(servedFake.client()).port(0).start();
    served = SdkClients.sync(server.endpoint());
    directFake = FakeSfn.create();
    direct = directFake.client();
  }

  @AfterEach
  void stop() {
    served.close();
    server.close();
    servedFake.close();
    directFake.close();
  }

  @Nested
  class a_pass_wait_choice_machine {

    @Test
    void runs_to_the_same_description_as_in_process() {
      // GIVEN
      String servedExecution = startGreeting(served, WORLD);
      String directExecution = startGreeting(direct, WORLD);

      // WHEN
      DescribeExecutionResponse described = served.describeExecution(b -> b.executionArn(servedExecution));

      // THEN
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(described.output()).isEqualTo("{\"greeting\":\"world\"}");
      assertThat(fields(described)).isEqualTo(fields(direct.describeExecution(b -> b.executionArn(directExecution))));
    }

    @Test
    void has_the_same_history_as_in_process() {
      // GIVEN
      String servedExecution = startGreeting(served, "{\"name\": \"bob\"}");
      String directExecution = startGreeting(direct, "{\"name\": \"bob\"}");

      // WHEN
      List<HistoryEvent> events = served.getExecutionHistory(b -> b.executionArn(servedExecution)).events();

      // THEN
      assertThat(events).isEqualTo(direct.getExecutionHistory(b -> b.executionArn(directExecution)).events());
      assertThat(events).extracting(HistoryEvent::typeAsString).endsWith("FailStateEntered", "ExecutionFailed");
      assertThat(events.get(events.size() - 1).executionFailedEventDetails().error()).isEqualTo("Not.World");
    }

    @Test
    void pages_its_history_two_events_at_a_time() {
      // GIVEN
      String execution = startGreeting(served, WORLD);
      List<HistoryEvent> all = served.getExecutionHistory(b -> b.executionArn(execution)).events();

      // WHEN
      List<HistoryEvent> paged = new ArrayList<>();
      String token = null;
      int pages = 0;
      do {
        String next = token;
        GetExecutionHistoryResponse page =
            served.getExecutionHistory(b -> b.executionArn(execution).maxResults(2).nextToken(next));
        assertThat(page.events()).hasSizeLessThanOrEqualTo(2);
        paged.addAll(page.events());
        token = page.nextToken();
        pages++;
      } while (token != null);

      // THEN
      assertThat(all).hasSize(10);
      assertThat(pages).isEqualTo(5);
      assertThat(paged).isEqualTo(all);
    }

    @Test
    void pages_its_history_with_the_paginator() {
      // GIVEN
      String execution = startGreeting(served, WORLD);

      // WHEN
      List<HistoryEvent> paged = new ArrayList<>();
      served.getExecutionHistoryPaginator(b -> b.executionArn(execution).maxResults(2)).events().forEach(paged::add);

      // THEN
      assertThat(paged).isEqualTo(served.getExecutionHistory(b -> b.executionArn(execution)).events());
    }

    @Test
    void is_listed_then_deleted() {
      // GIVEN
      String machine = createGreeting(served);
      createGreeting(direct);

      // WHEN
      List<StateMachineListItem> listed = served.listStateMachines().stateMachines();
      served.deleteStateMachine(b -> b.stateMachineArn(machine));

      // THEN
      assertThat(listed).extracting(StateMachineListItem::stateMachineArn).containsExactly(machine);
      assertThat(listed).isEqualTo(direct.listStateMachines().stateMachines());
      assertThat(served.listStateMachines().stateMachines()).isEmpty();
    }
  }

  @Nested
  class a_redriven_distributed_map {

    private static final String MAP = "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"Label\":\"Items\","
        + "\"MaxConcurrency\":1,\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\","
        + "\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\","
        + "\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:work\",\"End\":true}}},\"End\":true}}}";

    /** Runs the map over [1, 2] with item 2 failing the first time, then redrives it. */
    private String failThenRedrive(FakeSfn fake, SfnClient client) {
      AtomicBoolean failed = new AtomicBoolean();
      fake.mockTask("Work").thenAnswer(call -> {
        if (call.input().asInt() == 2 && failed.compareAndSet(false, true)) {
          throw new TaskFailure("Busy", "try later");
        }
        return call.input();
      });
      String machine = client.createStateMachine(b -> b.name("items").roleArn(FakeSfn.ROLE_ARN).definition(MAP))
          .stateMachineArn();
      String execution = client.startExecution(b -> b.stateMachineArn(machine).input("[1, 2]")).executionArn();
      client.redriveExecution(b -> b.executionArn(execution));
      return execution;
    }

    @Test
    void has_the_same_history_and_map_run_as_in_process() {
      // GIVEN
      String servedExecution = failThenRedrive(servedFake, served);
      String directExecution = failThenRedrive(directFake, direct);

      // WHEN
      List<HistoryEvent> events = served.getExecutionHistory(b -> b.executionArn(servedExecution)).events();
      String mapRun = served.listMapRuns(b -> b.executionArn(servedExecution)).mapRuns().get(0).mapRunArn();

      // THEN
      assertThat(events).extracting(HistoryEvent::typeAsString).contains("ExecutionRedriven", "MapRunRedriven")
          .endsWith("ExecutionSucceeded");
      assertThat(events).isEqualTo(direct.getExecutionHistory(b -> b.executionArn(directExecution)).events());
      String directMapRun = direct.listMapRuns(b -> b.executionArn(directExecution)).mapRuns().get(0).mapRunArn();
      assertThat(fields(served.describeMapRun(b -> b.mapRunArn(mapRun))))
          .isEqualTo(fields(direct.describeMapRun(b -> b.mapRunArn(directMapRun))));
      assertThat(served.describeMapRun(b -> b.mapRunArn(mapRun)).redriveCount()).isEqualTo(1);
    }
  }

  @Nested
  class errors {

    @Test
    void an_invalid_definition_is_an_invalid_definition_exception() {
      // WHEN
      var error = catchThrowableOfType(InvalidDefinitionException.class,
          () -> served.createStateMachine(b -> b.name("bad").roleArn(FakeSfn.ROLE_ARN).definition(Definitions.MISSING_TARGET)));

      // THEN
      var inProcess = catchThrowableOfType(InvalidDefinitionException.class,
          () -> direct.createStateMachine(b -> b.name("bad").roleArn(FakeSfn.ROLE_ARN).definition(Definitions.MISSING_TARGET)));
      assertThat(error.statusCode()).isEqualTo(400);
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidDefinition");
      assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(inProcess.awsErrorDetails().errorMessage());
    }

    @Test
    void a_missing_execution_is_an_execution_does_not_exist_exception() {
      // GIVEN
      String arn = "arn:aws:states:us-east-1:123456789012:execution:greeting:nope";

      // WHEN
      var error = catchThrowableOfType(ExecutionDoesNotExistException.class,
          () -> served.describeExecution(b -> b.executionArn(arn)));

      // THEN
      var inProcess = catchThrowableOfType(ExecutionDoesNotExistException.class,
          () -> direct.describeExecution(b -> b.executionArn(arn)));
      assertThat(error.statusCode()).isEqualTo(400);
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ExecutionDoesNotExist");
      assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(inProcess.awsErrorDetails().errorMessage());
      assertThat(error.requestId()).isNotBlank();
    }

    @Test
    void a_missing_required_member_is_a_validation_exception() {
      // WHEN
      var error = catchThrowableOfType(ValidationException.class,
          () -> served.createStateMachine(b -> b.name("m").definition(Definitions.PASS_WAIT_CHOICE)));

      // THEN
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
      assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(
          "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void the_server_keeps_serving_after_an_error() {
      // GIVEN
      catchThrowableOfType(SfnException.class, () -> served.describeExecution(b -> b.executionArn("not-an-arn")));

      // WHEN
      String execution = startGreeting(served, WORLD);

      // THEN
      assertThat(served.describeExecution(b -> b.executionArn(execution)).statusAsString()).isEqualTo("SUCCEEDED");
    }
  }

  @Nested
  class the_async_client {

    @Test
    void runs_a_machine_and_reads_its_history() {
      try (SfnAsyncClient async = SdkClients.async(server.endpoint())) {
        // GIVEN
        String machine = async.createStateMachine(b -> b.name("greeting").roleArn(FakeSfn.ROLE_ARN)
            .definition(Definitions.PASS_WAIT_CHOICE)).join().stateMachineArn();

        // WHEN
        String execution = async.startExecution(b -> b.stateMachineArn(machine).input(WORLD)).join().executionArn();

        // THEN
        String directExecution = startGreeting(direct, WORLD);
        assertThat(fields(async.describeExecution(b -> b.executionArn(execution)).join()))
            .isEqualTo(fields(direct.describeExecution(b -> b.executionArn(directExecution))));
        assertThat(async.getExecutionHistory(b -> b.executionArn(execution)).join().events())
            .isEqualTo(direct.getExecutionHistory(b -> b.executionArn(directExecution)).events());
        var missing = async.describeExecution(b -> b.executionArn(execution + "-nope")).handle((r, e) -> e).join();
        assertThat(missing).hasCauseInstanceOf(ExecutionDoesNotExistException.class);
      }
    }
  }

  /** A response's modelled fields (a response's equals also compares its HTTP metadata). */
  private static JsonNode fields(SdkPojo response) {
    return SdkWire.toJson(response);
  }

  private static String createGreeting(SfnClient client) {
    return client.createStateMachine(b -> b.name("greeting").roleArn(FakeSfn.ROLE_ARN)
        .definition(Definitions.PASS_WAIT_CHOICE)).stateMachineArn();
  }

  private static String startGreeting(SfnClient client, String input) {
    String machine = createGreeting(client);
    return client.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
  }
}
