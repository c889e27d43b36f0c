package dev.sfntest.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.expr.Json;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The state machines of the concurrency stress test, and what each kind of execution must end as.
 * Every outcome follows from the input alone, whatever the threads do around it: that is what the
 * test checks.
 */
final class StressScenario {

  static final String WORK_ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:work";
  static final String HOLD_ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:hold";

  /** Routes on {@code $.kind}: passes, fails, or waits 30 seconds and passes. */
  static final String ROUTE = "{\"StartAt\":\"Route\",\"States\":{"
      + "\"Route\":{\"Type\":\"Choice\",\"Choices\":["
      + "{\"Variable\":\"$.kind\",\"StringEquals\":\"ok\",\"Next\":\"Done\"},"
      + "{\"Variable\":\"$.kind\",\"StringEquals\":\"wait\",\"Next\":\"Nap\"}],\"Default\":\"Boom\"},"
      + "\"Nap\":{\"Type\":\"Wait\",\"Seconds\":30,\"Next\":\"Done\"},"
      + "\"Done\":{\"Type\":\"Pass\",\"Result\":{\"ok\":true},\"ResultPath\":\"$.result\",\"End\":true},"
      + "\"Boom\":{\"Type\":\"Fail\",\"Error\":\"Order.Rejected\",\"Cause\":\"asked to fail\"}}}";

  /**
   * An activity task the workers answer as {@code $.verdict} says; an ignored one times out after a
   * day, which the test's clock only passes at its end.
   */
  static final String WORK = "{\"StartAt\":\"Route\",\"States\":{"
      + "\"Route\":{\"Type\":\"Choice\",\"Choices\":["
      + "{\"Variable\":\"$.verdict\",\"StringEquals\":\"ignore\",\"Next\":\"Slow\"}],\"Default\":\"Work\"},"
      + "\"Work\":{\"Type\":\"Task\",\"Resource\":\"" + WORK_ACTIVITY + "\",\"End\":true},"
      + "\"Slow\":{\"Type\":\"Task\",\"Resource\":\"" + WORK_ACTIVITY + "\",\"TimeoutSeconds\":86400,\"End\":true}}}";

  /** An activity no worker polls: its executions run until the test stops them. */
  static final String HOLD = "{\"StartAt\":\"Hold\",\"States\":{"
      + "\"Hold\":{\"Type\":\"Task\",\"Resource\":\"" + HOLD_ACTIVITY + "\",\"End\":true}}}";

  /** A Parallel of a Map (MaxConcurrency 2, a Wait per item) and a count of the items. */
  static final String FAN = "{\"StartAt\":\"Fan\",\"States\":{\"Fan\":{\"Type\":\"Parallel\",\"End\":true,"
      + "\"Branches\":[{\"StartAt\":\"Each\",\"States\":{\"Each\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\","
      + "\"MaxConcurrency\":2,\"ItemProcessor\":{\"StartAt\":\"Tick\",\"States\":{"
      + "\"Tick\":{\"Type\":\"Wait\",\"Seconds\":5,\"Next\":\"Echo\"},\"Echo\":{\"Type\":\"Pass\",\"End\":true}}},"
      + "\"End\":true}}},"
      + "{\"StartAt\":\"Count\",\"States\":{\"Count\":{\"Type\":\"Pass\","
      + "\"Parameters\":{\"n.$\":\"States.ArrayLength($.items)\"},\"End\":true}}}]}}}";

  /** The kinds of execution the starters cycle through, each with its machine, input and ending. */
  enum Kind {
    OK("route", "{\"kind\":\"ok\"}", "SUCCEEDED", null),
    FAIL("route", "{\"kind\":\"fail\"}", "FAILED", "Order.Rejected"),
    WAIT("route", "{\"kind\":\"wait\"}", "SUCCEEDED", null),
    WORK_SUCCESS("work", "{\"verdict\":\"success\"}", "SUCCEEDED", null),
    WORK_FAILURE("work", "{\"verdict\":\"failure\"}", "FAILED", "Worker.Failed"),
    WORK_IGNORED("work", "{\"verdict\":\"ignore\"}", "FAILED", "States.Timeout"),
    HOLD("hold", "{}", "ABORTED", "Stress.Stopped"),
    FAN("fan", "{\"items\":[1,2,3]}", "SUCCEEDED", null);

    final String machine;
    final String input;
    final String status;
    final String error;

    Kind(String machine, String input, String status, String error) {
      this.machine = machine;
      this.input = input;
      this.status = status;
      this.error = error;
    }

    boolean isWork() {
      return machine.equals("work");
    }
  }

  private StressScenario() {}

  /** What the stopper does to a held execution. */
  static void stop(SfnClient client, String executionArn) {
    client.stopExecution(b -> b.executionArn(executionArn).error("Stress.Stopped").cause("by the stopper"));
  }

  /** Creates the activities and the four machines; returns the machines' ARN prefix. */
  static void deploy(SfnClient client) {
    client.createActivity(b -> b.name("work"));
    client.createActivity(b -> b.name("hold"));
    create(client, "route", ROUTE);
    create(client, "work", WORK);
    create(client, "hold", HOLD);
    create(client, "fan", FAN);
  }

  private static void create(SfnClient client, String name, String definition) {
    client.createStateMachine(b -> b.name(name).definition(definition).roleArn(FakeSfn.ROLE_ARN));
  }

  static String machineArn(String name) {
    return "arn:aws:states:us-east-1:123456789012:stateMachine:" + name;
  }

  /**
   * What a worker does with a task of the work activity: answers it as its input says, after a
   * heartbeat, or takes it and drops it.
   */
  static void answer(SfnClient client, String taskToken, String input) {
    JsonNode task = Json.parseUnchecked(input);
    switch (task.get("verdict").asText()) {
      case "success":
        client.sendTaskHeartbeat(b -> b.taskToken(taskToken));
        client.sendTaskSuccess(b -> b.taskToken(taskToken).output("{\"done\":true}"));
        break;
      case "failure":
        client.sendTaskFailure(b -> b.taskToken(taskToken).error("Worker.Failed").cause("as asked"));
        break;
      default:
        break; // ignored: the Task state's TimeoutSeconds ends it
    }
  }
}
