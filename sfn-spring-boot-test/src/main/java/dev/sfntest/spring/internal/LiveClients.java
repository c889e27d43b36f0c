package dev.sfntest.spring.internal;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Live mode's real SDK clients, built as the JUnit extension builds its own: on {@code
 * sfntest.endpoint} or AWS in the region, with the SDK's credentials or dummy keys. When there is
 * nothing to call or no credentials, no client is built and the reason is kept: the tests are then
 * skipped with it, as the JUnit extension skips them.
 */
final class LiveClients implements AutoCloseable {

  /** The region of a local endpoint when none is set: it only goes into the request's signature. */
  private static final Region LOCAL_REGION = Region.US_EAST_1;

  private final Settings settings;
  private final Region region;
  private final AwsCredentialsProvider credentials;
  private final String notReady;
  private SfnClient client;
  private SfnAsyncClient asyncClient;

  private LiveClients(Settings settings, Region region, AwsCredentialsProvider credentials, String notReady) {
    this.settings = settings;
    this.region = region;
    this.credentials = credentials;
    this.notReady = notReady;
  }

  static LiveClients open(Settings settings) {
    Region region = region(settings);
    if (region == null) {
      return new LiveClients(settings, null, null, "Live mode (sfntest.mode=live) has nothing to call: set "
          + "sfntest.endpoint (like http://localhost:8083 for a local endpoint) or, for AWS itself, "
          + "sfntest.region (like eu-west-1) or the SDK's AWS_REGION.");
    }
    AwsCredentialsProvider credentials = settings.dummyCredentials()
        ? StaticCredentialsProvider.create(AwsBasicCredentials.create("sfntest", "sfntest"))
        : DefaultCredentialsProvider.builder().build();
    try {
      credentials.resolveCredentials();
    } catch (RuntimeException e) {
      return new LiveClients(settings, region, null, "Live mode (sfntest.mode=live) found no AWS credentials ("
          + firstLine(e.getMessage()) + "). Give the AWS SDK's default chain some (AWS_ACCESS_KEY_ID and "
          + "AWS_SECRET_ACCESS_KEY, ~/.aws/credentials, SSO), or set sfntest.credentials=dummy for a local "
          + "endpoint.");
    }
    return new LiveClients(settings, region, credentials, null);
  }

  /** The SDK's own settings, but not EC2's instance metadata: probing it off EC2 costs seconds. */
  private static Region region(Settings settings) {
    if (settings.region() != null) {
      return Region.of(settings.region());
    }
    try {
      return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
          .getRegion();
    } catch (RuntimeException e) {
      return settings.endpoint() != null ? LOCAL_REGION : null;
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
  Optional<String> notReadyReason() {
    return Optional.ofNullable(notReady);
  }

  /** The region calls go to. */
  String region() {
    return region != null ? region.id() : LOCAL_REGION.id();
  }

  synchronized SfnClient client() {
    checkReady();
    if (client == null) {
      var builder = SfnClient.builder().region(region).credentialsProvider(credentials);
      if (settings.endpoint() != null) {
        builder.endpointOverride(settings.endpoint());
      }
      client = builder.build();
    }
    return client;
  }

  /** Built only when the application has an async client bean that is called: it starts threads. */
  synchronized SfnAsyncClient asyncClient() {
    checkReady();
    if (asyncClient == null) {
      var builder = SfnAsyncClient.builder().region(region).credentialsProvider(credentials);
      if (settings.endpoint() != null) {
        builder.endpointOverride(settings.endpoint());
      }
      asyncClient = builder.build();
    }
    return asyncClient;
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
