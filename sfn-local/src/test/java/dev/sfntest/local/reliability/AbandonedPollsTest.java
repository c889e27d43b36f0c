package dev.sfntest.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.local.SfnServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * GetActivityTask polls whose worker went away: the next task goes to a worker that is still
 * there, not to the dead connection (where it would be lost, and its execution would wait for the
 * task's timeout).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AbandonedPollsTest {

  private final FakeSfn fake = FakeSfn.builder().activityPollTimeout(Duration.ofSeconds(30)).build();
  private final SfnClient client = fake.client();
  private final SfnServer server = SfnServer.builder(client).port(0).start();
  private final String activity = client.createActivity(b -> b.name("pack")).activityArn();
  private final String machine = client.createStateMachine(b -> b.name("packing").roleArn(FakeSfn.ROLE_ARN)
      .definition("{\"StartAt\":\"Pack\",\"States\":{\"Pack\":{\"Type\":\"Task\",\"Resource\":\"" + activity
          + "\",\"End\":true}}}")).stateMachineArn();

  @AfterEach
  void close() {
    server.close();
    fake.close();
  }

  private Wire poll(String worker) {
    Wire wire = new Wire(server.address(), Duration.ofSeconds(20));
    wire.send(Wire.post("GetActivityTask", "{\"activityArn\":\"" + activity + "\",\"workerName\":\"" + worker + "\"}"));
    return wire;
  }

  /** Whether some request thread of the server waits in a poll. */
  private static boolean aPollWaits() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().startsWith("sfn-local-request-"))
        .anyMatch(e -> Arrays.stream(e.getValue())
            .anyMatch(frame -> frame.getClassName().endsWith("ActivityTasks") && frame.getMethodName().equals("poll")));
  }

  private static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
  }

  private List<HistoryEvent> history(String execution) {
    return client.getExecutionHistory(b -> b.executionArn(execution)).events();
  }

  @Test
  void a_worker_that_disconnected_is_handed_no_task() {
    // GIVEN a worker that polls, then goes away while its poll waits
    Wire gone = poll("gone");
    await(AbandonedPollsTest::aPollWaits, "the poll waits");
    gone.close();
    await(() -> !aPollWaits(), "the server saw the worker leave");

    // WHEN a task comes, and a worker that stays polls
    String execution = client.startExecution(b -> b.stateMachineArn(machine).input("{\"box\":1}")).executionArn();
    Wire.Response answer;
    try (Wire stays = poll("stays")) {
      answer = stays.read();
    }

    // THEN the worker that stayed has it
    assertThat(answer.status()).isEqualTo(200);
    JsonNode task = JsonValues.parseUnchecked(answer.body());
    assertThat(task.path("input").asText()).isEqualTo("{\"box\":1}");
    client.sendTaskSuccess(b -> b.taskToken(task.get("taskToken").asText()).output("{\"packed\":true}"));
    assertThat(client.describeExecution(b -> b.executionArn(execution)).statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(history(execution)).filteredOn(e -> e.activityStartedEventDetails() != null)
        .singleElement().satisfies(e -> assertThat(e.activityStartedEventDetails().workerName()).isEqualTo("stays"));
  }
}
