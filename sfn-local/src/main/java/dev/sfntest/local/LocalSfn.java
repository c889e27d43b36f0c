package dev.sfntest.local;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.MockConfigFile;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A {@link FakeSfn} served over HTTP as {@link LocalSettings} say: what {@code sfn-local serve}
 * runs, usable from code as well. On the wall clock (the default) timers fire as real time passes,
 * scaled by the wait time scale; with virtual time the clock skips to each timer at once. With a
 * Step Functions Local mock configuration file, an execution started on {@code stateMachineArn#TestCase}
 * answers its Task states from that test case.
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

  private LocalSfn(LocalSettings settings, FakeSfn fake, SfnServer server) {
    this.settings = settings;
    this.fake = fake;
    this.server = server;
  }

  /**
   * Creates the fake and starts serving it.
   *
   * @throws IllegalArgumentException when the mock configuration file cannot be read or is not
   *     valid (the message names the file and every problem)
   * @throws java.io.UncheckedIOException when the address cannot be bound
   */
  public static LocalSfn start(LocalSettings settings) {
    // read before anything starts, so a bad file stops the server from starting at all
    MockConfigFile mocks = settings.mockConfig() == null ? null : MockConfigFile.fromPath(settings.mockConfig());
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
    FakeSfn fake = builder.build();
    try {
      SfnServer server = SfnServer.builder(fake.client()).host(settings.host()).port(settings.port()).start();
      return new LocalSfn(settings, fake, server);
    } catch (RuntimeException e) {
      fake.close();
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
  }
}
