package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.reliability.StressScenario.Kind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Eight threads on one fake ({@link StressRun}): no deadlock, no event lost or recorded twice, ids
 * contiguous, and every execution ends as its input dictates, with the very events a run on a
 * quiet fake records. The repetitions run at the same time, in JUnit's parallel mode, each on its
 * own fake: separate fakes share nothing.
 */
@Execution(ExecutionMode.CONCURRENT)
class ConcurrencyStressTest {

  private static final int STARTS_PER_STARTER = 1000;
  /** The event types of each kind of execution, from a run on a fake nobody else touches. */
  private static final Map<Kind, List<String>> QUIET = new EnumMap<>(Kind.class);

  @BeforeAll
  static void record_each_kind_on_a_quiet_fake() {
    try (FakeSfn fake = FakeSfn.create()) {
      SfnClient client = fake.client();
      StressScenario.deploy(client);
      for (Kind kind : Kind.values()) {
        String arn = client.startExecution(b -> b.stateMachineArn(StressScenario.machineArn(kind.machine))
            .name("quiet-" + kind).input(kind.input)).executionArn();
        if (kind.isWork()) {
          var task = client.getActivityTask(b -> b.activityArn(StressScenario.WORK_ACTIVITY));
          StressScenario.answer(client, task.taskToken(), task.input());
        }
        if (kind == Kind.HOLD) {
          StressScenario.stop(client, arn);
        }
        fake.clock().advance(Duration.ofDays(2));
        QUIET.put(kind, Histories.types(Histories.of(client, arn)));
      }
    }
  }

  @RepeatedTest(2)
  @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void eight_threads_on_one_fake_end_every_execution_as_its_input_dictates() throws Exception {
    // GIVEN
    try (FakeSfn fake = FakeSfn.builder().activityPollTimeout(Duration.ofMillis(100)).build()) {
      SfnClient client = fake.client();
      StressScenario.deploy(client);
      StressRun run = new StressRun(fake, STARTS_PER_STARTER);

      // WHEN
      run.run(Duration.ofSeconds(60));
      assertThat(run.failures).isEmpty();
      assertThat(run.heldStillRunning()).isEmpty();
      fake.clock().advance(Duration.ofDays(2));   // past every Wait and the ignored tasks' timeouts

      // THEN
      assertThat(run.started).hasSize(StressRun.STARTERS * STARTS_PER_STARTER);
      assertThat(run.advances.get()).isPositive();
      assertThat(run.reads.get()).isPositive();
      run.started.forEach((arn, kind) -> {
        DescribeExecutionResponse execution = client.describeExecution(b -> b.executionArn(arn));
        assertThat(execution.statusAsString()).as("status of %s (%s)", arn, kind).isEqualTo(kind.status);
        assertThat(execution.error()).as("error of %s (%s)", arn, kind).isEqualTo(kind.error);
        List<HistoryEvent> history = Histories.of(client, arn);
        Histories.assertWellFormed(history);
        assertThat(Histories.types(history)).as("events of %s (%s)", arn, kind).isEqualTo(QUIET.get(kind));
      });
      for (String machine : List.of("route", "work", "hold", "fan")) {
        long listed = client.listExecutionsPaginator(b -> b.stateMachineArn(StressScenario.machineArn(machine))
            .maxResults(13)).executions().stream().count();
        assertThat(listed).as("executions of %s", machine)
            .isEqualTo(run.started.values().stream().filter(k -> k.machine.equals(machine)).count());
      }
      assertThat(fake.clock().nextTimer()).as("a timer left behind").isNull();
    }
  }
}
