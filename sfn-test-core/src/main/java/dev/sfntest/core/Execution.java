package dev.sfntest.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.engine.Deadline;
import dev.sfntest.internal.live.LiveWait;
import dev.sfntest.internal.sdk.FakeSfnClient;
import dev.sfntest.trace.Trace;
import dev.sfntest.trace.Visit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
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
    return history(client);
  }

  private List<HistoryEvent> history(SfnClient via) {
    // Page by page with nextToken, as the paginator does, without its per-page request decoration.
    List<HistoryEvent> events = new ArrayList<>();
    String token = null;
    do {
      GetExecutionHistoryResponse page = via.getExecutionHistory(GetExecutionHistoryRequest.builder()
          .executionArn(arn).nextToken(token).build());
      events.addAll(page.events());
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
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
   * and this fails at once saying on what: which state, waiting for what, due when on the
   * virtual clock ({@link #stillRunning()}).
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

  /**
   * Why the execution has not ended, in words a test author can act on. On the fake: each state
   * it is in, what that state waits for (a Wait's timer, a retry, a task token, an activity
   * worker, a child execution, a task's answer, a map run), read from its history, and when each
   * timer of the state is due on the virtual clock. Live: the state it is in, and whether it waits
   * in a Wait it cannot leave before the handle's timeout.
   *
   * <pre>{@code
   * // Execution 'order-42' is still RUNNING: it waits in state 'WaitForShipment' (Wait) for its
   * // Wait timer: its Wait ends at 2024-01-03T00:00:00Z (in 2d on the virtual clock). Time
   * // skipping is off: advance the clock to let it go on.
   * }</pre>
   */
  public String stillRunning() {
    if (!(ForwardingSfnClient.unwrap(client) instanceof FakeSfnClient fake)) {
      return live().stillRunning(describe());
    }
    Deadline.Waits waits = fake.deadlines(arn);
    List<String> lines = new ArrayList<>();
    Map<String, List<Visit>> byState = new LinkedHashMap<>();
    // Read past any wrapper: what the execution waits on is the fake's to say.
    for (Visit visit : Trace.of(history(fake)).running()) {
      byState.computeIfAbsent(visit.name(), k -> new ArrayList<>()).add(visit);
    }
    byState.forEach((state, visits) -> lines.add(waitingIn(state, visits, waits)));
    for (Deadline deadline : waits.deadlines()) {
      if (deadline.state() == null) {
        lines.add(deadline.what() + " at " + due(deadline, waits.now()));
      }
    }
    StringBuilder text = new StringBuilder("Execution '").append(name()).append("' is still RUNNING");
    if (lines.isEmpty()) {
      text.append(": it waits on the clock.");
    } else if (lines.size() == 1) {
      text.append(": it waits ").append(lines.get(0)).append('.');
    } else {
      text.append("; it waits:");
      lines.forEach(line -> text.append("\n  - ").append(line));
    }
    String separator = lines.size() > 1 ? "\n" : " ";
    if (!fake.waitsOnTest(arn).isEmpty()) {
      text.append(separator).append("Complete it from the test, or advance the clock.");
    } else if (!waits.timeSkipping()) {
      text.append(separator).append("Time skipping is off: advance the clock to let it go on.");
    }
    return text.toString();
  }

  /**
   * On the fake, the exceptions other than {@link TaskFailure} that {@code thenAnswer} handlers
   * threw while this execution ran, in order. The history records each as a task failure whose
   * error is the exception's simple class name and whose cause is its message; here is the rest,
   * its stack trace included. (The assertions attach it to the failure that reports its error.)
   * Empty on a live client.
   *
   * <pre>{@code
   * run.taskHandlerExceptions().forEach(Throwable::printStackTrace);
   * }</pre>
   */
  public List<Throwable> taskHandlerExceptions() {
    if (ForwardingSfnClient.unwrap(client) instanceof FakeSfnClient fake) {
      return fake.handlerExceptions(arn);
    }
    return List.of();
  }

  /** {@code in state 'Nap' (Wait) for its Wait timer: its Wait ends at ... (in 5s on the virtual clock)}. */
  private static String waitingIn(String state, List<Visit> visits, Deadline.Waits waits) {
    Visit visit = visits.get(0);
    StringBuilder line = new StringBuilder("in state '").append(state).append("' (").append(visit.type());
    if (visits.size() > 1) {
      line.append(", ").append(visits.size()).append(" visits");
    }
    line.append(')');
    visit.waitingOn().ifPresent(waiting -> line.append(" for ").append(waiting.describe()));
    List<String> dues = new ArrayList<>();
    for (Deadline deadline : waits.deadlines()) {
      String due = deadline.what() + " at " + due(deadline, waits.now());
      if (state.equals(deadline.state()) && !dues.contains(due)) {
        dues.add(due);
      }
    }
    if (!dues.isEmpty()) {
      line.append(": ").append(String.join("; ", dues));
    }
    return line.toString();
  }

  private static String due(Deadline deadline, Instant now) {
    Duration in = Duration.between(now, deadline.due());
    return deadline.due() + " (in " + compact(in.isNegative() ? Duration.ZERO : in) + " on the virtual clock)";
  }

  /** {@code 2d}, {@code 1h30m}, {@code 5s}, {@code 0.250s}. */
  private static String compact(Duration d) {
    StringBuilder text = new StringBuilder();
    if (d.toDaysPart() > 0) {
      text.append(d.toDaysPart()).append('d');
    }
    if (d.toHoursPart() > 0) {
      text.append(d.toHoursPart()).append('h');
    }
    if (d.toMinutesPart() > 0) {
      text.append(d.toMinutesPart()).append('m');
    }
    if (d.toMillisPart() > 0) {
      text.append(d.toSecondsPart()).append('.').append(String.format(java.util.Locale.ROOT, "%03d", d.toMillisPart()))
          .append('s');
    } else if (d.toSecondsPart() > 0 || text.length() == 0) {
      text.append(d.toSecondsPart()).append('s');
    }
    return text.toString();
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
