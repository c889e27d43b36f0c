package dev.sfntest.conformance.endpoint;

import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.Tier;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Runs cases against any Step Functions endpoint (sfn-local, Step Functions Local, another
 * emulator) through the real SDK's {@link SfnClient}, with dummy credentials, so its fidelity can be
 * set beside the fake's: same cases, same comparator, same scoreboard.
 *
 * <pre>{@code
 * try (EndpointTarget target = EndpointTarget.builder(URI.create("http://127.0.0.1:8083")).build()) {
 *   List<CaseResult> results = new ConformanceRunner(target).run(cases);
 * }
 * }</pre>
 *
 * <p>What an endpoint cannot show is skipped with the reason, never failed: the log of an Express
 * execution started with StartExecution (AWS keeps no history of it; its log goes to CloudWatch
 * Logs) and tier C cases, whose Task states answer what AWS recorded through the fake's task mocks.
 *
 * <p>An endpoint runs executions on its own time, so the runner polls DescribeExecution until an
 * execution ends (up to {@link Builder#executionEndWait}) before reading it. Cases whose test stopped
 * the execution mid-run go to the stop endpoint, which must not skip time: on an endpoint whose
 * clock jumps to each timer (sfn-local with virtual time) the execution would end before the
 * runner could stop it. By default it is the endpoint itself.
 */
public final class EndpointTarget implements Target, AutoCloseable {

  /** The region of sfn-local and Step Functions Local unless told otherwise. */
  public static final String DEFAULT_REGION = "us-east-1";
  /** The account of sfn-local and Step Functions Local unless told otherwise. */
  public static final String DEFAULT_ACCOUNT = "123456789012";
  /** Below the runner's 20-second case limit, so a slow execution fails with what it shows. */
  public static final Duration DEFAULT_EXECUTION_END_WAIT = Duration.ofSeconds(15);

  static final String EXPRESS_LOG_REASON = "an Express execution started with StartExecution: AWS keeps no "
      + "history of it and an endpoint shows its log only in CloudWatch Logs, which the runner does not read";
  static final String TIER_C_REASON = "tier C: its Task states answer what AWS recorded through the fake's "
      + "task mocks, which an endpoint does not have";

  private final String region;
  private final String account;
  private final String runTag = UUID.randomUUID().toString().substring(0, 8);
  private final Duration executionEndWait;
  private final SfnClient client;
  private final SfnClient stopClient;

  private EndpointTarget(Builder builder) {
    this.region = builder.region;
    this.account = builder.account;
    this.executionEndWait = builder.executionEndWait;
    this.client = client(builder.endpoint, region);
    this.stopClient = builder.stopEndpoint == null ? client : client(builder.stopEndpoint, region);
  }

  /** A target for the endpoint at {@code endpoint}, e.g. {@code http://127.0.0.1:8083}. */
  public static Builder builder(URI endpoint) {
    return new Builder(endpoint);
  }

  private static SfnClient client(URI endpoint, String region) {
    return SfnClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(region))
        // a local endpoint checks no signature; AWS itself would need real credentials
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sfntest", "sfntest")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION,
            !isAws(endpoint)))
        .build();
  }

  /**
   * Whether the endpoint is AWS's own. Only there does StartSyncExecution's host prefix name a host
   * ({@code sync-states.us-east-1.amazonaws.com}); elsewhere it makes one that does not resolve
   * ({@code sync-127.0.0.1}), so Step Functions Local users turn it off as well.
   */
  static boolean isAws(URI endpoint) {
    String host = endpoint.getHost() == null ? "" : endpoint.getHost().toLowerCase(Locale.ROOT);
    return host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn");
  }

  @Override
  public String region() {
    return region;
  }

  @Override
  public String account() {
    return account;
  }

  /** Eight hex digits of a random UUID: an endpoint keeps the names of earlier runs. */
  @Override
  public String runTag() {
    return runTag;
  }

  @Override
  public String cannotRun(ConformanceCase c) {
    if (Tier.of(c) == Tier.C) {
      return TIER_C_REASON;
    }
    if (c.isExpress() && !c.isSyncStart()) {
      return EXPRESS_LOG_REASON;
    }
    return null;
  }

  @Override
  public Session open(TaskAnswers answers) {
    return session(client);
  }

  @Override
  public Session openForStop(TaskAnswers answers) {
    return session(stopClient);
  }

  private Session session(SfnClient sessionClient) {
    return new Session() {
      @Override
      public SfnClient client() {
        return sessionClient;
      }

      @Override
      public Duration executionEndWait() {
        return executionEndWait;
      }

      @Override
      public void close() {
        // the clients serve every case; the runner deletes what a case created
      }
    };
  }

  /** Closes the SDK clients. */
  @Override
  public void close() {
    client.close();
    if (stopClient != client) {
      stopClient.close();
    }
  }

  /** Settings of an {@link EndpointTarget}. */
  public static final class Builder {
    private final URI endpoint;
    private URI stopEndpoint;
    private String region = DEFAULT_REGION;
    private String account = DEFAULT_ACCOUNT;
    private Duration executionEndWait = DEFAULT_EXECUTION_END_WAIT;

    private Builder(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Where cases that stop their execution mid-run go (default: the endpoint); see the class comment. */
    public Builder stopEndpoint(URI stopEndpoint) {
      this.stopEndpoint = stopEndpoint;
      return this;
    }

    /** The region the endpoint puts in its ARNs (default us-east-1). */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** The account the endpoint puts in its ARNs (default 123456789012). */
    public Builder account(String account) {
      this.account = Objects.requireNonNull(account, "account");
      return this;
    }

    /** How long to wait for an execution to end before reading it (default 15 s). */
    public Builder executionEndWait(Duration wait) {
      if (wait.isNegative()) {
        throw new IllegalArgumentException("A wait is not negative: " + wait);
      }
      this.executionEndWait = wait;
      return this;
    }

    public EndpointTarget build() {
      return new EndpointTarget(this);
    }
  }
}
