package dev.sfntest.examples.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * The user's activity worker, as it would run in production: it long-polls GetActivityTask, packs
 * the order's items one by one with a heartbeat after each, and reports the parcel. Nothing here
 * knows about tests; the test gives it the fake's client and a {@link Packer}.
 */
final class PackingWorker {

  /** Packs one item: the slow work between heartbeats (a robot arm, in the real warehouse). */
  interface Packer {
    void pack(String item);
  }

  /** How a run of the worker ended. */
  enum Outcome { PACKED, NO_TASK, TASK_LOST }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SfnClient client;
  private final String activityArn;
  private final Packer packer;

  PackingWorker(SfnClient client, String activityArn, Packer packer) {
    this.client = client;
    this.activityArn = activityArn;
    this.packer = packer;
  }

  /** Takes one task and works on it. */
  Outcome runOnce() throws Exception {
    GetActivityTaskResponse task = client.getActivityTask(b -> b.activityArn(activityArn).workerName("packer-1"));
    if (task.taskToken() == null) {
      return Outcome.NO_TASK;   // the long poll ended without a task
    }
    JsonNode order = JSON.readTree(task.input());
    try {
      for (JsonNode item : order.get("items")) {
        packer.pack(item.asText());
        client.sendTaskHeartbeat(b -> b.taskToken(task.taskToken()));
      }
      String parcel = "{\"parcelId\": \"p-" + order.get("orderId").asText() + "\"}";
      client.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(parcel));
      return Outcome.PACKED;
    } catch (TaskTimedOutException e) {
      return Outcome.TASK_LOST;   // Step Functions gave the task up: stop working on it
    }
  }
}
