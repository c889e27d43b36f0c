package dev.sfntest.junit5.internal;

import dev.sfntest.internal.shared.EndpointClock;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The real SDK clients of one {@link LiveTarget}, built when first needed and closed at the end of
 * the run; or, when the target cannot be reached for want of an endpoint or credentials, the
 * reason its tests are skipped.
 */
public final class LiveClients implements AutoCloseable {

  /** The region of a local endpoint when none is set: it only goes into the request's signature. */
  private static final Region LOCAL_REGION = Region.US_EAST_1;

  private final LiveTarget target;
  private final Region region;
  private final AwsCredentialsProvider credentials;
  private final String notReady;
  private SfnClient client;
  private SfnAsyncClient asyncClient;
  private EndpointClock clock;

  private LiveClients(LiveTarget target, Region region, AwsCredentialsProvider credentials, String notReady) {
    this.target = target;
    this.region = region;
    this.credentials = credentials;
    this.notReady = notReady;
  }

  /** Finds the region and checks that credentials resolve; builds no client yet. */
  public static LiveClients open(LiveTarget target) {
    Region region = region(target);
    if (region == null) {
      return new LiveClients(target, null, null, "Live mode (sfntest.mode=live) has nothing to call: set "
          + "sfntest.endpoint (like http://localhost:8083 for a local endpoint) or, for AWS itself, "
          + "sfntest.region (like eu-west-1) or the SDK's AWS_REGION.");
    }
    AwsCredentialsProvider credentials = target.credentials().provider();
    try {
      credentials.resolveCredentials();
    } catch (RuntimeException e) {
      return new LiveClients(target, region, null, "Live mode (sfntest.mode=live) found no AWS credentials ("
          + firstLine(e.getMessage()) + "). Give the AWS SDK's default chain some (AWS_ACCESS_KEY_ID and "
          + "AWS_SECRET_ACCESS_KEY, ~/.aws/credentials, SSO), or set sfntest.credentials=dummy for a local "
          + "endpoint.");
    }
    return new LiveClients(target, region, credentials, null);
  }

  /**
   * The SDK's own settings (aws.region, AWS_REGION, the profile), but not the EC2 instance
   * metadata: probing it off EC2 costs seconds before it gives up.
   */
  private static Region region(LiveTarget target) {
    if (target.region() != null) {
      return Region.of(target.region());
    }
    try {
      return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
          .getRegion();
    } catch (RuntimeException e) {
      return target.endpoint() != null ? LOCAL_REGION : null;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** Why tests cannot run against this target, if they cannot. */
  public Optional<String> notReadyReason() {
    return Optional.ofNullable(notReady);
  }

  /** The synchronous client. */
  public synchronized SfnClient client() {
    checkReady();
    if (client == null) {
      var builder = SfnClient.builder().region(region).credentialsProvider(credentials);
      if (target.endpoint() != null) {
        builder.endpointOverride(target.endpoint());
      }
      client = builder.build();
    }
    return client;
  }

  /** The asynchronous client, built only for tests that take one (it starts its own threads). */
  public synchronized SfnAsyncClient asyncClient() {
    checkReady();
    if (asyncClient == null) {
      var builder = SfnAsyncClient.builder().region(region).credentialsProvider(credentials);
      if (target.endpoint() != null) {
        builder.endpointOverride(target.endpoint());
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
