package dev.sfntest.local;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.MockConfigFile;
import dev.sfntest.internal.shared.UnmockedTasks;
import dev.sfntest.local.internal.LocalTasks;
import dev.sfntest.local.internal.StateDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A {@link FakeSfn} served over HTTP as {@link LocalSettings} say: what {@code sfn-local serve}
 * runs, usable from code as well. On the wall clock (the default) timers fire as real time passes,
 * scaled by the wait time scale; with virtual time the clock skips to each timer at once. With a
 * Step Functions Local mock configuration file, an execution started on {@code stateMachineArn#TestCase}
 * answers its Task states from that test case. A Lambda Task that no mock answers invokes its
 * function at the Lambda endpoint, when the settings give one; any other fails, saying how to mock
 * it in the mock configuration file.
 *
 * <p>Everything is kept in memory: stopping or killing the process loses every state machine,
 * activity and execution, unless a {@link LocalStorage} says to save definitions in a directory
 * (executions are lost all the same).
 *
 * <pre>{@code
 * try (LocalSfn local = LocalSfn.start(LocalSettings.defaults().withPort(0))) {
 *   URI endpoint = local.endpoint();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class LocalSfn implements AutoCloseable {

  private final LocalSettings settings;
  private final FakeSfn fake;
  private final SfnServer server;
  private final LocalTasks tasks;

  private LocalSfn(LocalSettings settings, FakeSfn fake, SfnServer server, LocalTasks tasks) {
    this.settings = settings;
    this.fake = fake;
    this.server = server;
    this.tasks = tasks;
  }

  /**
   * Creates the fake and starts serving it.
   *
   * @throws IllegalArgumentException when the mock configuration file cannot be read or is not
   *     valid (the message names the file and every problem)
   * @throws java.io.UncheckedIOException when the address cannot be bound
   */
  public static LocalSfn start(LocalSettings settings) {
    return start(settings, LocalStorage.inMemory());
  }

  /**
   * Creates the fake, restores the definitions saved in the storage's directory (if any), and starts
   * serving it; requests that change definitions are saved there before they are answered.
   *
   * <pre>{@code
   * LocalSfn local = LocalSfn.start(LocalSettings.defaults(), LocalStorage.inMemory().stateDir(dir));
   * }</pre>
   *
   * @throws IllegalArgumentException when the mock configuration file cannot be read or is not
   *     valid, or the state directory holds what cannot be restored (the message names the file)
   * @throws java.io.UncheckedIOException when the address cannot be bound or the state directory
   *     cannot be made
   */
  public static LocalSfn start(LocalSettings settings, LocalStorage storage) {
    // read before anything starts, so a bad file stops the server from starting at all
    MockConfigFile mocks = settings.mockConfig() == null ? null : MockConfigFile.fromPath(settings.mockConfig());
    StateDir stateDir = storage.stateDir() == null ? null : StateDir.open(storage.stateDir());
    // a served fake shows the dates of the day it runs, as Step Functions Local does
    FakeSfn.Builder builder = FakeSfn.builder()
        .region(settings.region())
        .account(settings.account())
        .initialTime(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    if (mocks != null) {
      // executions started as stateMachineArn#TestCase answer their Task states from the file
      builder.mockConfig(mocks);
    }
    if (settings.realTime()) {
      builder.realTime(settings.waitTimeScale());
    } else {
      builder.timeSkipping(true);
    }
    if (storage.keepFinishedExecutions() != null) {
      builder.keepFinishedExecutions(storage.keepFinishedExecutions());
    }
    if (stateDir != null) {
      // ids generated before a restart (revision ids, say) must not come again after it
      builder.seed(new java.security.SecureRandom().nextLong());
    }
    // Tasks no mock answers: a Lambda endpoint, when there is one, or a failure saying how to mock them.
    LocalTasks tasks = LocalTasks.of(settings.lambdaEndpoint(), settings.region(), LocalTasks.Advice.SERVE);
    UnmockedTasks.answerWith(builder, tasks);
    FakeSfn fake;
    try {
      fake = builder.build();
    } catch (RuntimeException e) {
      tasks.close();
      throw e;
    }
    try {
      SfnClient served = fake.client();
      if (stateDir != null) {
        stateDir.restoreInto(fake.client());
        served = stateDir.persisting(fake.client());
      }
      SfnServer server = SfnServer.builder(served).host(settings.host()).port(settings.port())
          .clock(!settings.realTime(), settings.waitTimeScale()).start();
      return new LocalSfn(settings, fake, server, tasks);
    } catch (RuntimeException e) {
      fake.close();
      tasks.close();
      throw e;
    }
  }

  /** The endpoint to give an SDK client. */
  public URI endpoint() {
    return server.endpoint();
  }

  /** The served fake (its clock, for one). */
  public FakeSfn fake() {
    return fake;
  }

  public LocalSettings settings() {
    return settings;
  }

  /** Stops the server gracefully, then the fake. Idempotent. */
  @Override
  public void close() {
    server.close();
    fake.close();
    tasks.close();
  }
}
