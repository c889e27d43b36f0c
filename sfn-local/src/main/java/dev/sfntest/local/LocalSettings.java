package dev.sfntest.local;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How {@code sfn-local serve} runs: where it listens, the region and account in its ARNs, and its
 * clock. Defaults come from the environment variables Step Functions Local users know; flags
 * override them.
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><td>{@code AWS_ACCOUNT_ID}</td><td>the account in ARNs (default 123456789012)</td></tr>
 *   <tr><td>{@code AWS_DEFAULT_REGION}</td><td>the region in ARNs (default us-east-1)</td></tr>
 *   <tr><td>{@code WAIT_TIME_SCALE}</td><td>real time a wait takes, per second of it (default 1;
 *       0: waits take no time). The fake's whole clock runs {@code 1 / scale} times as fast as the
 *       wall clock, so a history shows the durations the definition asks for (a 1-hour Wait
 *       takes an hour between its events), and with a scale below 1 its dates run ahead of the
 *       wall clock.</td></tr>
 *   <tr><td>{@code SFN_MOCK_CONFIG}</td><td>a Step Functions Local mock configuration file: an
 *       execution started on {@code stateMachineArn#TestCase} answers its Task states from that
 *       test case. Unset, {@code MockConfigFile.json} in the working directory is read when there
 *       is one, as Step Functions Local users keep it there.</td></tr>
 *   <tr><td>{@code LAMBDA_ENDPOINT}</td><td>where a Lambda Task that no mock answers invokes its
 *       function ({@code sam local start-lambda}, LocalStack)</td></tr>
 *   <tr><td>{@code BATCH_ENDPOINT}, {@code DYNAMODB_ENDPOINT}, {@code ECS_ENDPOINT},
 *       {@code GLUE_ENDPOINT}, {@code SAGE_MAKER_ENDPOINT}, {@code SQS_ENDPOINT},
 *       {@code SNS_ENDPOINT}, {@code STEP_FUNCTIONS_ENDPOINT}</td><td>Step Functions Local's other
 *       endpoints: accepted so that its scripts run unchanged, but not called (see
 *       {@link #uncalledEndpoints()}); nested executions run in the server itself</td></tr>
 * </table>
 *
 * <pre>{@code
 * LocalSettings settings = LocalSettings.fromEnvironment(System.getenv()).withPort(0);
 * }</pre>
 *
 * @param host the address to bind (default 127.0.0.1)
 * @param port the port (default 8083; 0 for a free one)
 * @param region the region in ARNs
 * @param account the account id in ARNs (12 digits)
 * @param waitTimeScale real seconds per second of a Wait, retry or timeout; 0 runs them at once
 * @param virtualTime whether the clock is virtual with time skipping instead of the wall clock
 * @param mockConfig a Step Functions Local mock configuration file, or {@code null}
 * @param endpoints service endpoints by Step Functions Local's name for them ({@link #ENDPOINTS}):
 *     {@code lambda} is called, the others are accepted only
 */
public record LocalSettings(String host, int port, String region, String account, double waitTimeScale,
    boolean virtualTime, Path mockConfig, Map<String, URI> endpoints) {

  /** The mock configuration file read from the working directory when {@code SFN_MOCK_CONFIG} is unset. */
  public static final String DEFAULT_MOCK_CONFIG = "MockConfigFile.json";

  /**
   * Step Functions Local's service endpoints, by the name this record keys them with, each with its
   * environment variable: {@code lambda} is {@code LAMBDA_ENDPOINT}, {@code sagemaker} is
   * {@code SAGE_MAKER_ENDPOINT}...
   */
  public static final Map<String, String> ENDPOINTS = endpointVariables();

  /** The endpoints sfn-local calls; the others are accepted and reported as not called. */
  public static final List<String> CALLED_ENDPOINTS = List.of("lambda");

  private static Map<String, String> endpointVariables() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("lambda", "LAMBDA_ENDPOINT");
    variables.put("batch", "BATCH_ENDPOINT");
    variables.put("dynamodb", "DYNAMODB_ENDPOINT");
    variables.put("ecs", "ECS_ENDPOINT");
    variables.put("glue", "GLUE_ENDPOINT");
    variables.put("sagemaker", "SAGE_MAKER_ENDPOINT");
    variables.put("sqs", "SQS_ENDPOINT");
    variables.put("sns", "SNS_ENDPOINT");
    variables.put("stepfunctions", "STEP_FUNCTIONS_ENDPOINT");
    return java.util.Collections.unmodifiableMap(variables);
  }

  /** Settings without service endpoints (the form before endpoints were added). */
  public LocalSettings(String host, int port, String region, String account, double waitTimeScale,
      boolean virtualTime, Path mockConfig) {
    this(host, port, region, account, waitTimeScale, virtualTime, mockConfig, Map.of());
  }

  public LocalSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    endpoints = Map.copyOf(Objects.requireNonNull(endpoints, "endpoints"));
    for (String service : endpoints.keySet()) {
      if (!ENDPOINTS.containsKey(service)) {
        throw new IllegalArgumentException("Not a Step Functions Local endpoint: " + service + " (they are "
            + String.join(", ", ENDPOINTS.keySet()) + ")");
      }
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("A port is between 0 and 65535: " + port);
    }
    if (!account.matches("\\d{12}")) {
      throw new IllegalArgumentException("An AWS account id has 12 digits: " + account);
    }
    if (!(waitTimeScale >= 0) || Double.isInfinite(waitTimeScale)) {
      throw new IllegalArgumentException("The wait time scale is a number from 0 up: " + waitTimeScale);
    }
  }

  /** The defaults, without looking at the environment. */
  public static LocalSettings defaults() {
    return new LocalSettings("127.0.0.1", SfnServer.DEFAULT_PORT, "us-east-1", "123456789012", 1.0, false, null,
        Map.of());
  }

  /**
   * The defaults overridden by Step Functions Local's environment variables, with {@code
   * MockConfigFile.json} read from the process's working directory when {@code SFN_MOCK_CONFIG} is
   * unset and the file is there.
   *
   * @throws IllegalArgumentException naming the variable whose value is not valid
   */
  public static LocalSettings fromEnvironment(Map<String, String> env) {
    return fromEnvironment(env, Path.of("").toAbsolutePath());
  }

  /**
   * As {@link #fromEnvironment(Map)}, with {@code workingDirectory} where {@code MockConfigFile.json}
   * is looked for.
   *
   * <pre>{@code
   * LocalSettings settings = LocalSettings.fromEnvironment(System.getenv(), Path.of("/srv/workflows"));
   * }</pre>
   *
   * @throws IllegalArgumentException naming the variable whose value is not valid
   */
  public static LocalSettings fromEnvironment(Map<String, String> env, Path workingDirectory) {
    LocalSettings settings = defaults();
    String account = value(env, "AWS_ACCOUNT_ID");
    if (account != null) {
      LocalSettings current = settings;
      settings = check("AWS_ACCOUNT_ID", () -> current.withAccount(account));
    }
    String region = value(env, "AWS_DEFAULT_REGION");
    if (region != null) {
      settings = settings.withRegion(region);
    }
    String scale = value(env, "WAIT_TIME_SCALE");
    if (scale != null) {
      LocalSettings current = settings;
      settings = check("WAIT_TIME_SCALE", () -> current.withWaitTimeScale(parseScale(scale)));
    }
    String mockConfig = value(env, "SFN_MOCK_CONFIG");
    if (mockConfig != null) {
      settings = settings.withMockConfig(Path.of(mockConfig));
    } else if (Files.isRegularFile(workingDirectory.resolve(DEFAULT_MOCK_CONFIG))) {
      settings = settings.withMockConfig(workingDirectory.resolve(DEFAULT_MOCK_CONFIG));
    }
    for (Map.Entry<String, String> endpoint : ENDPOINTS.entrySet()) {
      String url = value(env, endpoint.getValue());
      if (url != null) {
        LocalSettings current = settings;
        settings = check(endpoint.getValue(), () -> current.withEndpoint(endpoint.getKey(), parseEndpoint(url)));
      }
    }
    return settings;
  }

  /**
   * An endpoint from its text: an absolute {@code http} or {@code https} URL.
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static URI parseEndpoint(String text) {
    try {
      URI uri = new URI(text.trim());
      if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
        throw new IllegalArgumentException("An endpoint is an http or https URL like http://127.0.0.1:3001: " + text);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("An endpoint is an http or https URL like http://127.0.0.1:3001: " + text);
    }
  }

  /** A wait time scale from its text. */
  public static double parseScale(String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The wait time scale is a number from 0 up: " + text);
    }
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static LocalSettings check(String variable, Supplier<LocalSettings> apply) {
    try {
      return apply.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
    }
  }

  public LocalSettings withHost(String host) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig, endpoints);
  }

  public LocalSettings withPort(int port) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig, endpoints);
  }

  public LocalSettings withRegion(String region) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig, endpoints);
  }

  public LocalSettings withAccount(String account) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig, endpoints);
  }

  public LocalSettings withWaitTimeScale(double waitTimeScale) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig, endpoints);
  }

  public LocalSettings withVirtualTime(boolean virtualTime) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig, endpoints);
  }

  public LocalSettings withMockConfig(Path mockConfig) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig, endpoints);
  }

  /** These settings with the endpoint of a service ({@link #ENDPOINTS}' names) set. */
  public LocalSettings withEndpoint(String service, URI endpoint) {
    Map<String, URI> changed = new LinkedHashMap<>(endpoints);
    changed.put(service, Objects.requireNonNull(endpoint));
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig, changed);
  }

  /** The endpoint sfn-local invokes unmocked Lambda Tasks at, or {@code null}. */
  public URI lambdaEndpoint() {
    return endpoints.get("lambda");
  }

  /** The endpoints given that sfn-local does not call, by their environment variable, in order. */
  public List<String> uncalledEndpoints() {
    return ENDPOINTS.entrySet().stream()
        .filter(e -> endpoints.containsKey(e.getKey()) && !CALLED_ENDPOINTS.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /** Whether the clock follows the wall clock (scaled), rather than skipping from timer to timer. */
  public boolean realTime() {
    return !virtualTime && waitTimeScale > 0;
  }

  /** A short description of the clock, for the start-up line. */
  public String describeClock() {
    if (virtualTime) {
      return "virtual time, skipping to each timer";
    }
    if (waitTimeScale == 0) {
      return "wall clock, waits take no time (WAIT_TIME_SCALE 0)";
    }
    return waitTimeScale == 1 ? "wall clock" : "wall clock, waits scaled by " + waitTimeScale;
  }
}
