package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;

/**
 * Listings that change while a caller pages through them, as they do when other threads work on
 * the same fake: a page token continues after the last item returned, so nothing is skipped or
 * returned twice (the stress test found a page of running executions skipped while they were
 * stopped during the paging).
 */
class PagingWhileChangingTest {

  private final FakeSfn fake = FakeSfn.create();
  private final SfnClient client = fake.client();

  @AfterEach
  void close() {
    fake.close();
  }

  private String holdingMachine() {
    client.createActivity(b -> b.name("hold"));
    return client.createStateMachine(b -> b.name("hold").roleArn(FakeSfn.ROLE_ARN)
        .definition(StressScenario.HOLD)).stateMachineArn();
  }

  @Test
  void stopping_each_running_execution_while_paging_the_running_ones_stops_them_all() {
    // GIVEN
    String machine = holdingMachine();
    for (int i = 0; i < 20; i++) {
      String name = "run-" + i;
      client.startExecution(b -> b.stateMachineArn(machine).name(name));
    }

    // WHEN
    int stopped = 0;
    for (ExecutionListItem item : client.listExecutionsPaginator(b -> b.stateMachineArn(machine)
        .statusFilter("RUNNING").maxResults(7)).executions()) {
      client.stopExecution(b -> b.executionArn(item.executionArn()));
      stopped++;
    }

    // THEN
    assertThat(stopped).isEqualTo(20);
    assertThat(client.listExecutions(b -> b.stateMachineArn(machine).statusFilter("RUNNING")).executions()).isEmpty();
  }

  @Test
  void executions_started_while_paging_neither_shift_nor_repeat_the_later_pages() {
    // GIVEN
    String machine = holdingMachine();
    for (int i = 0; i < 10; i++) {
      String name = "old-" + i;
      client.startExecution(b -> b.stateMachineArn(machine).name(name));
    }

    // WHEN
    List<String> names = new ArrayList<>();
    String token = null;
    int page = 0;
    do {
      String next = token;
      ListExecutionsResponse response = client.listExecutions(b -> b.stateMachineArn(machine).maxResults(4)
          .nextToken(next));
      response.executions().forEach(e -> names.add(e.name()));
      String name = "new-" + page++;
      client.startExecution(b -> b.stateMachineArn(machine).name(name));
      token = response.nextToken();
    } while (token != null);

    // THEN newest first, each of the ten once; the new ones came after the first page was read
    assertThat(names).containsExactly("old-9", "old-8", "old-7", "old-6", "old-5", "old-4", "old-3", "old-2",
        "old-1", "old-0");
  }

  @Test
  void paging_a_history_newest_first_while_it_grows_returns_each_event_once() {
    // GIVEN an execution whose history grows by a state at a time as the clock moves
    String machine = client.createStateMachine(b -> b.name("ticks").roleArn(FakeSfn.ROLE_ARN).definition(
        "{\"StartAt\":\"W1\",\"States\":{\"W1\":{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"W2\"},"
            + "\"W2\":{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"W3\"},"
            + "\"W3\":{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}}}")).stateMachineArn();
    fake.clock().setTimeSkipping(false);
    String arn = client.startExecution(b -> b.stateMachineArn(machine)).executionArn();

    // WHEN
    List<Long> ids = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      GetExecutionHistoryResponse response = client.getExecutionHistory(b -> b.executionArn(arn)
          .reverseOrder(true).maxResults(1).nextToken(next));
      response.events().stream().map(HistoryEvent::id).forEach(ids::add);
      fake.clock().advance(java.time.Duration.ofSeconds(1));
      token = response.nextToken();
    } while (token != null);

    // THEN the events there were when the paging began, newest first, each once
    assertThat(ids).containsExactly(2L, 1L);
  }
}
