package dev.sfntest.internal.shared;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Live mode's real SDK clients, as the JUnit extension and the Spring Boot module build them: on
 * an endpoint (sfn-local, say) or AWS in the region, with the credentials given. Each client is
 * built when first needed (the async one starts threads) and closed with this. When there is
 * nothing to call, or the credentials do not resolve, no client is built and the reason is kept,
 * for the tests to be skipped with it.
 *
 * <pre>{@code
 * LiveSdkClients live = LiveSdkClients.open(URI.create("http://127.0.0.1:8083"), null, LiveSdkClients.dummyCredentials());
 * live.notReadyReason().ifPresent(Assumptions::abort);
 * SfnClient client = live.client();
 * }</pre>
 */
public final class LiveSdkClients implements AutoCloseable {

  /** The region of a local endpoint when none is set: it only goes into the request's signature. */
  private static final Region LOCAL_REGION = Region.US_EAST_1;

  private final URI endpoint;
  private final Region region;
  private final AwsCredentialsProvider credentials;
  private final String notReady;
  private SfnClient client;
  private SfnAsyncClient asyncClient;
  private EndpointClock clock;

  private LiveSdkClients(URI endpoint, Region region, AwsCredentialsProvider credentials, String notReady) {
    this.endpoint = endpoint;
    this.region = region;
    this.credentials = credentials;
    this.notReady = notReady;
  }

  /** Fixed keys, for a local endpoint, which checks no signature. */
  public static AwsCredentialsProvider dummyCredentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("sfntest", "sfntest"));
  }

  /**
   * Finds the region and checks that the credentials resolve; builds no client yet.
   *
   * @param endpoint the endpoint, or {@code null} for AWS itself
   * @param region the region, or {@code null} for the SDK's settings
   */
  public static LiveSdkClients open(URI endpoint, String region, AwsCredentialsProvider credentials) {
    Region found = region(endpoint, region);
    if (found == null) {
      return new LiveSdkClients(endpoint, null, null, "Live mode (sfntest.mode=live) has nothing to call: set "
          + "sfntest.endpoint (like http://localhost:8083 for a local endpoint) or, for AWS itself, "
          + "sfntest.region (like eu-west-1) or the SDK's AWS_REGION.");
    }
    try {
      credentials.resolveCredentials();
    } catch (RuntimeException e) {
      return new LiveSdkClients(endpoint, found, null, "Live mode (sfntest.mode=live) found no AWS credentials ("
          + firstLine(e.getMessage()) + "). Give the AWS SDK's default chain some (AWS_ACCESS_KEY_ID and "
          + "AWS_SECRET_ACCESS_KEY, ~/.aws/credentials, SSO), or set sfntest.credentials=dummy for a local "
          + "endpoint.");
    }
    return new LiveSdkClients(endpoint, found, credentials, null);
  }

  /**
   * The SDK's own settings (aws.region, AWS_REGION, the profile), but not the EC2 instance
   * metadata: probing it off EC2 costs seconds before it gives up.
   */
  private static Region region(URI endpoint, String region) {
    if (region != null) {
      return Region.of(region);
    }
    try {
      return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
          .getRegion();
    } catch (RuntimeException e) {
      return endpoint != null ? LOCAL_REGION : null;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** Why nothing can be called, if it cannot. */
  public Optional<String> notReadyReason() {
    return Optional.ofNullable(notReady);
  }

  /** The region calls go to (a local endpoint's default when none was found). */
  public String region() {
    return region != null ? region.id() : LOCAL_REGION.id();
  }

  /**
   * The synchronous client.
   *
   * @throws IllegalStateException with {@link #notReadyReason()} when nothing can be called
   */
  public synchronized SfnClient client() {
    checkReady();
    if (client == null) {
      var builder = SfnClient.builder().region(region).credentialsProvider(credentials);
      if (endpoint != null) {
        builder.endpointOverride(endpoint);
      }
      client = builder.build();
    }
    return client;
  }

  /**
   * The asynchronous client, built only when asked for (it starts its own threads).
   *
   * @throws IllegalStateException with {@link #notReadyReason()} when nothing can be called
   */
  public synchronized SfnAsyncClient asyncClient() {
    checkReady();
    if (asyncClient == null) {
      var builder = SfnAsyncClient.builder().region(region).credentialsProvider(credentials);
      if (endpoint != null) {
        builder.endpointOverride(endpoint);
      }
      asyncClient = builder.build();
    }
    return asyncClient;
  }

  /**
   * How time runs on the endpoint, asked once: sfn-local says it in a header of every response
   * (virtual time, or the wall clock and its scale); AWS and Step Functions Local say nothing and
   * run on the wall clock. An endpoint that cannot be asked is taken for the wall clock.
   */
  public synchronized EndpointClock endpointClock() {
    if (clock == null) {
      try {
        clock = EndpointClock.of(client().listActivities(b -> b.maxResults(1)));
      } catch (RuntimeException e) {
        clock = EndpointClock.WALL;
      }
    }
    return clock;
  }

  private void checkReady() {
    if (notReady != null) {
      throw new IllegalStateException(notReady);
    }
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
    }
    if (asyncClient != null) {
      asyncClient.close();
    }
  }
}
