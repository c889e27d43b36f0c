package dev.sfntest.internal.sdk;

import static dev.sfntest.internal.sdk.Api.FAIL;
import static dev.sfntest.internal.sdk.Api.PASS;
import static dev.sfntest.internal.sdk.Api.PASS_RESULT;
import static dev.sfntest.internal.sdk.Api.PREFIX;
import static dev.sfntest.internal.sdk.Api.WAIT_60;
import static dev.sfntest.internal.sdk.Api.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDeletingException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * StartExecution, StartSyncExecution, DescribeExecution, DescribeStateMachineForExecution,
 * ListExecutions, GetExecutionHistory, StopExecution, RedriveExecution.
 */
@ParameterizedClass
@EnumSource(ClientKind.class)
class ExecutionApiTest {

  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:charge";
  private static final String PREP_THEN_TASK = "{\"StartAt\":\"Prep\",\"States\":{"
      + "\"Prep\":{\"Type\":\"Pass\",\"Result\":{\"x\":1},\"Next\":\"T\"},"
      + "\"T\":{\"Type\":\"Task\",\"Resource\":\"" + LAMBDA + "\",\"End\":true}}}";

  private final Api api;

  ExecutionApiTest(ClientKind kind) {
    this.api = new Api(kind);
  }

  @AfterEach
  void close() {
    api.close();
  }

  private DescribeExecutionResponse describe(String executionArn) {
    return api.client.describeExecution(b -> b.executionArn(executionArn));
  }

  @Nested
  class StartExecution {
    @Test
    void runs_the_execution_as_far_as_it_can() {
      // GIVEN
      String machine = api.machine("order", PASS_RESULT);
      // WHEN
      String run = api.start(machine, "order-42", "{\"a\":1}");
      // THEN
      assertThat(run).isEqualTo(PREFIX + "execution:order:order-42");
      assertThat(describe(run).output()).isEqualTo("{\"done\":true}");
    }

    @Test
    void without_a_name_the_name_is_a_uuid() {
      String machine = api.machine("order", PASS);
      String run = api.client.startExecution(b -> b.stateMachineArn(machine)).executionArn();
      assertThat(describe(run).name()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void the_same_name_and_input_while_running_returns_the_running_execution() {
      // GIVEN
      String machine = api.machine("slow", WAIT_60);
      api.fake.clock().setTimeSkipping(false);
      String first = api.start(machine, "once", "{\"a\":1}");
      // WHEN
      String again = api.start(machine, "once", "{\"a\":1}");
      // THEN
      assertThat(again).isEqualTo(first);
      assertAwsError(() -> api.start(machine, "once", "{\"a\":2}"), ExecutionAlreadyExistsException.class,
          "ExecutionAlreadyExists", "Execution Already Exists: '" + first + "'");
    }

    @Test
    void the_name_of_an_ended_execution_cannot_be_reused() {
      String machine = api.machine("order", PASS);
      String first = api.start(machine, "once", "{}");
      assertAwsError(() -> api.start(machine, "once", "{}"), ExecutionAlreadyExistsException.class,
          "ExecutionAlreadyExists", "Execution Already Exists: '" + first + "'");
    }

    @Test
    void an_illegal_name_is_invalid_name() {
      String machine = api.machine("order", PASS);
      assertAwsError(() -> api.start(machine, "a:b", "{}"), InvalidNameException.class, "InvalidName",
          "Invalid Name: 'a:b'");
    }

    @Test
    void input_that_is_no_json_is_refused_with_the_parsers_words() {
      String machine = api.machine("order", PASS);
      assertAwsError(() -> api.start(machine, "x", "not json"), InvalidExecutionInputException.class,
          "InvalidExecutionInput", "Invalid State Machine Execution Input: 'Unrecognized token 'not': was expecting "
              + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')'");
    }

    @Test
    void empty_input_is_refused() {
      String machine = api.machine("order", PASS);
      assertAwsError(() -> api.start(machine, "x", ""), InvalidExecutionInputException.class,
          "InvalidExecutionInput", "Invalid State Machine Execution Input: 'Invalid execution input.'");
    }

    @Test
    void input_over_256_kib_is_refused() {
      String machine = api.machine("order", PASS);
      String input = "\"" + "x".repeat(256 * 1024) + "\"";
      assertAwsError(() -> api.start(machine, "x", input), InvalidExecutionInputException.class,
          "InvalidExecutionInput",
          "Invalid State Machine Execution Input: 'Input size exceeds the maximum allowed size of 256 KiB.'");
    }

    @Test
    void any_json_value_is_an_input() {
      String machine = api.machine("order", PASS);
      assertThat(describe(api.start(machine, "number", "1")).output()).isEqualTo("1");
      assertThat(describe(api.start(machine, "null", "null")).output()).isEqualTo("null");
    }

    @Test
    void a_test_case_suffix_is_accepted_and_names_no_other_machine() {
      // GIVEN: Step Functions Local's "stateMachineArn#TestCase"
      api.fake.useMockConfig(dev.sfntest.core.MockConfigFile.parse(
          "{\"StateMachines\":{\"order\":{\"TestCases\":{\"HappyPath\":{}}}},\"MockedResponses\":{}}", "mocks"));
      String machine = api.machine("order", PASS);
      // WHEN
      String run = api.start(machine + "#HappyPath", "x", "{}");
      // THEN
      assertThat(run).isEqualTo(PREFIX + "execution:order:x");
      assertThat(describe(run).stateMachineArn()).isEqualTo(machine);
    }

    @Test
    void a_machine_that_does_not_exist_is_state_machine_does_not_exist() {
      String arn = PREFIX + "stateMachine:nope";
      assertAwsError(() -> api.start(arn, "x", "{}"), StateMachineDoesNotExistException.class,
          "StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    @Test
    void a_deleting_machine_starts_nothing() {
      // GIVEN
      String machine = api.machine("slow", WAIT_60);
      api.fake.clock().setTimeSkipping(false);
      api.start(machine, "first", "{}");
      api.client.deleteStateMachine(b -> b.stateMachineArn(machine));
      // WHEN / THEN
      assertAwsError(() -> api.start(machine, "second", "{}"), StateMachineDeletingException.class,
          "StateMachineDeleting", "State Machine Deleting: '" + machine + "'");
    }

    @Test
    void the_trace_header_is_echoed() {
      String machine = api.machine("order", PASS);
      String run = api.client.startExecution(b -> b.stateMachineArn(machine).traceHeader("Root=1-abc")).executionArn();
      assertThat(describe(run).traceHeader()).isEqualTo("Root=1-abc");
    }

    @Test
    void an_express_execution_has_an_express_arn() {
      String machine = api.express("fast", PASS);
      String run = api.start(machine, "x", "{}");
      assertThat(run).startsWith(PREFIX + "express:fast:x:");
    }
  }

  @Nested
  class StartSyncExecution {
    @Test
    void answers_the_outcome_with_aws_billing() {
      // GIVEN
      String machine = api.express("fast", PASS_RESULT);
      // WHEN
      StartSyncExecutionResponse response = api.client.startSyncExecution(b -> b.stateMachineArn(machine)
          .name("sync-1").input("{}"));
      // THEN (recorded shape)
      assertThat(response.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(response.executionArn()).startsWith(PREFIX + "express:fast:sync-1:");
      assertThat(response.name()).isEqualTo("sync-1");
      assertThat(response.stateMachineArn()).isEqualTo(machine);
      assertThat(response.input()).isEqualTo("{}");
      assertThat(response.inputDetails().included()).isTrue();
      assertThat(response.output()).isEqualTo("{\"done\":true}");
      assertThat(response.outputDetails().included()).isTrue();
      assertThat(response.billingDetails().billedDurationInMilliseconds()).isEqualTo(100);
      assertThat(response.billingDetails().billedMemoryUsedInMB()).isEqualTo(64);
    }

    @Test
    void runs_waits_to_the_end_even_without_time_skipping() {
      // GIVEN
      String machine = api.express("waits", "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\","
          + "\"Seconds\":10,\"End\":true}}}");
      api.fake.clock().setTimeSkipping(false);
      Instant start = api.fake.clock().now();
      // WHEN
      StartSyncExecutionResponse response = api.client.startSyncExecution(b -> b.stateMachineArn(machine));
      // THEN
      assertThat(response.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(response.stopDate()).isEqualTo(start.plusSeconds(10));
      assertThat(response.billingDetails().billedDurationInMilliseconds()).isEqualTo(10_000);
    }

    @Test
    void a_failed_execution_answers_its_error_and_cause() {
      String machine = api.express("fails", FAIL);
      StartSyncExecutionResponse response = api.client.startSyncExecution(b -> b.stateMachineArn(machine));
      assertThat(response.statusAsString()).isEqualTo("FAILED");
      assertThat(response.error()).isEqualTo("Boom");
      assertThat(response.cause()).isEqualTo("it broke");
      assertThat(response.output()).isNull();
    }

    @Test
    void a_failed_execution_still_says_its_output_details() {
      // GIVEN (recorded: outputDetails {"included": true} without an output)
      String machine = api.express("fails", FAIL);
      // WHEN
      StartSyncExecutionResponse all = api.client.startSyncExecution(b -> b.stateMachineArn(machine));
      StartSyncExecutionResponse metadata = api.client.startSyncExecution(b -> b.stateMachineArn(machine)
          .includedData("METADATA_ONLY"));
      // THEN
      assertThat(all.outputDetails().included()).isTrue();
      assertThat(metadata.outputDetails().included()).isFalse();
      assertThat(all.output()).isNull();
    }

    @Test
    void an_execution_that_waits_on_the_test_times_out_at_the_express_limit() {
      // GIVEN: a task that never answers
      api.fake.mockTask("T").staysSilent();
      String machine = api.express("stuck", "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
          + "\"Resource\":\"" + LAMBDA + "\",\"End\":true}}}");
      Instant start = api.fake.clock().now();
      // WHEN
      StartSyncExecutionResponse response = api.client.startSyncExecution(b -> b.stateMachineArn(machine));
      // THEN
      assertThat(response.statusAsString()).isEqualTo("TIMED_OUT");
      assertThat(response.error()).isEqualTo("States.Timeout");
      assertThat(response.stopDate()).isEqualTo(start.plus(Duration.ofMinutes(5)));
    }

    @Test
    void the_context_object_has_no_redrive_count_for_a_sync_execution_but_has_it_for_an_async_one() {
      // GIVEN (recorded: only synchronous Express executions, which cannot be redriven, lack it)
      String machine = api.express("ctx", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
          + "\"Parameters\":{\"e.$\":\"$$.Execution\"},\"End\":true}}}");
      // WHEN
      String sync = api.client.startSyncExecution(b -> b.stateMachineArn(machine)).output();
      String async = api.client.startExecution(b -> b.stateMachineArn(machine)).executionArn();
      // THEN
      assertThat(sync).doesNotContain("RedriveCount");
      List<HistoryEvent> log = api.fake.expressExecutionLog(async);
      assertThat(log.get(log.size() - 1).executionSucceededEventDetails().output()).contains("\"RedriveCount\":0");
    }

    @Test
    void a_standard_machine_is_not_supported() {
      String machine = api.machine("order", PASS);
      assertAwsError(() -> api.client.startSyncExecution(b -> b.stateMachineArn(machine)),
          StateMachineTypeNotSupportedException.class, "StateMachineTypeNotSupported",
          "This operation is not supported by this type of state machine");
    }
  }

  @Nested
  class DescribeExecution {
    @Test
    void describes_a_succeeded_execution() {
      // GIVEN
      String machine = api.machine("order", PASS_RESULT);
      String run = api.start(machine, "x", "{\"a\": 1}");
      // WHEN
      DescribeExecutionResponse described = describe(run);
      // THEN (recorded shape)
      assertThat(described.executionArn()).isEqualTo(run);
      assertThat(described.stateMachineArn()).isEqualTo(machine);
      assertThat(described.name()).isEqualTo("x");
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(described.input()).isEqualTo("{\"a\": 1}");
      assertThat(described.inputDetails().included()).isTrue();
      assertThat(described.outputDetails().included()).isTrue();
      assertThat(described.startDate()).isEqualTo(described.stopDate());
      assertThat(described.redriveCount()).isZero();
      assertThat(described.redriveStatusAsString()).isEqualTo("NOT_REDRIVABLE");
      assertThat(described.redriveStatusReason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven");
      assertThat(described.error()).isNull();
    }

    @Test
    void a_failed_execution_has_error_cause_and_is_redrivable() {
      String run = api.start(api.machine("fails", FAIL), "x", "{}");
      DescribeExecutionResponse described = describe(run);
      assertThat(described.statusAsString()).isEqualTo("FAILED");
      assertThat(described.error()).isEqualTo("Boom");
      assertThat(described.cause()).isEqualTo("it broke");
      assertThat(described.output()).isNull();
      assertThat(described.redriveStatusAsString()).isEqualTo("REDRIVABLE");
      assertThat(described.redriveStatusReason()).isNull();
    }

    @Test
    void a_running_execution_has_no_stop_date() {
      api.fake.clock().setTimeSkipping(false);
      String run = api.start(api.machine("slow", WAIT_60), "x", "{}");
      DescribeExecutionResponse described = describe(run);
      assertThat(described.statusAsString()).isEqualTo("RUNNING");
      assertThat(described.stopDate()).isNull();
      assertThat(described.redriveStatusReason()).isEqualTo("Execution is RUNNING and cannot be redriven");
    }

    @Test
    void metadata_only_leaves_input_and_output_out() {
      String run = api.start(api.machine("order", PASS), "x", "{}");
      DescribeExecutionResponse described = api.client.describeExecution(b -> b.executionArn(run)
          .includedData("METADATA_ONLY"));
      assertThat(described.input()).isNull();
      assertThat(described.output()).isNull();
    }

    @Test
    void an_express_execution_is_not_describable() {
      String run = api.start(api.express("fast", PASS), "x", "{}");
      assertAwsError(() -> describe(run), InvalidArnException.class, "InvalidArn",
          "Invalid Arn: 'Resource type not valid in this context: express'");
    }

    @Test
    void an_execution_that_does_not_exist_is_execution_does_not_exist() {
      String arn = PREFIX + "execution:order:nope";
      assertAwsError(() -> describe(arn), ExecutionDoesNotExistException.class, "ExecutionDoesNotExist",
          "Execution Does Not Exist: '" + arn + "'");
    }

    @Test
    void no_arn_fails_validation() {
      assertAwsError(() -> api.client.describeExecution(b -> { }), ValidationException.class, "ValidationException",
          "1 validation error detected: Value null at 'executionArn' failed to satisfy constraint: "
              + "Member must not be null");
    }

    @Test
    void a_state_machine_arn_is_not_valid_here() {
      String machine = api.machine("order", PASS);
      assertAwsError(() -> describe(machine), InvalidArnException.class, "InvalidArn",
          "Invalid Arn: 'Resource type not valid in this context: stateMachine'");
    }
  }

  @Nested
  class DescribeStateMachineForExecution {
    @Test
    void describes_the_revision_the_execution_ran() {
      // GIVEN
      String machine = api.machine("order", PASS);
      String run = api.start(machine, "x", "{}");
      api.fake.clock().advance(Duration.ofMinutes(1));
      api.client.updateStateMachine(b -> b.stateMachineArn(machine).definition(PASS_RESULT));
      // WHEN
      DescribeStateMachineForExecutionResponse described = api.client.describeStateMachineForExecution(b -> b
          .executionArn(run));
      // THEN
      assertThat(described.stateMachineArn()).isEqualTo(machine);
      assertThat(described.name()).isEqualTo("order");
      assertThat(described.definition()).isEqualTo(PASS);
      assertThat(described.roleArn()).isEqualTo(Api.ROLE);
      assertThat(described.updateDate()).isEqualTo(describe(run).startDate());
      assertThat(described.revisionId()).isNull();
      assertThat(described.loggingConfiguration().levelAsString()).isEqualTo("OFF");
    }

    @Test
    void an_execution_that_does_not_exist_is_execution_does_not_exist() {
      String arn = PREFIX + "execution:order:nope";
      assertAwsError(() -> api.client.describeStateMachineForExecution(b -> b.executionArn(arn)),
          ExecutionDoesNotExistException.class, "ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
  }

  @Nested
  class ListExecutions {
    @Test
    void lists_newest_first_in_pages() {
      // GIVEN
      String machine = api.machine("order", PASS);
      for (int i = 0; i < 5; i++) {
        api.start(machine, "run-" + i, "{}");
      }
      // WHEN
      List<String> names = new ArrayList<>();
      api.client.listExecutionsPaginator(b -> b.stateMachineArn(machine).maxResults(2)).executions()
          .forEach(e -> names.add(e.name()));
      // THEN (recorded order)
      assertThat(names).containsExactly("run-4", "run-3", "run-2", "run-1", "run-0");
    }

    @Test
    void items_carry_what_aws_lists() {
      String machine = api.machine("order", PASS);
      String run = api.start(machine, "x", "{}");
      ExecutionListItem item = api.client.listExecutions(b -> b.stateMachineArn(machine)).executions().get(0);
      assertThat(item.executionArn()).isEqualTo(run);
      assertThat(item.stateMachineArn()).isEqualTo(machine);
      assertThat(item.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(item.redriveCount()).isZero();
      assertThat(item.stopDate()).isNotNull();
    }

    @Test
    void filters_by_status() {
      // GIVEN
      api.fake.clock().setTimeSkipping(false);
      String machine = api.machine("slow", WAIT_60);
      String running = api.start(machine, "running", "{}");
      String stopped = api.start(machine, "stopped", "{}");
      api.client.stopExecution(b -> b.executionArn(stopped));
      // WHEN
      ListExecutionsResponse onlyRunning = api.client.listExecutions(b -> b.stateMachineArn(machine)
          .statusFilter("RUNNING"));
      // THEN
      assertThat(onlyRunning.executions()).extracting(ExecutionListItem::executionArn).containsExactly(running);
    }

    @Test
    void filters_by_the_status_now_after_executions_started_and_ended_since_the_last_listing() {
      // GIVEN a filtered listing, then an execution that ends and one that starts
      api.fake.clock().setTimeSkipping(false);
      String machine = api.machine("slow", WAIT_60);
      String first = api.start(machine, "first", "{}");
      assertThat(api.client.listExecutions(b -> b.stateMachineArn(machine).statusFilter("RUNNING")).executions())
          .extracting(ExecutionListItem::executionArn).containsExactly(first);
      api.client.stopExecution(b -> b.executionArn(first));
      String second = api.start(machine, "second", "{}");
      // WHEN
      ListExecutionsResponse running = api.client.listExecutions(b -> b.stateMachineArn(machine)
          .statusFilter("RUNNING"));
      ListExecutionsResponse aborted = api.client.listExecutions(b -> b.stateMachineArn(machine)
          .statusFilter("ABORTED"));
      // THEN
      assertThat(running.executions()).extracting(ExecutionListItem::executionArn).containsExactly(second);
      assertThat(aborted.executions()).extracting(ExecutionListItem::executionArn).containsExactly(first);
    }

    @Test
    void an_unknown_status_fails_validation() {
      String machine = api.machine("order", PASS);
      assertAwsError(() -> api.client.listExecutions(b -> b.stateMachineArn(machine).statusFilter("succeeded")),
          ValidationException.class, "ValidationException", "1 validation error detected: Value 'succeeded' at "
              + "'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [SUCCEEDED, "
              + "TIMED_OUT, PENDING_REDRIVE, ABORTED, FAILED, RUNNING]");
    }

    @Test
    void an_express_machine_is_not_supported() {
      String machine = api.express("fast", PASS);
      assertAwsError(() -> api.client.listExecutions(b -> b.stateMachineArn(machine)),
          StateMachineTypeNotSupportedException.class, "StateMachineTypeNotSupported",
          "This operation is not supported by this type of state machine");
    }

    @Test
    void a_machine_that_does_not_exist_is_state_machine_does_not_exist() {
      String arn = PREFIX + "stateMachine:nope";
      assertAwsError(() -> api.client.listExecutions(b -> b.stateMachineArn(arn)),
          StateMachineDoesNotExistException.class, "StateMachineDoesNotExist",
          "State Machine Does Not Exist: '" + arn + "'");
    }

    @Test
    void a_map_run_that_does_not_exist_is_resource_not_found() {
      String arn = PREFIX + "mapRun:order/Map:1234";
      assertAwsError(() -> api.client.listExecutions(b -> b.mapRunArn(arn)), ResourceNotFoundException.class,
          "ResourceNotFound", "Resource not found: '" + arn + "'");
    }

    @Test
    void text_that_is_no_arn_is_invalid_arn() {
      assertAwsError(() -> api.client.listExecutions(b -> b.stateMachineArn("invalid_state_machine_arn")),
          InvalidArnException.class, "InvalidArn", "Invalid Arn: 'Invalid ARN prefix: invalid_state_machine_arn'");
    }
  }

  @Nested
  class GetExecutionHistory {
    @Test
    void pages_through_events_in_either_order() {
      // GIVEN
      String run = api.start(api.machine("order", PASS), "x", "{}");
      // WHEN
      GetExecutionHistoryResponse first = api.client.getExecutionHistory(b -> b.executionArn(run).maxResults(3)
          .reverseOrder(true));
      GetExecutionHistoryResponse rest = api.client.getExecutionHistory(b -> b.executionArn(run).maxResults(3)
          .reverseOrder(true).nextToken(first.nextToken()));
      // THEN
      assertThat(first.events()).extracting(HistoryEvent::id).containsExactly(4L, 3L, 2L);
      assertThat(rest.events()).extracting(HistoryEvent::id).containsExactly(1L);
      assertThat(rest.nextToken()).isNull();
    }

    @Test
    void without_execution_data_inputs_and_outputs_are_left_out() {
      String run = api.start(api.machine("order", PASS), "x", "{\"secret\":1}");
      HistoryEvent started = api.client.getExecutionHistory(b -> b.executionArn(run).includeExecutionData(false))
          .events().get(0);
      assertThat(started.executionStartedEventDetails().input()).isNull();
      assertThat(started.executionStartedEventDetails().roleArn()).isEqualTo(Api.ROLE);
    }

    @Test
    void an_express_execution_has_no_history_here() {
      String run = api.start(api.express("fast", PASS), "x", "{}");
      assertAwsError(() -> api.client.getExecutionHistory(b -> b.executionArn(run)), InvalidArnException.class,
          "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: express'");
    }

    @Test
    void an_express_execution_shows_its_log_instead_and_a_standard_one_has_none() {
      String express = api.start(api.express("fast", PASS), "x", "{}");
      String standard = api.start(api.machine("order", PASS), "y", "{}");
      assertThat(api.fake.expressExecutionLog(express)).extracting(HistoryEvent::typeAsString)
          .containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
      assertAwsError(() -> api.fake.expressExecutionLog(standard), InvalidArnException.class,
          "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: execution'");
    }

    @Test
    void an_execution_that_does_not_exist_is_execution_does_not_exist() {
      String arn = PREFIX + "execution:order:nope";
      assertAwsError(() -> api.client.getExecutionHistory(b -> b.executionArn(arn)),
          ExecutionDoesNotExistException.class, "ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
  }

  @Nested
  class StopExecution {
    @Test
    void aborts_a_running_execution_with_error_and_cause() {
      // GIVEN
      api.fake.clock().setTimeSkipping(false);
      String run = api.start(api.machine("slow", WAIT_60), "x", "{}");
      // WHEN
      Instant stopped = api.client.stopExecution(b -> b.executionArn(run).error("Stopped").cause("by test"))
          .stopDate();
      // THEN
      DescribeExecutionResponse described = describe(run);
      assertThat(described.statusAsString()).isEqualTo("ABORTED");
      assertThat(described.stopDate()).isEqualTo(stopped);
      assertThat(described.error()).isEqualTo("Stopped");
      assertThat(described.cause()).isEqualTo("by test");
      assertThat(api.eventTypes(run)).containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionAborted");
    }

    @Test
    void without_reason_the_abort_has_empty_details() {
      api.fake.clock().setTimeSkipping(false);
      String run = api.start(api.machine("slow", WAIT_60), "x", "{}");
      api.client.stopExecution(b -> b.executionArn(run));
      HistoryEvent aborted = api.history(run).get(2);
      assertThat(aborted.executionAbortedEventDetails()).isNotNull();
      assertThat(aborted.executionAbortedEventDetails().error()).isNull();
      assertThat(describe(run).error()).isNull();
    }

    @Test
    void stopping_an_ended_execution_changes_nothing() {
      String run = api.start(api.machine("order", PASS), "x", "{}");
      Instant stopDate = describe(run).stopDate();
      assertThat(api.client.stopExecution(b -> b.executionArn(run)).stopDate()).isEqualTo(stopDate);
      assertThat(api.status(run)).isEqualTo("SUCCEEDED");
    }

    @Test
    void an_express_execution_cannot_be_stopped() {
      String run = api.start(api.express("fast", PASS), "x", "{}");
      assertAwsError(() -> api.client.stopExecution(b -> b.executionArn(run)), InvalidArnException.class,
          "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: express'");
    }

    @Test
    void an_express_execution_shows_its_log_instead_and_a_standard_one_has_none() {
      String express = api.start(api.express("fast", PASS), "x", "{}");
      String standard = api.start(api.machine("order", PASS), "y", "{}");
      assertThat(api.fake.expressExecutionLog(express)).extracting(HistoryEvent::typeAsString)
          .containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
      assertAwsError(() -> api.fake.expressExecutionLog(standard), InvalidArnException.class,
          "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: execution'");
    }

    @Test
    void an_execution_that_does_not_exist_is_execution_does_not_exist() {
      String arn = PREFIX + "execution:order:nope";
      assertAwsError(() -> api.client.stopExecution(b -> b.executionArn(arn)), ExecutionDoesNotExistException.class,
          "ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
  }

  @Nested
  class RedriveExecution {
    @Test
    void reruns_from_the_failed_state_and_keeps_the_successful_ones() {
      // GIVEN: the task fails once, then succeeds
      api.fake.mockTask("T").thenFail("Busy", "try later").times(1).thenReturn("{\"ok\":true}");
      String run = api.start(api.machine("order", PREP_THEN_TASK), "x", "{}");
      assertThat(api.status(run)).isEqualTo("FAILED");
      // WHEN
      Instant redriveDate = api.client.redriveExecution(b -> b.executionArn(run)).redriveDate();
      // THEN
      assertThat(api.eventTypes(run)).containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited",
          "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed",
          "ExecutionFailed", "ExecutionRedriven", "TaskStateEntered", "LambdaFunctionScheduled",
          "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited", "ExecutionSucceeded");
      HistoryEvent redriven = api.history(run).get(8);
      assertThat(redriven.executionRedrivenEventDetails().redriveCount()).isEqualTo(1);
      assertThat(api.history(run).get(9).stateEnteredEventDetails().input()).isEqualTo("{\"x\":1}");
      DescribeExecutionResponse described = describe(run);
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(described.output()).isEqualTo("{\"ok\":true}");
      assertThat(described.redriveCount()).isEqualTo(1);
      assertThat(described.redriveDate()).isEqualTo(redriveDate);
    }

    @Test
    void an_aborted_execution_continues_in_the_state_it_was_stopped_in() {
      // GIVEN
      api.fake.clock().setTimeSkipping(false);
      String run = api.start(api.machine("slow", WAIT_60), "x", "{}");
      api.client.stopExecution(b -> b.executionArn(run));
      // WHEN
      api.client.redriveExecution(b -> b.executionArn(run));
      api.fake.clock().advance(Duration.ofSeconds(60));
      // THEN
      assertThat(api.status(run)).isEqualTo("SUCCEEDED");
      assertThat(api.eventTypes(run)).containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionAborted",
          "ExecutionRedriven", "WaitStateEntered", "WaitStateExited", "ExecutionSucceeded");
    }

    @Test
    void redriven_executions_are_listed_by_the_redrive_filter() {
      // GIVEN
      String machine = api.machine("fails", FAIL);
      String redriven = api.start(machine, "redriven", "{}");
      String other = api.start(machine, "other", "{}");
      api.client.redriveExecution(b -> b.executionArn(redriven));
      // WHEN / THEN
      assertThat(api.client.listExecutions(b -> b.stateMachineArn(machine).redriveFilter("REDRIVEN")).executions())
          .extracting(ExecutionListItem::executionArn).containsExactly(redriven);
      assertThat(api.client.listExecutions(b -> b.stateMachineArn(machine).redriveFilter("NOT_REDRIVEN"))
          .executions()).extracting(ExecutionListItem::executionArn).containsExactly(other);
    }

    @Test
    void the_same_client_token_while_running_redrives_once() {
      // GIVEN
      api.fake.clock().setTimeSkipping(false);
      String run = api.start(api.machine("slow", WAIT_60), "x", "{}");
      api.client.stopExecution(b -> b.executionArn(run));
      Instant first = api.client.redriveExecution(b -> b.executionArn(run).clientToken("t-1")).redriveDate();
      // WHEN
      Instant second = api.client.redriveExecution(b -> b.executionArn(run).clientToken("t-1")).redriveDate();
      // THEN
      assertThat(second).isEqualTo(first);
      assertThat(describe(run).redriveCount()).isEqualTo(1);
    }

    @Test
    void a_succeeded_execution_is_not_redrivable() {
      String run = api.start(api.machine("order", PASS), "x", "{}");
      assertAwsError(() -> api.client.redriveExecution(b -> b.executionArn(run)),
          ExecutionNotRedrivableException.class, "ExecutionNotRedrivable",
          "Execution is SUCCEEDED and cannot be redriven");
    }

    @Test
    void fourteen_days_after_the_end_it_is_too_late() {
      // GIVEN
      String run = api.start(api.machine("fails", FAIL), "x", "{}");
      api.fake.clock().advance(Duration.ofDays(14).plusSeconds(1));
      // WHEN / THEN
      assertThat(describe(run).redriveStatusReason()).isEqualTo("Execution redrivable period exceeded");
      assertAwsError(() -> api.client.redriveExecution(b -> b.executionArn(run)),
          ExecutionNotRedrivableException.class, "ExecutionNotRedrivable", "Execution redrivable period exceeded");
    }

    @Test
    void an_execution_that_does_not_exist_is_execution_does_not_exist() {
      String arn = PREFIX + "execution:order:nope";
      assertAwsError(() -> api.client.redriveExecution(b -> b.executionArn(arn)),
          ExecutionDoesNotExistException.class, "ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
  }
}
