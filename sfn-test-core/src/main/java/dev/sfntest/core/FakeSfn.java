package dev.sfntest.core;

import dev.sfntest.internal.backend.ActivityTasks;
import dev.sfntest.internal.backend.Backend;
import dev.sfntest.internal.engine.WallClock;
import dev.sfntest.internal.sdk.FakeSfnAsyncClient;
import dev.sfntest.internal.sdk.FakeSfnClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * An in-JVM AWS Step Functions: a working {@link SfnClient} that runs real Amazon States Language
 * on a virtual clock. Separate instances share nothing, so tests may run in parallel.
 *
 * <pre>{@code
 * try (FakeSfn sfn = FakeSfn.create()) {
 *   SfnClient client = sfn.client();
 *   String arn = client.createStateMachine(b -> b.name("hello").roleArn(FakeSfn.ROLE_ARN)
 *       .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"))
 *       .stateMachineArn();
 *   client.startExecution(b -> b.stateMachineArn(arn).input("{}"));
 * }
 * }</pre>
 */
public final class FakeSfn implements AutoCloseable {

  /** A role ARN for tests; the fake checks the ARN's form, never permissions. */
  public static final String ROLE_ARN = "arn:aws:iam::123456789012:role/sfn-test";

  /** Where the clock starts unless told otherwise. */
  // 2024-01-01T00:00:00Z, not parsed: a date parser's setup costs a fresh JVM tens of milliseconds
  public static final Instant DEFAULT_INITIAL_TIME = Instant.ofEpochSecond(1_704_067_200L);

  private final Backend backend;
  /** Every mock the test asked for, by how it was asked for, to tell which were never called. */
  private final Map<String, MockedTask> programmed = new LinkedHashMap<>();
  private final FakeSfnClient client;
  private final FakeSfnAsyncClient asyncClient;
  private final VirtualClock clock;
  private final S3Objects s3;
  private final String region;
  private final String account;
  private final Instant initialTime;
  private final boolean timeSkipping;
  private final Thread timerThread;
  private volatile boolean closed;

  private FakeSfn(Builder builder) {
    this.region = builder.region;
    this.account = builder.account;
    this.initialTime = builder.initialTime;
    this.timeSkipping = builder.timeSkipping;
    WallClock wallClock = builder.waitTimeScale == null ? null
        : new WallClock(builder.initialTime, builder.waitTimeScale);
    // Backend puts the engine, its task chain and its S3 stand-in together; the fake only fronts it.
    this.backend = new Backend(new Backend.Settings(builder.region, builder.account, builder.initialTime,
        builder.timeSkipping, builder.seed, wallClock, builder.activityPollTimeout,
        builder.mockConfig == null ? null : builder.mockConfig.file(),
        builder.keepFinishedExecutions == null ? Integer.MAX_VALUE : builder.keepFinishedExecutions,
        builder.unmockedTasks));
    this.client = new FakeSfnClient(backend, this::close);
    this.asyncClient = new FakeSfnAsyncClient(client, this::close);
    this.clock = new VirtualClock(backend.scheduler());
    this.s3 = new S3Objects(backend.objects(), clock);
    this.timerThread = wallClock == null ? null : startTimerThread();
  }

  /** On real time nobody may call in while an execution waits, so a thread fires the timers. */
  private Thread startTimerThread() {
    Thread thread = new Thread(() -> {
      try {
        backend.scheduler().fireTimersAsTimePasses(this::isClosed);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sfn-test-clock");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** A fake with the defaults: us-east-1, account 123456789012, clock at 2024-01-01T00:00:00Z, seed 0. */
  public static FakeSfn create() {
    return builder().build();
  }

  /** A builder for a fake with other settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The fake's {@link SfnClient}; closing it closes the fake. */
  public SfnClient client() {
    return client;
  }

  /**
   * The fake's {@link SfnAsyncClient}, on the same state as {@link #client()}: its futures are
   * complete on return, but for GetActivityTask's long poll, which runs on a thread of the fake.
   * Closing it closes the fake.
   */
  public SfnAsyncClient asyncClient() {
    return asyncClient;
  }

  /**
   * The events an EXPRESS execution has logged, with execution data: what AWS would send to
   * CloudWatch Logs at level {@code ALL}. AWS keeps no history for Express executions, so this is
   * how a test looks inside one started with StartExecution.
   *
   * <pre>{@code
   * String arn = fake.client().startExecution(b -> b.stateMachineArn(expressArn)).executionArn();
   * List<HistoryEvent> log = fake.expressExecutionLog(arn);
   * assertThat(log.get(log.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
   * }</pre>
   */
  public List<HistoryEvent> expressExecutionLog(String executionArn) {
    return client.expressExecutionLog(executionArn);
  }

  /** The fake's clock. */
  public VirtualClock clock() {
    return clock;
  }

  /** The fake's stand-in for the S3 objects distributed Maps read and write. */
  public S3Objects s3() {
    return s3;
  }

  /** The region the fake writes in its ARNs ({@link Builder#region}; us-east-1 by default). */
  public String region() {
    return region;
  }

  /** The account id the fake writes in its ARNs ({@link Builder#account}; 123456789012 by default). */
  public String account() {
    return account;
  }

  Backend backend() {
    return backend;
  }

  /**
   * Programs the answers of the Task state with that name (in any execution of any machine).
   *
   * <pre>{@code fake.mockTask("ChargeCard").thenReturn("{\"charged\": true}");}</pre>
   */
  public MockedTask mockTask(String stateName) {
    return remember("mockTask(\"" + stateName + "\")", new MockedTask(backend.mocks().forState(stateName)));
  }

  /**
   * Uses a Step Functions Local mock configuration file from now on: an execution started on
   * {@code stateMachineArn#TestCase} answers the Task states the test case lists from it (a
   * {@link #mockTask} or {@link #mockResource} of the same state still wins).
   *
   * <pre>{@code
   * fake.useMockConfig(MockConfigFile.fromClasspath("mocks/MockConfigFile.json"));
   * client.startExecution(b -> b.stateMachineArn(machineArn + "#HappyPath"));
   * }</pre>
   */
  public void useMockConfig(MockConfigFile config) {
    backend.mockFile().use(config == null ? null : config.file());
  }

  /** Programs the answers of every Task state whose Resource is this ARN (a state-name mock wins). */
  public MockedTask mockResource(String resourceArn) {
    return remember("mockResource(\"" + resourceArn + "\")", new MockedTask(backend.mocks().forResource(resourceArn)));
  }

  private MockedTask remember(String description, MockedTask mock) {
    synchronized (programmed) {
      programmed.putIfAbsent(description, mock);
    }
    return mock;
  }

  /**
   * The mocks that were given responses but never called, as they were asked for: {@code
   * mockTask("Ship")}, {@code mockResource("arn:...")}. A test may check it is empty at its end to
   * catch a mock of a state that was renamed or never reached.
   *
   * <pre>{@code assertThat(fake.unusedMocks()).isEmpty();}</pre>
   */
  public List<String> unusedMocks() {
    List<String> unused = new ArrayList<>();
    synchronized (programmed) {
      programmed.forEach((description, mock) -> {
        if (mock.isUnused()) {
          unused.add(description);
        }
      });
    }
    return unused;
  }

  /**
   * Puts the fake back to how it was built, but for the resources it holds: for a fake that many
   * tests share (a cached Spring context), so each test starts from the same state.
   *
   * <ul>
   *   <li>forgotten: every execution (those still running are stopped first), with its history,
   *       map runs, task tokens and activity tasks; every mock programmed with {@link #mockTask}
   *       or {@link #mockResource}; every object in {@link #s3()};
   *   <li>restarted: the clock, at the builder's initial time with its time-skipping setting, and
   *       the generated names, tokens and random values, from the seed;
   *   <li>kept: state machines, versions, aliases, activities, tags, the mock configuration file
   *       and the activity poll timeout.
   * </ul>
   * After a reset, the same calls give the same histories as on a new fake with those resources.
   * A fake on real time ({@link Builder#realTime}) keeps following the wall clock.
   *
   * <pre>{@code
   * fake.reset();   // between two tests that share the fake
   * }</pre>
   *
   * @throws IllegalStateException when the fake is closed
   */
  public void reset() {
    if (closed) {
      throw new IllegalStateException("The fake is closed; build a new one instead of resetting it");
    }
    backend.reset(initialTime, timeSkipping);
    synchronized (programmed) {
      programmed.clear();
    }
  }

  /** Whether {@link #close()} was called (directly, or by closing one of its clients). */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Stops the fake: executions stop where they are, activity polls return at once with no task
   * (their threads end), and on real time the timer thread ends. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    backend.close();
    asyncClient.shutdown();
    backend.scheduler().wakeWaiters();
    if (timerThread != null && timerThread != Thread.currentThread()) {
      try {
        timerThread.join(Duration.ofSeconds(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Settings of a {@link FakeSfn}. */
  public static final class Builder {
    private String region = "us-east-1";
    private String account = "123456789012";
    private Instant initialTime = DEFAULT_INITIAL_TIME;
    private boolean timeSkipping = true;
    private long seed;
    private MockConfigFile mockConfig;
    private Double waitTimeScale;
    private Duration activityPollTimeout = ActivityTasks.DEFAULT_POLL_TIMEOUT;
    private Integer keepFinishedExecutions;
    private java.util.function.BiFunction<dev.sfntest.internal.tasks.TaskTokens,
        dev.sfntest.internal.engine.Scheduler, dev.sfntest.internal.engine.TaskInvoker> unmockedTasks;

    static {
      // The project's own modules set this through the shared package: no API signature names it.
      dev.sfntest.internal.shared.UnmockedTasks.register((builder, invoker) -> ((Builder) builder).unmockedTasks = invoker);
    }

    private Builder() {}

    /** The region in ARNs (default us-east-1). */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region);
      return this;
    }

    /** Twelve ASCII digits; checked without a regular expression, as every test's fake is built here. */
    private static boolean isAccountId(String account) {
      if (account.length() != 12) {
        return false;
      }
      for (int i = 0; i < 12; i++) {
        char c = account.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    /** The account id in ARNs (default 123456789012). */
    public Builder account(String account) {
      if (account == null || !isAccountId(account)) {
        throw new IllegalArgumentException("An AWS account id has 12 digits: " + account);
      }
      this.account = account;
      return this;
    }

    /** Where the clock starts (default 2024-01-01T00:00:00Z). */
    public Builder initialTime(Instant initialTime) {
      this.initialTime = Objects.requireNonNull(initialTime);
      return this;
    }

    /** Whether the clock skips to the next timer when nothing else can happen (default true). */
    public Builder timeSkipping(boolean timeSkipping) {
      this.timeSkipping = timeSkipping;
      return this;
    }

    /** The seed of generated names, tokens, jitter and random functions (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * A Step Functions Local mock configuration file for {@code #TestCase} executions.
     *
     * <pre>{@code FakeSfn.builder().mockConfig(MockConfigFile.fromPath(Path.of("MockConfigFile.json"))).build();}</pre>
     */
    public Builder mockConfig(MockConfigFile config) {
      this.mockConfig = config;
      return this;
    }

    /**
     * A Step Functions Local mock configuration file, given as its JSON text (read from wherever
     * it lives: a classpath resource, a file, a Spring {@code Resource}): an execution started on
     * {@code stateMachineArn#TestCase} answers the Task states the test case lists from it.
     *
     * <pre>{@code
     * FakeSfn.builder().mockConfigJson(Files.readString(Path.of("MockConfigFile.json"))).build();
     * }</pre>
     *
     * @throws IllegalArgumentException when the text is not a valid mock configuration, naming
     *     every problem
     * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html">Mock configuration file</a>
     */
    public Builder mockConfigJson(String json) {
      this.mockConfig = MockConfigFile.parse(Objects.requireNonNull(json, "json"),
          "given to FakeSfn.builder().mockConfigJson");
      return this;
    }

    /**
     * Runs the clock on real time instead of virtual time, for code that drives executions from
     * outside (what {@code sfn-local serve} does): the clock reads {@link #initialTime} when the
     * fake is built and then moves with the wall clock, {@code 1 / waitTimeScale} times as fast;
     * a thread fires Waits, retries and timeouts when they are due. With scale 0.1, a
     * {@code Wait} of 10 seconds takes one real second. Time skipping does not apply;
     * {@link VirtualClock#advance} still moves the clock ahead of the wall.
     *
     * <pre>{@code
     * FakeSfn.builder().initialTime(Instant.now()).realTime(1.0).build();
     * }</pre>
     *
     * @throws IllegalArgumentException unless the scale is positive and finite
     */
    public Builder realTime(double waitTimeScale) {
      if (!(waitTimeScale > 0) || Double.isInfinite(waitTimeScale)) {
        throw new IllegalArgumentException("A wait time scale is a positive number: " + waitTimeScale);
      }
      this.waitTimeScale = waitTimeScale;
      return this;
    }
    /**
     * How long GetActivityTask waits, in real time, for a task before it answers none (default 60
     * seconds, as AWS). Tests that poll an activity nobody schedules on may want it short.
     *
     * <pre>{@code FakeSfn.builder().activityPollTimeout(Duration.ofMillis(200)).build();}</pre>
     */
    public Builder activityPollTimeout(Duration timeout) {
      if (timeout == null || timeout.isNegative()) {
        throw new IllegalArgumentException("A poll timeout is zero or more: " + timeout);
      }
      this.activityPollTimeout = timeout;
      return this;
    }

    /**
     * Keeps only the last {@code count} finished executions of each state machine (default: every
     * execution, until the fake is closed). When one more finishes, the one that finished earliest
     * is forgotten, with its history and map runs: DescribeExecution then answers {@code
     * ExecutionDoesNotExistException}, as AWS does once it no longer keeps a closed execution (it
     * keeps them 90 days), and the name may be used again. Running executions are always kept.
     * For long-lived fakes ({@code sfn-local}, a fake shared by many tests) whose memory would
     * otherwise grow with every execution.
     *
     * <pre>{@code FakeSfn.builder().keepFinishedExecutions(1_000).build();}</pre>
     *
     * @throws IllegalArgumentException for a negative count
     */
    public Builder keepFinishedExecutions(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("The number of finished executions to keep is 0 or more: " + count);
      }
      this.keepFinishedExecutions = count;
      return this;
    }

    /**
     * A new fake with these settings; each call makes another, sharing nothing with the rest.
     *
     * <pre>{@code
     * try (FakeSfn fake = FakeSfn.builder().initialTime(Instant.parse("2025-01-01T00:00:00Z")).seed(7).build()) {
     *   // ...
     * }
     * }</pre>
     */
    public FakeSfn build() {
      return new FakeSfn(this);
    }
  }
}
