package dev.sfntest.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.local.LocalSettings;
import dev.sfntest.local.LocalSfn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineStatus;

/**
 * Live mode's clean-up (sfntest.mode=live) on an account that holds more than the tests make:
 * against sfn-local, served here on 127.0.0.1 on virtual time, whose own client stands for the
 * account's owner. Each test looks only at the names its fixture uses.
 */
class LiveCleanupTest {

  static LocalSfn server;
  /** The account's owner: sees everything, and nothing of it is recorded. */
  static SfnClient owner;

  @BeforeAll
  static void serve() {
    server = LocalSfn.start(LocalSettings.defaults().withPort(0).withVirtualTime(true));
    owner = server.fake().client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A review that waits for a worker of the activity: it runs until someone answers or stops it. */
  static String review(String activityArn) {
    return "{\"StartAt\":\"Review\",\"States\":{\"Review\":{\"Type\":\"Task\",\"Resource\":\"" + activityArn
        + "\",\"End\":true}}}";
  }

  static List<String> machineNames() {
    return owner.listStateMachines().stateMachines().stream().map(StateMachineListItem::name).toList();
  }

  static List<String> activityNames() {
    return owner.listActivities().activities().stream().map(ActivityListItem::name).toList();
  }

  @Fixture
  @SpringBootTest(classes = {HelloApp.class, QueuesApp.class}, properties = {"sfntest.mode=live",
      "sfntest.credentials=dummy", "queues=shared-reviews,startup-scratch"})
  @AutoConfigureSfnTest
  @DeployStateMachine(name = "hello", definition = "workflows/hello.asl.json", arnProperty = "hello.arn")
  @DirtiesContext
  static class CreatesAgainWhatExists {
    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry registry) {
      registry.add("sfntest.endpoint", () -> server.endpoint().toString());
    }

    @Autowired SfnClient client;
    @Autowired QueuesApp.Queues queues;

    @Test
    void creates_again_what_exists(TestReporter reporter) {
      String reviews = queues.arns().get("shared-reviews");
      String machine = client.createStateMachine(b -> b.name("shared-review").definition(review(reviews))
          .roleArn(FakeSfn.ROLE_ARN)).stateMachineArn();
      String activity = client.createActivity(b -> b.name("shared-reviews")).activityArn();
      client.createActivity(b -> b.name("test-scratch"));
      reporter.publishEntry(Map.of("startup activity", reviews, "machine", machine, "activity", activity));
    }
  }

  @Fixture
  @SpringBootTest(classes = HelloApp.class, properties = {"sfntest.mode=live", "sfntest.credentials=dummy"})
  @AutoConfigureSfnTest
  @DeployActivity(name = "work", arnProperty = "work.arn")
  @DeployStateMachine(name = "fan-out", definition = "workflows/fan-out.asl.json", arnProperty = "hello.arn",
      substitutions = "WorkActivity=${work.arn}")
  @DirtiesContext
  static class LeavesAMapRunWorking {
    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry registry) {
      registry.add("sfntest.endpoint", () -> server.endpoint().toString());
    }

    /** The executions the first and third tests leave running, for the second and fourth to look at. */
    static String applicationsRun;
    static String othersRun;

    @Autowired Greeter greeter;
    @Autowired SfnClient client;
    @Value("${work.arn}") String work;

    @Test
    void a_the_application_starts_a_map_run_and_leaves_it_waiting_for_workers() {
      applicationsRun = greeter.greet("items");
      assertThat(children(applicationsRun)).extracting(ExecutionListItem::status)
          .containsOnly(ExecutionStatus.RUNNING).hasSize(3);
    }

    @Test
    void b_finds_it_and_its_children_stopped() {
      assertThat(owner.describeExecution(b -> b.executionArn(applicationsRun)).status())
          .isEqualTo(ExecutionStatus.ABORTED);
      assertThat(children(applicationsRun)).extracting(ExecutionListItem::status)
          .containsOnly(ExecutionStatus.ABORTED).hasSize(3);
    }

    @Test
    void c_creates_a_fan_out_that_something_else_starts() {
      String machine = client.createStateMachine(b -> b.name("own-fan-out").definition(fanOut(work))
          .roleArn(FakeSfn.ROLE_ARN)).stateMachineArn();
      // as an EventBridge rule would: through no client of the test's or the application's
      othersRun = owner.startExecution(b -> b.stateMachineArn(machine)).executionArn();
      assertThat(children(othersRun)).extracting(ExecutionListItem::status)
          .containsOnly(ExecutionStatus.RUNNING).hasSize(3);
    }

    @Test
    void d_finds_it_and_its_children_stopped_and_the_machine_gone() {
      assertThat(owner.describeExecution(b -> b.executionArn(othersRun)).status()).isEqualTo(ExecutionStatus.ABORTED);
      assertThat(children(othersRun)).extracting(ExecutionListItem::status)
          .containsOnly(ExecutionStatus.ABORTED).hasSize(3);
      // A machine is removed only once none of its executions, map runs' children included, runs.
      assertThat(machineNames()).doesNotContain("own-fan-out");
    }
  }

  /** The child executions of the execution's (one) map run. */
  static List<ExecutionListItem> children(String executionArn) {
    String mapRun = owner.listMapRuns(b -> b.executionArn(executionArn)).mapRuns().get(0).mapRunArn();
    return owner.listExecutions(b -> b.mapRunArn(mapRun)).executions();
  }

  /** workflows/fan-out.asl.json, on this activity. */
  static String fanOut(String activityArn) {
    try (var in = LiveCleanupTest.class.getResourceAsStream("/workflows/fan-out.asl.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${WorkActivity}", activityArn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class what_existed_before_the_test {

    @Test
    void is_left_in_place_though_the_application_creates_it_again() {
      // GIVEN: the account's activity, a state machine on it, and one of its executions, running
      String activity = owner.createActivity(b -> b.name("shared-reviews")).activityArn();
      String machine = owner.createStateMachine(b -> b.name("shared-review").definition(review(activity))
          .roleArn(FakeSfn.ROLE_ARN)).stateMachineArn();
      String theirs = owner.startExecution(b -> b.stateMachineArn(machine)).executionArn();
      try {
        // WHEN: the application creates the activity again at its start, a test creates both again
        EngineExecutionResults results = Fixtures.run(CreatesAgainWhatExists.class);
        // THEN: the service returned the account's own, and they are all still there
        assertThat(Fixtures.failures(results)).isEmpty();
        assertThat(Fixtures.passed(results)).containsExactly("creates_again_what_exists");
        assertThat(Fixtures.reported(results, "startup activity")).containsValue(activity);
        assertThat(Fixtures.reported(results, "activity")).containsValue(activity);
        assertThat(Fixtures.reported(results, "machine")).containsValue(machine);
        assertThat(owner.describeStateMachine(b -> b.stateMachineArn(machine)).status())
            .isEqualTo(StateMachineStatus.ACTIVE);
        assertThat(owner.describeActivity(b -> b.activityArn(activity)).name()).isEqualTo("shared-reviews");
        assertThat(owner.describeExecution(b -> b.executionArn(theirs)).status()).isEqualTo(ExecutionStatus.RUNNING);
        // and what the application and the test made new is gone, after the test and with the context
        assertThat(activityNames()).contains("shared-reviews").doesNotContain("startup-scratch", "test-scratch");
        assertThat(machineNames()).contains("shared-review").noneMatch(name -> name.startsWith("hello-"));
      } finally {
        owner.stopExecution(b -> b.executionArn(theirs));
        owner.deleteStateMachine(b -> b.stateMachineArn(machine));
        owner.deleteActivity(b -> b.activityArn(activity));
      }
    }
  }

  @Nested
  class a_map_run_left_running {

    @Test
    void is_stopped_after_the_test_with_its_child_executions() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(LeavesAMapRunWorking.class);
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.passed(results)).containsExactly(
          "a_the_application_starts_a_map_run_and_leaves_it_waiting_for_workers",
          "b_finds_it_and_its_children_stopped", "c_creates_a_fan_out_that_something_else_starts",
          "d_finds_it_and_its_children_stopped_and_the_machine_gone");
      assertThat(machineNames()).noneMatch(name -> name.startsWith("fan-out-"));
      assertThat(activityNames()).noneMatch(name -> name.startsWith("work-"));
    }
  }
}
