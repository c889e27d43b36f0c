package dev.sfntest.internal.live;

import dev.sfntest.core.ForwardingSfnClient;
import dev.sfntest.internal.shared.EndpointClock;
import dev.sfntest.internal.shared.WaitStates;
import dev.sfntest.trace.EventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * How an {@code Execution} handle waits for a live execution to end: it polls, backing off up to
 * a second, until the execution ends or the handle's timeout passes. A wait that cannot succeed
 * stops early: when the execution sits in a Wait state that ends later than the timeout allows on
 * the endpoint's clock (a day-long Wait on AWS), polling would only delay the failure.
 *
 * <p>The message for an execution still running names the state it is in, read from the newest
 * events of its history.
 */
public final class LiveWait {

  /** When the state an execution is in is first read while waiting. */
  private static final Duration FIRST_STATE_CHECK = Duration.ofSeconds(1);

  /** How often the state an execution is in is read again while waiting. */
  private static final Duration STATE_CHECK_EVERY = Duration.ofSeconds(5);

  /** Events read, newest first, to find the state an execution is in. */
  private static final int EVENTS_READ = 50;

  private final SfnClient client;
  private final String arn;
  private final String name;
  private final Duration timeout;

  public LiveWait(SfnClient client, String arn, String name, Duration timeout) {
    this.client = client;
    this.arn = arn;
    this.name = name;
    this.timeout = timeout;
  }

  /**
   * The timeout of handles made on {@code client}: the wait the client carries ({@link
   * RecordingSfnClient#maxWait()}, set by live mode's {@code liveTimeout}), else {@code fallback}.
   */
  public static Duration defaultTimeout(SfnClient client, Duration fallback) {
    SfnClient current = client;
    while (current instanceof ForwardingSfnClient forwarding) {
      if (current instanceof RecordingSfnClient recording && recording.maxWait() != null) {
        return recording.maxWait();
      }
      current = forwarding.delegate();
    }
    return fallback;
  }

  /** Polls until the execution ends, the timeout passes, or it waits in a Wait it cannot leave in time. */
  public DescribeExecutionResponse awaitEnd(DescribeExecutionResponse first, Supplier<DescribeExecutionResponse> describe) {
    DescribeExecutionResponse described = first;
    Instant deadline = Instant.now().plus(timeout);
    // An execution that ends within a second never pays for reading its history and definition.
    Instant nextStateCheck = Instant.now().plus(FIRST_STATE_CHECK);
    long pause = 50;
    Object monitor = new Object();
    while (described.status() == ExecutionStatus.RUNNING && Instant.now().isBefore(deadline)) {
      if (!Instant.now().isBefore(nextStateCheck)) {
        if (waitsTooLong(EndpointClock.of(described)).isPresent()) {
          return described;
        }
        nextStateCheck = Instant.now().plus(STATE_CHECK_EVERY);
      }
      synchronized (monitor) {
        try {
          // A live service gives no completion signal: poll, backing off up to one second.
          monitor.wait(Math.min(pause, Math.max(1, Duration.between(Instant.now(), deadline).toMillis())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return described;
        }
      }
      pause = Math.min(1000, pause * 2);
      described = describe.get();
    }
    return described;
  }

  /** Why the execution has not ended, naming the state it is in. */
  public String stillRunning(DescribeExecutionResponse described) {
    Optional<String> tooLong = waitsTooLong(EndpointClock.of(described));
    if (tooLong.isPresent()) {
      return tooLong.get();
    }
    String base = "Execution '" + name + "' is still RUNNING after " + seconds(timeout);
    try {
      Optional<Current> current = current();
      if (current.isEmpty()) {
        return base + ".";
      }
      return base + ", in state '" + current.get().state() + "' (its last event: "
          + current.get().lastEvent() + ").";
    } catch (RuntimeException e) {
      return base + ".";
    }
  }

  /**
   * Why waiting on is pointless, if it is: the execution is in a Wait state that ends later, on
   * this clock, than the timeout allows.
   */
  private Optional<String> waitsTooLong(EndpointClock clock) {
    if (clock.virtual()) {
      return Optional.empty();   // a Wait ends at once there
    }
    try {
      Optional<Current> current = current();
      if (current.isEmpty() || current.get().entered() == null) {
        return Optional.empty();
      }
      Current state = current.get();
      String definition = client.describeStateMachineForExecution(b -> b.executionArn(arn)).definition();
      Optional<Instant> end = WaitStates.of(definition).waitEnd(state.state(), state.entered().timestamp(),
          state.entered().stateEnteredEventDetails().input());
      if (end.isEmpty()) {
        return Optional.empty();
      }
      Duration waits = clock.realTime(Duration.between(state.entered().timestamp(), end.get()));
      if (waits.compareTo(timeout) <= 0) {
        return Optional.empty();
      }
      return Optional.of("Execution '" + name + "' waits in the Wait state '" + state.state() + "' until "
          + end.get() + ", " + seconds(waits) + " of real time on an endpoint that runs on " + clock.describe()
          + ": longer than the " + seconds(timeout) + " this handle waits (liveTimeout in live mode), so it cannot "
          + "end in time. Run it against an endpoint on virtual time (sfn-local serve --virtual-time), or wait "
          + "longer: withTimeout(...), or @SfnTest(liveTimeout = ...).");
    } catch (RuntimeException e) {
      return Optional.empty();   // the history or definition cannot be read: the timeout decides
    }
  }

  /**
   * The state the execution is in: the newest state entered and not yet exited.
   *
   * @param entered its StateEntered event
   * @param lastEvent the type of the newest event
   */
  private record Current(String state, HistoryEvent entered, String lastEvent) {}

  private Optional<Current> current() {
    GetExecutionHistoryResponse page = client.getExecutionHistory(b -> b.executionArn(arn).reverseOrder(true)
        .maxResults(EVENTS_READ));
    List<HistoryEvent> newestFirst = page.events();
    if (newestFirst.isEmpty()) {
      return Optional.empty();
    }
    String lastEvent = newestFirst.get(0).typeAsString();
    Set<String> exited = new HashSet<>();
    for (HistoryEvent event : newestFirst) {
      // Only the newest events are read (a live history may be long), newest first: too few for a
      // trace, enough to find the state entered last and not exited since.
      EventKind kind = EventKind.of(event);
      if (kind.isStateExited() && event.stateExitedEventDetails() != null) {
        exited.add(event.stateExitedEventDetails().name());
      } else if (kind.isStateEntered() && event.stateEnteredEventDetails() != null
          && !exited.contains(event.stateEnteredEventDetails().name())) {
        return Optional.of(new Current(event.stateEnteredEventDetails().name(), event, lastEvent));
      }
    }
    return Optional.empty();
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
