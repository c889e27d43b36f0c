package dev.sfntest.local.internal.cli;

import dev.sfntest.local.LocalSettings;
import dev.sfntest.local.LocalSfn;
import dev.sfntest.local.LocalStorage;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sfn-local serve}: serves a fresh fake over HTTP until the process is stopped (Ctrl-C or
 * SIGTERM stop it gracefully). Flags override Step Functions Local's environment variables
 * ({@code AWS_ACCOUNT_ID}, {@code AWS_DEFAULT_REGION}, {@code WAIT_TIME_SCALE},
 * {@code SFN_MOCK_CONFIG}, {@code LAMBDA_ENDPOINT} and the other endpoints); see {@link LocalSettings}.
 * The Step Functions Local JAR's flags ({@code -account}, {@code -region}, {@code -waitTimeScale},
 * {@code -lambdaEndpoint}...) are aliases, so a team's scripts run unchanged.
 *
 * <pre>
 * $ sfn-local serve --port 8083 --region eu-west-1
 * sfn-local listening on http://127.0.0.1:8083 (region eu-west-1, account 123456789012, wall clock)
 * $ sfn-local serve -account 111122223333 -region eu-west-1 -waitTimeScale 0 -lambdaEndpoint http://127.0.0.1:3001
 * </pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the fake over HTTP (AWS JSON 1.0), a drop-in for Step Functions Local.")
public final class ServeCommand implements Callable<Integer> {

  /** Held, so that the level set on it is not lost when the logger would be collected. */
  private static final Logger REQUEST_LOG = Logger.getLogger("dev.sfntest.local");

  private final Map<String, String> env;
  private final Path workingDirectory;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile LocalSfn running;

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "The port (default 8083; 0 for a free one).")
  private Integer port;

  @Option(names = "--host", paramLabel = "H",
      description = "The address to bind (default 127.0.0.1; 0.0.0.0 to accept other machines).")
  private String host;

  // Step Functions Local's own spellings are aliases, so that its scripts and compose files run unchanged.
  @Option(names = {"--region", "-region", "--aws-region"}, paramLabel = "R",
      description = "The region in ARNs (default $AWS_DEFAULT_REGION or us-east-1).")
  private String region;

  @Option(names = {"--account", "-account", "--aws-account"}, paramLabel = "A",
      description = "The account in ARNs (default $AWS_ACCOUNT_ID or 123456789012).")
  private String account;

  @Option(names = {"--wait-time-scale", "-waitTimeScale"}, paramLabel = "X",
      description = "Real seconds per second of a Wait, retry or timeout (default $WAIT_TIME_SCALE or 1; 0: no waiting).")
  private String waitTimeScale;

  @Option(names = {"--lambda-endpoint", "-lambdaEndpoint"}, paramLabel = "URL",
      description = "Where a Lambda Task no mock answers invokes its function, e.g. sam local start-lambda's "
          + "http://127.0.0.1:3001 (default $LAMBDA_ENDPOINT).")
  private String lambdaEndpoint;

  @Option(names = {"--batch-endpoint", "-batchEndpoint"}, paramLabel = "URL", hidden = true)
  private String batchEndpoint;

  @Option(names = {"--dynamodb-endpoint", "-dynamoDBEndpoint"}, paramLabel = "URL", hidden = true)
  private String dynamodbEndpoint;

  @Option(names = {"--ecs-endpoint", "-ecsEndpoint"}, paramLabel = "URL", hidden = true)
  private String ecsEndpoint;

  @Option(names = {"--glue-endpoint", "-glueEndpoint"}, paramLabel = "URL", hidden = true)
  private String glueEndpoint;

  @Option(names = {"--sagemaker-endpoint", "-sageMakerEndpoint"}, paramLabel = "URL", hidden = true)
  private String sagemakerEndpoint;

  @Option(names = {"--sqs-endpoint", "-sqsEndpoint"}, paramLabel = "URL", hidden = true)
  private String sqsEndpoint;

  @Option(names = {"--sns-endpoint", "-snsEndpoint"}, paramLabel = "URL", hidden = true)
  private String snsEndpoint;

  @Option(names = {"--step-functions-endpoint", "-stepFunctionsEndpoint"}, paramLabel = "URL", hidden = true)
  private String stepFunctionsEndpoint;

  @Option(names = "--virtual-time", description = "Use a virtual clock that skips to each timer at once.")
  private boolean virtualTime;

  @Option(names = "--mock-config", paramLabel = "FILE",
      description = "A Step Functions Local mock configuration file (default $SFN_MOCK_CONFIG); start executions on "
          + "stateMachineArn#TestCase to use a test case.")
  private Path mockConfig;

  @Option(names = {"-v", "--verbose"}, description = "Log every request on standard error.")
  private boolean verbose;

  @picocli.CommandLine.Mixin
  private StorageOptions storage = new StorageOptions();

  public ServeCommand(Map<String, String> env) {
    this(env, Path.of("").toAbsolutePath());
  }

  /** A serve command that looks for {@code MockConfigFile.json} in {@code workingDirectory}. */
  public ServeCommand(Map<String, String> env, Path workingDirectory) {
    this.env = env;
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() throws InterruptedException {
    try {
      return serve();
    } finally {
      started.countDown();
    }
  }

  private int serve() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalSettings settings;
    try {
      settings = settings();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    }
    if (verbose) {
      logRequests();
    }
    try {
      running = LocalSfn.start(settings, storage.storage());
    } catch (IllegalArgumentException e) {
      // the mock configuration file or the saved state cannot be read or is not valid
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    } catch (UncheckedIOException e) {
      err.println(e.getMessage());
      return ExitCodes.FAILED;
    }
    // On SIGTERM the JVM does not wait for this thread, so the hook itself closes the server.
    Thread hook = new Thread(() -> {
      stop();
      running.close();
    }, "sfn-local-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("sfn-local listening on " + running.endpoint() + " (region " + settings.region() + ", account "
        + settings.account() + ", " + settings.describeClock()
        + (settings.mockConfig() == null ? "" : ", mocks from " + settings.mockConfig())
        + (settings.lambdaEndpoint() == null ? "" : ", Lambda at " + settings.lambdaEndpoint()) + ")");
    out.flush();
    String exposure = ExposureWarning.forHost(settings.host(), storage.stateDir != null);
    if (exposure != null) {
      err.println(exposure);
      err.flush();
    }
    if (!settings.uncalledEndpoints().isEmpty()) {
      err.println("sfn-local does not call " + String.join(", ", settings.uncalledEndpoints())
          + ": mock those Tasks in the mock configuration file (nested executions run in sfn-local itself).");
      err.flush();
    }
    started.countDown();
    try {
      stop.await();
    } finally {
      running.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook is what stopped us
      }
    }
    return ExitCodes.OK;
  }

  /** The settings: environment first, then flags. */
  LocalSettings settings() {
    LocalSettings settings = LocalSettings.fromEnvironment(env, workingDirectory);
    if (host != null) {
      settings = settings.withHost(host);
    }
    if (port != null) {
      settings = settings.withPort(port);
    }
    if (region != null) {
      settings = settings.withRegion(region);
    }
    if (account != null) {
      settings = settings.withAccount(account);
    }
    if (waitTimeScale != null) {
      settings = settings.withWaitTimeScale(LocalSettings.parseScale(waitTimeScale));
    }
    if (virtualTime) {
      settings = settings.withVirtualTime(true);
    }
    if (mockConfig != null) {
      settings = settings.withMockConfig(mockConfig);
    }
    String[][] endpoints = {{"lambda", lambdaEndpoint}, {"batch", batchEndpoint}, {"dynamodb", dynamodbEndpoint},
        {"ecs", ecsEndpoint}, {"glue", glueEndpoint}, {"sagemaker", sagemakerEndpoint}, {"sqs", sqsEndpoint},
        {"sns", snsEndpoint}, {"stepfunctions", stepFunctionsEndpoint}};
    for (String[] endpoint : endpoints) {
      if (endpoint[1] != null) {
        settings = settings.withEndpoint(endpoint[0], LocalSettings.parseEndpoint(endpoint[1]));
      }
    }
    return settings;
  }

  /** What the server keeps ({@code --keep-finished}, {@code --state-dir}). */
  LocalStorage storage() {
    return storage.storage();
  }

  /**
   * Waits until the server listens (see {@link #running()}) or the command has ended without
   * starting; false when neither happened within {@code timeout}.
   */
  public boolean awaitStarted(Duration timeout) throws InterruptedException {
    return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The server while it runs, else {@code null}. */
  public LocalSfn running() {
    return running;
  }

  /** Stops a running {@code serve} gracefully, as Ctrl-C does. */
  public void stop() {
    stop.countDown();
  }

  private static void logRequests() {
    Logger logger = REQUEST_LOG;
    ConsoleHandler handler = new ConsoleHandler();
    handler.setLevel(Level.FINE);
    logger.addHandler(handler);
    logger.setLevel(Level.FINE);
  }
}
