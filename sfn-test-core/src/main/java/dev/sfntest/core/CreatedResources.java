package dev.sfntest.core;

import dev.sfntest.internal.live.Cleaner;
import dev.sfntest.internal.live.Ledger;
import dev.sfntest.internal.live.RecordingSfnAsyncClient;
import dev.sfntest.internal.live.RecordingSfnClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Everything a test creates and starts through the clients it is given, and the clean-up after
 * it: what makes a test safe to run against a real account. Give the test {@link #client()} (and
 * {@link #wrap(SfnAsyncClient)} for an asynchronous client) instead of the SDK client itself, then
 * call {@link #cleanUp()} when it ends, passed or failed. The JUnit extension does this in live
 * mode; other test frameworks can do the same.
 *
 * <pre>{@code
 * CreatedResources created = CreatedResources.of(sdkClient);
 * SfnClient client = created.client();             // what the test and the code under test use
 * try {
 *   runTheTest(client);
 * } finally {
 *   List<CreatedResources.Leak> leaks = created.cleanUp();
 *   leaks.forEach(leak -> log.warn("left behind: {}", leak));
 * }
 * }</pre>
 *
 * <p><b>What is recorded</b>: the state machines ({@code CreateStateMachine}), versions
 * ({@code publish = true}, {@code PublishStateMachineVersion}), aliases and activities the test
 * creates, and the executions it starts. The create operations of Step Functions are idempotent
 * (the same request again returns what exists), so before each create the service is asked
 * whether the resource exists already: what existed before the test is never recorded, never
 * stopped and never deleted. What the test deletes itself is forgotten.
 *
 * <p><b>What the clean-up does</b>, in the order the service needs: it stops the executions still
 * running that the test started or that run on a state machine it created (with their map runs'
 * child executions), then deletes the aliases, the versions, the state machines and the
 * activities. What is gone already, or being deleted ({@code DELETING}: AWS deletes a state
 * machine asynchronously), is no error. What it cannot clean is returned as a {@link Leak} with
 * its ARN; it never throws for that.
 *
 * <p>Thread-safe: a worker thread of the test may use the clients too.
 */
public final class CreatedResources {

  private final SfnClient service;
  private final Ledger ledger;
  private final RecordingSfnClient client;

  private CreatedResources(SfnClient service, Duration maxWait) {
    this.service = Objects.requireNonNull(service, "client");
    this.ledger = new Ledger(service);
    this.client = new RecordingSfnClient(service, ledger, maxWait);
  }

  /**
   * Records what is done through {@link #client()}, a client over {@code client}, which the
   * clean-up uses too.
   */
  public static CreatedResources of(SfnClient client) {
    return new CreatedResources(client, null);
  }

  /**
   * As {@link #of(SfnClient)}, and the {@link Execution} handles made on {@link #client()} wait
   * at most {@code maxWait} for a live execution to end, instead of {@link
   * Execution#DEFAULT_TIMEOUT}.
   *
   * <pre>{@code CreatedResources created = CreatedResources.of(sdkClient, Duration.ofMinutes(2));}</pre>
   *
   * @throws IllegalArgumentException when {@code maxWait} is negative
   */
  public static CreatedResources of(SfnClient client, Duration maxWait) {
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("A wait cannot be negative: " + maxWait);
    }
    return new CreatedResources(client, maxWait);
  }

  /** The client to give the test: it calls the one given to {@link #of}, and records. Closing it does nothing. */
  public SfnClient client() {
    return client;
  }

  /**
   * An asynchronous client that calls {@code asyncClient} and records into the same place.
   * Closing it does nothing.
   *
   * <pre>{@code SfnAsyncClient async = created.wrap(sdkAsyncClient);}</pre>
   */
  public SfnAsyncClient wrap(SfnAsyncClient asyncClient) {
    return new RecordingSfnAsyncClient(asyncClient, ledger);
  }

  /** The ARNs of the executions started so far, oldest first (until {@link #cleanUp()}). */
  public List<String> startedExecutions() {
    return ledger.startedExecutions();
  }

  /**
   * The ARNs of the state machines, versions, aliases and activities created so far and not
   * deleted yet: what {@link #cleanUp()} would delete.
   */
  public List<String> created() {
    return ledger.created();
  }

  /**
   * Stops what is still running and deletes what was created (see the class comment), then
   * forgets it: calling it again cleans only what was created since.
   *
   * @return what could not be cleaned up, empty when all went well
   */
  public List<Leak> cleanUp() {
    return new Cleaner(service).cleanUp(ledger);
  }

  /**
   * Something a test created and the clean-up could not remove: delete it by hand.
   *
   * @param arn the resource's ARN
   * @param reason why, with the service's message
   */
  public record Leak(String arn, String reason) {

    /** Leaks as lines, for a test's output: {@code   arn:aws:states:...: could not delete it: ...}. */
    public static String describe(List<Leak> leaks) {
      return leaks.stream().map(leak -> "  " + leak.arn() + ": " + leak.reason()).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
      return arn + ": " + reason;
    }
  }
}
