package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.TaskFailure;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.shared.model.SdkModelJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;

/**
 * Same scenario, same seed: byte-identical histories and descriptions, for a workflow with every
 * source of variation the fake controls: a Map with MaxConcurrency 3 whose iterations wait and
 * retry with full jitter, a Parallel of three branches, an activity worker and its task token,
 * generated UUIDs and random numbers in JSONPath and JSONata.
 */
@Execution(ExecutionMode.CONCURRENT)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeterminismTest {

  private static final String PACK = "arn:aws:states:us-east-1:123456789012:activity:pack";
  private static final String DEFINITION = "{\"StartAt\":\"Prepare\",\"States\":{"
      + "\"Prepare\":{\"Type\":\"Pass\",\"Parameters\":{\"id.$\":\"States.UUID()\","
      + "\"roll.$\":\"States.MathRandom(1, 1000)\",\"items.$\":\"$.items\"},\"Next\":\"Both\"},"
      + "\"Both\":{\"Type\":\"Parallel\",\"ResultPath\":\"$.parallel\",\"Next\":\"Charge\",\"Branches\":["
      + "{\"StartAt\":\"Each\",\"States\":{\"Each\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"MaxConcurrency\":3,"
      + "\"ItemProcessor\":{\"StartAt\":\"Nap\",\"States\":{"
      + "\"Nap\":{\"Type\":\"Wait\",\"SecondsPath\":\"$.wait\",\"Next\":\"Work\"},"
      + "\"Work\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:work\","
      + "\"Retry\":[{\"ErrorEquals\":[\"Work.Flaky\"],\"IntervalSeconds\":1,\"BackoffRate\":2,\"MaxAttempts\":4,"
      + "\"JitterStrategy\":\"FULL\"}],\"End\":true}}},\"End\":true}}},"
      + "{\"StartAt\":\"Pack\",\"States\":{\"Pack\":{\"Type\":\"Task\",\"Resource\":\"" + PACK + "\","
      + "\"HeartbeatSeconds\":60,\"End\":true}}},"
      + "{\"StartAt\":\"Dice\",\"States\":{\"Dice\":{\"Type\":\"Pass\",\"QueryLanguage\":\"JSONata\","
      + "\"Output\":\"{% {'r': $random(), 'u': $uuid()} %}\",\"End\":true}}}]},"
      + "\"Charge\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:charge\","
      + "\"Retry\":[{\"ErrorEquals\":[\"Payment.Throttled\"],\"IntervalSeconds\":2,\"BackoffRate\":2,"
      + "\"MaxAttempts\":5,\"JitterStrategy\":\"FULL\"}],"
      + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Refund\"}],\"End\":true},"
      + "\"Refund\":{\"Type\":\"Pass\",\"End\":true}}}";

  @Test
  void the_same_scenario_twice_records_byte_identical_histories() {
    // WHEN
    List<String> first = scenario(0);
    List<String> second = scenario(0);

    // THEN
    assertThat(second).isEqualTo(first);
    assertThat(first.get(0)).contains("MapIterationStarted", "ParallelStateStarted", "ActivityStarted",
        "TaskStateEntered");
    assertThat(first.get(0).split("\"Work.Flaky\"", -1).length - 1).as("Work retries").isGreaterThan(3);
  }

  @Test
  void another_seed_jitters_other_retries_and_generates_other_values() {
    // WHEN
    List<String> seed0 = scenario(0);
    List<String> seed1 = scenario(1);

    // THEN the seed is what fixes the variations: without it, identical histories would prove nothing
    assertThat(seed1).isNotEqualTo(seed0);
    assertThat(stopDate(seed1.get(1))).as("the end, after jittered retries").isNotEqualTo(stopDate(seed0.get(1)));
  }

  @Test
  void four_fakes_running_the_scenario_at_once_record_what_one_records_alone() throws Exception {
    // GIVEN
    List<String> alone = scenario(0);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      // WHEN
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Callable<List<String>> run = () -> scenario(0);
        runs.add(threads.submit(run));
      }

      // THEN
      for (Future<List<String>> run : runs) {
        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(alone);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * Runs the scenario on a new fake with the seed: two executions, one activity task answered by a
   * worker each; returns each execution's history and description as a client receives them.
   */
  private static List<String> scenario(long seed) {
    try (FakeSfn fake = FakeSfn.builder().seed(seed).build()) {
      SfnClient client = fake.client();
      fake.mockTask("Work").thenAnswer(call -> {
        if (call.retryCount() < call.input().get("n").asInt() % 3) {
          throw new TaskFailure("Work.Flaky", "attempt " + call.retryCount());
        }
        return call.input();
      });
      fake.mockTask("Charge").thenFail("Payment.Throttled", "busy").times(3).thenReturn("{\"charged\":true}");
      client.createActivity(b -> b.name("pack"));
      String machine = client.createStateMachine(b -> b.name("order").roleArn(FakeSfn.ROLE_ARN)
          .definition(DEFINITION)).stateMachineArn();
      List<String> texts = new ArrayList<>();
      for (int run = 0; run < 2; run++) {
        String input = items(run == 0 ? 7 : 5);
        String arn = client.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
        GetActivityTaskResponse task = client.getActivityTask(b -> b.activityArn(PACK).workerName("packer"));
        client.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"packed\":\"" + task.taskToken() + "\"}"));
        texts.add(Histories.text(client, arn));
        texts.add(Json.write(SdkModelJson.toJson(client.describeExecution(b -> b.executionArn(arn)))));
      }
      return texts;
    }
  }

  private static String stopDate(String description) {
    return Json.parseUnchecked(description).get("stopDate").asText();
  }

  /** {"items": [{"n": 0, "wait": 0}, {"n": 1, "wait": 2}, ...]}: waits of 0 to 4 seconds. */
  private static String items(int count) {
    StringBuilder items = new StringBuilder("{\"items\":[");
    for (int n = 0; n < count; n++) {
      items.append(n == 0 ? "" : ",").append("{\"n\":").append(n).append(",\"wait\":").append(n * 2 % 5).append('}');
    }
    return items.append("]}").toString();
  }
}
