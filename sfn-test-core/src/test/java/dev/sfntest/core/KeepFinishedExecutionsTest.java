package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;

/** {@link FakeSfn.Builder#keepFinishedExecutions}: a long-lived fake forgets old finished executions. */
class KeepFinishedExecutionsTest {

  private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final String HOLD = "{\"StartAt\":\"H\",\"States\":{\"H\":{\"Type\":\"Task\","
      + "\"Resource\":\"arn:aws:states:us-east-1:123456789012:activity:hold\",\"End\":true}}}";
  private static final String FAN = "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"End\":true,"
      + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
      + "\"StartAt\":\"E\",\"States\":{\"E\":{\"Type\":\"Pass\",\"End\":true}}}}}}";

  private static String machine(SfnClient client, String name, String definition) {
    return client.createStateMachine(b -> b.name(name).roleArn(FakeSfn.ROLE_ARN).definition(definition))
        .stateMachineArn();
  }

  private static String start(SfnClient client, String machine, String name, String input) {
    return client.startExecution(b -> b.stateMachineArn(machine).name(name).input(input)).executionArn();
  }

  private static List<String> listed(SfnClient client, String machine) {
    return client.listExecutionsPaginator(b -> b.stateMachineArn(machine)).executions().stream()
        .map(ExecutionListItem::name).collect(Collectors.toList());
  }

  @Nested
  class keepFinishedExecutions {

    @Test
    void keeps_every_execution_by_default() {
      try (FakeSfn fake = FakeSfn.create()) {
        // GIVEN
        SfnClient client = fake.client();
        String machine = machine(client, "m", PASS);

        // WHEN
        for (int i = 0; i < 50; i++) {
          start(client, machine, "run-" + i, "{}");
        }

        // THEN
        assertThat(listed(client, machine)).hasSize(50);
      }
    }

    @Test
    void forgets_the_executions_that_finished_earliest_per_state_machine() {
      try (FakeSfn fake = FakeSfn.builder().keepFinishedExecutions(2).build()) {
        // GIVEN
        SfnClient client = fake.client();
        String first = machine(client, "first", PASS);
        String second = machine(client, "second", PASS);
        List<String> firsts = new ArrayList<>();

        // WHEN
        for (int i = 0; i < 5; i++) {
          firsts.add(start(client, first, "run-" + i, "{}"));
        }
        start(client, second, "other", "{}");

        // THEN
        assertThat(listed(client, first)).containsExactly("run-4", "run-3");
        assertThat(listed(client, second)).containsExactly("other");
        for (String forgotten : firsts.subList(0, 3)) {
          assertThatThrownBy(() -> client.describeExecution(b -> b.executionArn(forgotten)))
              .isInstanceOf(ExecutionDoesNotExistException.class);
          assertThatThrownBy(() -> client.getExecutionHistory(b -> b.executionArn(forgotten)))
              .isInstanceOf(ExecutionDoesNotExistException.class);
        }
        assertThat(client.describeExecution(b -> b.executionArn(firsts.get(4))).statusAsString()).isEqualTo("SUCCEEDED");
      }
    }

    @Test
    void forgets_by_the_order_they_finished_not_the_order_they_started() {
      try (FakeSfn fake = FakeSfn.builder().keepFinishedExecutions(2).build()) {
        // GIVEN three executions that finish in another order than they started
        SfnClient client = fake.client();
        client.createActivity(b -> b.name("hold"));
        String machine = machine(client, "m", HOLD);
        String a = start(client, machine, "a", "{}");
        String b = start(client, machine, "b", "{}");
        String c = start(client, machine, "c", "{}");
        client.stopExecution(r -> r.executionArn(c));
        client.stopExecution(r -> r.executionArn(a));

        // WHEN the third one finishes
        client.stopExecution(r -> r.executionArn(b));

        // THEN the one that finished first is forgotten
        assertThat(listed(client, machine)).containsExactly("b", "a");
        assertThatThrownBy(() -> client.describeExecution(r -> r.executionArn(c)))
            .isInstanceOf(ExecutionDoesNotExistException.class);
      }
    }

    @Test
    void keeps_running_executions_whatever_the_count() {
      try (FakeSfn fake = FakeSfn.builder().keepFinishedExecutions(0).build()) {
        // GIVEN
        SfnClient client = fake.client();
        client.createActivity(b -> b.name("hold"));
        String machine = machine(client, "m", HOLD);

        // WHEN
        String held = start(client, machine, "held", "{}");
        String stopped = start(client, machine, "stopped", "{}");
        client.stopExecution(b -> b.executionArn(stopped));

        // THEN
        assertThat(client.describeExecution(b -> b.executionArn(held)).statusAsString()).isEqualTo("RUNNING");
        assertThat(listed(client, machine)).containsExactly("held");
        assertThatThrownBy(() -> client.describeExecution(b -> b.executionArn(stopped)))
            .isInstanceOf(ExecutionDoesNotExistException.class);
      }
    }

    @Test
    void a_forgotten_name_may_be_used_again() {
      try (FakeSfn fake = FakeSfn.builder().keepFinishedExecutions(1).build()) {
        // GIVEN
        SfnClient client = fake.client();
        String machine = machine(client, "m", PASS);
        start(client, machine, "again", "{\"n\":1}");
        start(client, machine, "between", "{}");

        // WHEN
        String arn = start(client, machine, "again", "{\"n\":2}");

        // THEN
        assertThat(client.describeExecution(b -> b.executionArn(arn)).input()).isEqualTo("{\"n\":2}");
      }
    }

    @Test
    void a_redriven_execution_counts_as_finished_when_it_ends_again() {
      try (FakeSfn fake = FakeSfn.builder().keepFinishedExecutions(1).build()) {
        // GIVEN an execution stopped, then a newer one finished
        SfnClient client = fake.client();
        client.createActivity(b -> b.name("hold"));
        String machine = machine(client, "m", HOLD);
        String older = start(client, machine, "older", "{}");
        client.stopExecution(b -> b.executionArn(older));
        String newer = start(client, machine, "newer", "{}");

        // WHEN the newer one ends, the older one is forgotten
        client.stopExecution(b -> b.executionArn(newer));

        // THEN
        assertThatThrownBy(() -> client.describeExecution(b -> b.executionArn(older)))
            .isInstanceOf(ExecutionDoesNotExistException.class);

        // WHEN it is redriven, it runs and is kept; ending again, it is the one kept
        client.redriveExecution(b -> b.executionArn(newer));
        assertThat(listed(client, machine)).containsExactly("newer");
        client.stopExecution(b -> b.executionArn(newer));
        assertThat(client.listExecutions(b -> b.stateMachineArn(machine).statusFilter("ABORTED")).executions())
            .extracting(ExecutionListItem::name).containsExactly("newer");
      }
    }

    @Test
    void a_forgotten_execution_takes_its_map_runs_and_their_children_along() {
      try (FakeSfn fake = FakeSfn.builder().keepFinishedExecutions(1).build()) {
        // GIVEN
        SfnClient client = fake.client();
        String machine = machine(client, "fan", FAN);
        String first = start(client, machine, "first", "[1,2,3]");
        String mapRun = client.listMapRuns(b -> b.executionArn(first)).mapRuns().get(0).mapRunArn();
        String child = client.listExecutions(b -> b.mapRunArn(mapRun)).executions().get(0).executionArn();

        // WHEN
        start(client, machine, "second", "[1]");

        // THEN
        assertThatThrownBy(() -> client.describeMapRun(b -> b.mapRunArn(mapRun)))
            .hasMessageContaining("Resource not found");
        assertThatThrownBy(() -> client.describeExecution(b -> b.executionArn(child)))
            .isInstanceOf(ExecutionDoesNotExistException.class);
      }
    }

    @Test
    void refuses_a_negative_count() {
      assertThatIllegalArgumentException().isThrownBy(() -> FakeSfn.builder().keepFinishedExecutions(-1))
          .withMessageContaining("0 or more");
    }
  }
}
