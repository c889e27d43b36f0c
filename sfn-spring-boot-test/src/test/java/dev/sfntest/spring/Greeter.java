package dev.sfntest.spring;

import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/** What an application does with its clients: starts the workflow whose ARN it was configured with. */
final class Greeter {

  private final SfnClient sfn;
  private final SfnAsyncClient async;
  private final String stateMachineArn;

  Greeter(SfnClient sfn, SfnAsyncClient async, String stateMachineArn) {
    this.sfn = sfn;
    this.async = async;
    this.stateMachineArn = stateMachineArn;
  }

  String greet(String name) {
    return sfn.startExecution(b -> b.stateMachineArn(stateMachineArn).name("greet-" + name)
        .input("{\"name\": \"" + name + "\"}")).executionArn();
  }

  CompletableFuture<String> greetLater(String name) {
    return async.startExecution(b -> b.stateMachineArn(stateMachineArn).name("later-" + name)
        .input("{\"name\": \"" + name + "\"}")).thenApply(r -> r.executionArn());
  }
}
