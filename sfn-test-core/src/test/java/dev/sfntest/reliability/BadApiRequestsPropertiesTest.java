package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.BeforeTry;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.SfnRequest;

/**
 * Every operation, through the sync and the async client, with requests of random members
 * ({@link RandomRequests}) on one fake holding a machine, a version, an alias, executions, an
 * activity with a task in flight and a map run: each call answers, or throws an AWS exception with
 * AWS's code and status 400 (the async client completes its future with one); nothing else, nothing
 * hangs, and the fake works after every call.
 */
class BadApiRequestsPropertiesTest {

  private static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";

  private FakeSfn fake;
  /** ARNs and tokens for requests: the first {@code existing} name things the fake holds. */
  private final List<String> arns = new ArrayList<>();
  private int existing;
  private int tries;

  @BeforeProperty
  void start() {
    fake = FakeSfn.builder().activityPollTimeout(Duration.ofMillis(20)).build();
  }

  /**
   * Every 50 tries, a new set of fixtures on the same fake: the random requests delete and stop
   * them, and requests on things that no longer exist stop early.
   */
  @BeforeTry
  void refreshFixtures() {
    if (tries++ % 50 == 0) {
      fixtures("-" + tries / 50);
    }
  }

  private void fixtures(String suffix) {
    SfnClient client = fake.client();
    String machine = client.createStateMachine(b -> b.name("fixture" + suffix).roleArn(FakeSfn.ROLE_ARN).publish(true)
        .definition("{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":10,\"End\":true}}}"))
        .stateMachineArn();
    String version = machine + ":1";
    String alias = client.createStateMachineAlias(b -> b.name("live" + suffix)
        .routingConfiguration(r -> r.stateMachineVersionArn(version).weight(100))).stateMachineAliasArn();
    String activity = client.createActivity(b -> b.name("work" + suffix)).activityArn();
    String worker = client.createStateMachine(b -> b.name("worker" + suffix).roleArn(FakeSfn.ROLE_ARN)
        .definition("{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"" + activity
            + "\",\"End\":true}}}")).stateMachineArn();
    String waiting = client.startExecution(b -> b.stateMachineArn(worker).name("waiting")).executionArn();
    String token = client.getActivityTask(b -> b.activityArn(activity)).taskToken();
    String mapper = client.createStateMachine(b -> b.name("mapper" + suffix).roleArn(FakeSfn.ROLE_ARN)
        .definition("{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemProcessor\":{\"ProcessorConfig\":"
            + "{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"I\",\"States\":{\"I\":"
            + "{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}")).stateMachineArn();
    String mapped = client.startExecution(b -> b.stateMachineArn(mapper).input("[1,2,3]")).executionArn();
    String mapRun = client.listMapRuns(b -> b.executionArn(mapped)).mapRuns().get(0).mapRunArn();
    String express = client.createStateMachine(b -> b.name("express" + suffix).roleArn(FakeSfn.ROLE_ARN).type("EXPRESS")
        .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}")).stateMachineArn();
    arns.clear();
    arns.addAll(List.of(machine, version, alias, activity, worker, waiting, token, mapper, mapped, mapRun, express));
    existing = arns.size();
    arns.addAll(List.of(
        PREFIX + "stateMachine:missing", machine + ":9", machine + ":gone", PREFIX + "execution:fixture:missing",
        PREFIX + "activity:missing", PREFIX + "express:express:x:y", PREFIX + "mapRun:mapper/x:y",
        machine.replace("us-east-1", "eu-west-1"), machine.replace("123456789012", "999999999999"),
        "arn:aws:lambda:us-east-1:123456789012:function:f", "arn:aws:iam::123456789012:role/r", FakeSfn.ROLE_ARN,
        "arn:aws:states", "not-an-arn", "", "arn:" + "x".repeat(3000), token.substring(0, token.length() / 2),
        "eyJ0b2tlbiI6dHJ1ZX0"));
  }

  @AfterProperty
  void stop() {
    fake.close();
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void every_operation_answers_random_requests_or_refuses_them_as_aws_does(@ForAll("operations") Method operation,
      @ForAll long seed, @ForAll boolean plausible, @ForAll boolean async) {
    SfnRequest request = RandomRequests.request(operation, new Random(seed), arns, existing, plausible);
    Outcomes.bounded(() -> {
      SfnException refused = async ? callAsync(operation, request) : call(operation, request);
      if (refused != null) {
        Outcomes.assertAwsError(refused);
      }
      Outcomes.assertStillWorks(fake);
    });
  }

  /** Calls the sync client; returns the AWS exception it threw, and lets any other escape. */
  private SfnException call(Method operation, SfnRequest request) throws Throwable {
    try {
      operation.invoke(fake.client(), request);
      return null;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof SfnException aws) {
        return aws;
      }
      throw e.getCause();
    }
  }

  /** Calls the async client; its future completes normally or with an AWS exception. */
  private SfnException callAsync(Method operation, SfnRequest request) throws Throwable {
    Method asyncOperation = SfnAsyncClient.class.getMethod(operation.getName(), operation.getParameterTypes());
    CompletableFuture<?> future;
    try {
      future = (CompletableFuture<?>) asyncOperation.invoke(fake.asyncClient(), request);
    } catch (InvocationTargetException e) {
      throw new AssertionError("the async client threw instead of failing its future", e.getCause());
    }
    try {
      future.get(10, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      assertThat(e.getCause()).as("the future's failure").isInstanceOf(SfnException.class);
      return (SfnException) e.getCause();
    }
  }

  @Provide
  Arbitrary<Method> operations() {
    return Arbitraries.of(RandomRequests.OPERATIONS);
  }
}
