package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;

/**
 * EXPRESS executions have no 25,000-event history quota: "unlimited execution history" within
 * their five-minute limit (developer guide, Standard and Express workflows). A loop that takes no
 * time, which AWS would end at five minutes, is stopped by the fake's own guard, within a bound of
 * time and memory. Isolated, so the heap it measures is its own.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html">Standard and Express workflows</a>
 */
@Isolated
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExpressHistoryTest {

  private final FakeSfn fake = FakeSfn.create();
  private final SfnClient client = fake.client();

  @AfterEach
  void close() {
    fake.close();
  }

  private String express(String definition) {
    return client.createStateMachine(b -> b.name("express").roleArn(FakeSfn.ROLE_ARN).type("EXPRESS")
        .definition(definition)).stateMachineArn();
  }

  private static String items(int count) {
    StringBuilder items = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      items.append(i == 0 ? "" : ",").append(i);
    }
    return items.append(']').toString();
  }

  private static long heapInUse() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static final String INLINE_MAP = "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"MaxConcurrency\":40,"
      + "\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}";

  @Test
  void an_express_execution_records_more_than_25000_events() {
    // GIVEN four events per item, 40,000 in all: a STANDARD execution fails at 25,000
    String machine = express(INLINE_MAP);

    // WHEN
    String async = client.startExecution(b -> b.stateMachineArn(machine).input(items(10_000))).executionArn();

    // THEN
    List<HistoryEvent> log = fake.expressExecutionLog(async);
    assertThat(log).hasSizeGreaterThan(40_000);
    assertThat(log.get(log.size() - 1).typeAsString()).isEqualTo("ExecutionSucceeded");
  }

  @Test
  void a_loop_that_takes_no_time_is_stopped_within_bounded_time_and_memory() {
    // GIVEN two states that hand over to each other for ever, in no time
    String loop = express("{\"StartAt\":\"Ping\",\"States\":{"
        + "\"Ping\":{\"Type\":\"Pass\",\"Result\":{\"payload\":\"" + "p".repeat(100) + "\"},\"Next\":\"Pong\"},"
        + "\"Pong\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.stop\",\"IsPresent\":true,"
        + "\"Next\":\"Done\"}],\"Default\":\"Ping\"},\"Done\":{\"Type\":\"Succeed\"}}}");
    long before = heapInUse();

    // WHEN
    StartSyncExecutionResponse response = client.startSyncExecution(b -> b.stateMachineArn(loop));

    // THEN
    assertThat(response.statusAsString()).isEqualTo("FAILED");
    assertThat(response.error()).isEqualTo("States.Runtime");
    assertThat(response.cause()).isEqualTo("The express execution reached 250000 history events without its"
        + " five-minute limit passing: AWS keeps no history quota for Express workflows, but this fake stops a"
        + " loop that takes no time.");
    assertThat(heapInUse() - before).as("heap the fake keeps for 250,000 events").isLessThan(96L * 1024 * 1024);
  }
}
