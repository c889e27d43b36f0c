package dev.sfntest.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.live.LiveWait;
import dev.sfntest.internal.sdk.FakeSfnClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * A handle on one execution, built on the public {@link SfnClient} API only, so it works on the
 * fake and on a live client alike. On the fake an execution has already run as far as it can when
 * it is started, so nothing here waits; on a live client {@link #await()} polls until the
 * execution ends or the timeout passes. A live wait that cannot succeed stops early: when the
 * execution sits in a Wait state that ends later than the timeout allows on the endpoint's clock
 * (a day-long Wait on AWS; sfn-local on virtual time ends it at once), and the failure says so.
 *
 * <pre>{@code
 * Execution run = Execution.of(client, response.executionArn());
 * run.await();
 * JsonNode out = run.output();
 * }</pre>
 */
public final class Execution {

  /** How long a live wait lasts unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final SfnClient client;
  private final String arn;
  private final Duration timeout;

  private Execution(SfnClient client, String arn, Duration timeout) {
    this.client = Objects.requireNonNull(client);
    this.arn = Objects.requireNonNull(arn);
    this.timeout = Objects.requireNonNull(timeout);
  }

  /**
   * A handle on the execution with that ARN. On a live client it waits up to {@link
   * #DEFAULT_TIMEOUT}, or up to the live time limit of the test when {@code client} is one the JUnit
   * extension gave it ({@code liveTimeout}; see {@link CreatedResources#of(SfnClient, Duration)}).
   */
  public static Execution of(SfnClient client, String executionArn) {
    return new Execution(client, executionArn, LiveWait.defaultTimeout(client, DEFAULT_TIMEOUT));
  }

  /** The same handle, waiting at most {@code timeout} on a live client. */
  public Execution withTimeout(Duration timeout) {
    return new Execution(client, arn, timeout);
  }

  /** The execution's ARN, as StartExecution returned it. */
  public String arn() {
    return arn;
  }

  /** How long a live wait lasts for this handle ({@link #withTimeout}); the fake never waits. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The name of the state machine that runs the execution, read from the ARN (standard {@code
   * ...:execution:Machine:name}, express {@code ...:express:Machine:name:id}), without a call.
   */
  public String stateMachineName() {
    String[] parts = arn.split(":");
    return parts.length > 6 ? parts[6] : "";
  }

  /** The execution's name: the last part of a standard execution ARN. */
  public String name() {
    String[] parts = arn.split(":");
    return parts[5].equals("express") ? parts[7] : parts[parts.length - 1];
  }

  /** The client this handle reads through. */
  public SfnClient client() {
    return client;
  }

  /**
   * Whether the client is the in-JVM fake (then nothing ever needs waiting for), also when it is
   * wrapped in a {@link ForwardingSfnClient}.
   */
  public boolean isFake() {
    return ForwardingSfnClient.unwrap(client) instanceof FakeSfnClient;
  }

  /** {@code DescribeExecution}, now. */
  public DescribeExecutionResponse describe() {
    return client.describeExecution(b -> b.executionArn(arn));
  }

  /** The status now. */
  public ExecutionStatus status() {
    return describe().status();
  }

  /** Every event of the history, in id order (all pages). */
  public List<HistoryEvent> history() {
    List<HistoryEvent> events = new ArrayList<>();
    client.getExecutionHistoryPaginator(GetExecutionHistoryRequest.builder().executionArn(arn).build())
        .events().forEach(events::add);
    return events;
  }

  /** The output, parsed; {@code null} unless the execution succeeded. */
  public JsonNode output() {
    String text = describe().output();
    return text == null ? null : Json.parseUnchecked(text);
  }

  /**
   * Waits until the execution has ended and returns this handle. On the fake it never waits: if
   * the execution still runs, it waits on the test (a task token, an activity task, the clock),
   * and this fails at once saying on what.
   *
   * @throws IllegalStateException when the execution has not ended (fake), or did not end within
   *     the timeout or waits in a Wait state it cannot leave within it (live); the message names
   *     the state
   */
  public Execution await() {
    DescribeExecutionResponse described = awaitEnd();
    if (described.status() == ExecutionStatus.RUNNING) {
      throw new IllegalStateException(stillRunning());
    }
    return this;
  }

  /**
   * Waits as {@link #await()} does, but hands whatever state the execution reached to {@code
   * check} instead of failing when it still runs: assertions decide what that means.
   */
  public void await(Consumer<DescribeExecutionResponse> check) {
    check.accept(awaitEnd());
  }

  /** Why the execution has not ended, in words a test author can act on. */
  public String stillRunning() {
    if (ForwardingSfnClient.unwrap(client) instanceof FakeSfnClient fake) {
      List<String> waits = fake.waitsOnTest(arn);
      if (!waits.isEmpty()) {
        return "Execution '" + name() + "' is still RUNNING: it waits on " + String.join(", ", waits)
            + ". Complete it from the test, or advance the clock.";
      }
      return "Execution '" + name() + "' is still RUNNING: it waits on the clock (time skipping is off); "
          + "advance the clock to let it go on.";
    }
    return live().stillRunning(describe());
  }

  private DescribeExecutionResponse awaitEnd() {
    DescribeExecutionResponse described = describe();
    if (isFake() || described.status() != ExecutionStatus.RUNNING) {
      return described;
    }
    return live().awaitEnd(described, this::describe);
  }

  private LiveWait live() {
    return new LiveWait(client, arn, name(), timeout);
  }

  @Override
  public String toString() {
    return "execution '" + name() + "'";
  }
}
