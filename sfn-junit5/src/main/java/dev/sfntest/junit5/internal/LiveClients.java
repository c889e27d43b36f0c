package dev.sfntest.junit5.internal;

import dev.sfntest.internal.shared.EndpointClock;
import dev.sfntest.internal.shared.LiveSdkClients;
import java.util.Optional;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The real SDK clients of one {@link LiveTarget} (core's {@link LiveSdkClients}), built when first
 * needed and closed at the end of the run; or, when the target cannot be reached for want of an
 * endpoint or credentials, the reason its tests are skipped.
 */
public final class LiveClients implements AutoCloseable {

  private final LiveSdkClients clients;

  private LiveClients(LiveSdkClients clients) {
    this.clients = clients;
  }

  /** Finds the region and checks that credentials resolve; builds no client yet. */
  public static LiveClients open(LiveTarget target) {
    return new LiveClients(LiveSdkClients.open(target.endpoint(), target.region(), target.credentials().provider()));
  }

  /** Why tests cannot run against this target, if they cannot. */
  public Optional<String> notReadyReason() {
    return clients.notReadyReason();
  }

  /** The synchronous client. */
  public SfnClient client() {
    return clients.client();
  }

  /** The asynchronous client, built only for tests that take one (it starts its own threads). */
  public SfnAsyncClient asyncClient() {
    return clients.asyncClient();
  }

  /** How time runs on the endpoint, asked once (see {@link LiveSdkClients#endpointClock()}). */
  public EndpointClock endpointClock() {
    return clients.endpointClock();
  }

  @Override
  public void close() {
    clients.close();
  }
}
