package dev.sfntest.junit5;

import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.junit5.internal.BuilderValues;
import dev.sfntest.junit5.internal.ClassRun;
import dev.sfntest.junit5.internal.CredentialsChoice;
import dev.sfntest.junit5.internal.Environment;
import dev.sfntest.junit5.internal.FakeEnvironment;
import dev.sfntest.junit5.internal.FakeOnlyNeeds;
import dev.sfntest.junit5.internal.Injector;
import dev.sfntest.junit5.internal.LiveClients;
import dev.sfntest.junit5.internal.LiveEnvironment;
import dev.sfntest.junit5.internal.Misconfigured;
import dev.sfntest.junit5.internal.Registration;
import dev.sfntest.junit5.internal.Settings;
import dev.sfntest.junit5.internal.SettingsResolver;
import dev.sfntest.junit5.internal.Stores;
import dev.sfntest.junit5.internal.TestRun;
import dev.sfntest.junit5.internal.Values;
import dev.sfntest.junit5.internal.VirtualTimeNeeds;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The JUnit extension behind {@link SfnTest}: gives each test a fresh fake Step Functions, or a
 * live client (see {@link Mode}), and what it takes from them.
 *
 * <p><b>What a test can take</b>, as a parameter of a test, {@code @BeforeEach} or
 * {@code @AfterEach} method, or into a non-final instance field:
 * <ul>
 *   <li>{@link SfnClient} (and {@link SfnAsyncClient}): the client under test;
 *   <li>{@link UniqueNames}: names for what the test creates itself, unique to it in live mode;
 *   <li>{@link SfnTestContext}, {@code VirtualClock}, {@code FakeSfn}: control of the fake (a test
 *       that takes one is skipped in live mode, with the reason);
 *   <li>{@link StateMachine} with {@link Deploy @Deploy}: a state machine deployed before the test
 *       and deleted after.
 * </ul>
 *
 * <p><b>Registering it.</b> {@code @SfnTest} on the class, or a field:
 * <pre>{@code
 * class OrderWorkflowTest {
 *   @RegisterExtension
 *   static SfnExtension sfn = SfnExtension.builder().initialTime(Instant.parse("2025-01-01T00:00:00Z")).build();
 *
 *   @Test
 *   void ships(SfnClient client, @Deploy("workflows/order.asl.json") StateMachine order) { ... }
 * }
 * }</pre>
 * A static field shares one fake among the tests of its class (what one test deploys is still
 * deleted after it, but executions and mocks remain); an instance field, like {@code @SfnTest},
 * gives each test its own. With a field, {@code @SfnTest} on the class or a method only adds
 * settings.
 *
 * <p><b>Settings</b>, each from the first place that sets it: the method's {@code @SfnTest}, the
 * class's, this builder, the JUnit configuration parameter ({@code junit-platform.properties} or
 * {@code -D}), the default.
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>@SfnTest</th><th>builder</th><th>parameter</th><th>default</th></tr>
 *   <tr><td>mode</td><td>mode</td><td>mode</td><td>sfntest.mode</td><td>fake</td></tr>
 *   <tr><td>clock start</td><td>initialTime</td><td>initialTime</td><td>sfntest.initialTime</td><td>2024-01-01T00:00:00Z</td></tr>
 *   <tr><td>seed</td><td>seed</td><td>seed</td><td>sfntest.seed</td><td>from the test's unique id</td></tr>
 *   <tr><td>time skipping</td><td>timeSkipping</td><td>timeSkipping</td><td>sfntest.timeSkipping</td><td>true</td></tr>
 *   <tr><td>mock file</td><td>mockConfig</td><td>mockConfig</td><td>sfntest.mockConfig</td><td>none</td></tr>
 *   <tr><td>region</td><td>region</td><td>region</td><td>sfntest.region</td><td>us-east-1; live: the SDK's</td></tr>
 *   <tr><td>account</td><td>account</td><td>account</td><td>sfntest.account</td><td>123456789012</td></tr>
 *   <tr><td>strict mocks</td><td>strictMocks</td><td>strictMocks</td><td>sfntest.strictMocks</td><td>false</td></tr>
 *   <tr><td>activity poll timeout (fake)</td><td>activityPollTimeout</td><td>activityPollTimeout</td><td>sfntest.activityPollTimeout</td><td>60 s</td></tr>
 *   <tr><td>live time limit</td><td>liveTimeout</td><td>liveTimeout</td><td>sfntest.liveTimeout</td><td>60 s</td></tr>
 *   <tr><td>live endpoint</td><td></td><td>endpoint</td><td>sfntest.endpoint</td><td>AWS in the region</td></tr>
 *   <tr><td>role of deployments</td><td></td><td>roleArn</td><td>sfntest.roleArn</td><td>a dummy role; live AWS: required</td></tr>
 *   <tr><td>live credentials</td><td></td><td>credentialsProvider, dummyCredentials</td><td>sfntest.credentials (default, dummy)</td><td>the SDK's default chain</td></tr>
 *   <tr><td>placeholder Name</td><td>(on @Deploy)</td><td>substitution</td><td>sfntest.substitution.Name</td><td>none</td></tr>
 * </table>
 * A setting that cannot be used fails the test with an {@link ExtensionConfigurationException}
 * that says how to write it.
 *
 * <p><b>Live mode</b> ({@code -Dsfntest.mode=live}) uses real SDK clients on {@code
 * sfntest.endpoint} or AWS in {@code sfntest.region}; a test is skipped, with the reason, when it
 * needs the fake, when no endpoint or region, or no credentials, are found, or when it deploys a
 * definition with a Wait longer than the live time limit and the endpoint runs on the wall clock.
 * Live state machine names get a unique suffix. What a test creates through its clients (state
 * machines, versions, aliases, activities) is deleted after it, even when it or its setup failed,
 * and what it left running is stopped (see {@link dev.sfntest.core.CreatedResources}); what cannot
 * be deleted is printed with its ARN and fails the test. What existed before is never touched.
 * Assertions wait for an execution to end up to the live time limit.
 *
 * <p><b>When a test fails</b>, the histories of the executions it started are printed (on
 * standard output), and its own failure stays the one reported. With strict mocks on, a test that
 * passed but programmed a mock no Task called fails.
 *
 * <p><b>Workflow coverage.</b> When {@code sfn-report} is on the test classpath, the executions
 * each test started are recorded, and the report is written when the run ends (settings
 * {@code sfntest.coverage}, {@code sfntest.coverage.directory}, {@code sfntest.coverage.minimum};
 * see sfn-report's README). A failed test's executions are drawn too, and the output says where.
 *
 * <p>Tests may run in parallel: each has its own fake, and the extension keeps nothing in static
 * or instance state.
 */
public final class SfnExtension implements ExecutionCondition, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SfnExtension.class);

  /** The key of the settings this extension resolved for a test in its condition. */
  private record ResolvedFor(SfnExtension extension) {}

  private final SettingsResolver resolver;

  /** The extension {@code @SfnTest} registers; for a field, use {@link #builder()}. */
  public SfnExtension() {
    this(BuilderValues.NONE);
  }

  private SfnExtension(BuilderValues values) {
    this.resolver = new SettingsResolver(values);
  }

  /** A builder, for {@code @RegisterExtension}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isEmpty() || !Registration.of(context, SfnExtension.class).isActive(this, context)) {
      return ConditionEvaluationResult.enabled("decided for each test");
    }
    Settings settings;
    try {
      settings = resolver.resolve(context);
    } catch (ExtensionConfigurationException e) {
      // Reported when the test starts, as its failure: a condition's exception would be wrapped.
      return ConditionEvaluationResult.enabled("misconfigured");
    }
    // The test's beforeEach takes them from here rather than reading every annotation again.
    context.getStore(NAMESPACE).put(new ResolvedFor(this), settings);
    return liveSkipReason(context, settings).map(ConditionEvaluationResult::disabled)
        .orElse(ConditionEvaluationResult.enabled("runs in " + settings.mode().name().toLowerCase(java.util.Locale.ROOT) + " mode"));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Registration registration = Registration.of(context, SfnExtension.class);
    if (!registration.isActive(this, context)) {
      return;
    }
    registration.checkSingle();
    Settings resolved = context.getStore(NAMESPACE).remove(new ResolvedFor(this), Settings.class);
    Settings settings = resolved != null ? resolved : resolver.resolve(context);
    // Again here: an extension on an instance field is registered too late for the condition.
    Optional<String> skip = liveSkipReason(context, settings);
    if (skip.isPresent()) {
      throw new TestAbortedException(skip.get());
    }
    boolean shared = registration.isShared(this, context);
    Environment environment = shared ? sharedEnvironment(context) : newEnvironment(context, settings);
    TestRun run = TestRun.start(settings, environment, !shared, resolver, context);
    context.getStore(NAMESPACE).put(TestRun.class, run);
    Injector.injectFields(context, run);
    run.deployParameters(context.getRequiredTestMethod());
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    TestRun run = context.getStore(NAMESPACE).get(TestRun.class, TestRun.class);
    if (run != null) {
      run.finish(context);
    }
  }

  /**
   * Cleans up what a class that shares a live environment created in its constructors and {@code
   * @BeforeAll} methods, also when they failed.
   */
  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    ClassRun classRun = context.getStore(NAMESPACE).get(ClassRun.class, ClassRun.class);
    if (classRun != null) {
      Optional<Throwable> leaks = classRun.finish();
      if (leaks.isPresent()) {
        throw (Exception) leaks.get();
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return Injector.supports(parameter.getParameter().getType(), parameter.isAnnotated(Deploy.class))
        && Registration.of(context, SfnExtension.class).isActive(this, context);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    String target = Injector.parameterTarget(parameter.getDeclaringExecutable(), parameter.getIndex());
    TestRun run = context.getStore(NAMESPACE).get(TestRun.class, TestRun.class);
    if (run != null) {
      Optional<StateMachine> deployed = run.deployedFor(parameter.getParameter());
      return deployed.isPresent() ? deployed.get()
          : Injector.value(type, parameter.findAnnotation(Deploy.class), run, target);
    }
    if (context.getTestMethod().isEmpty() && Registration.of(context, SfnExtension.class).isShared(this, context)) {
      return classWideValue(type, parameter, context, target);
    }
    throw new ParameterResolutionException("SfnExtension cannot give " + type.getSimpleName() + " to " + target
        + ": each test gets its own fake when it starts, after constructors and @BeforeAll methods. Take it in "
        + "the test or a @BeforeEach method, or as a field; or share one fake in the class with "
        + "@RegisterExtension static SfnExtension sfn = SfnExtension.builder().build().");
  }

  /** For @BeforeAll methods and constructors of a class that shares its environment. */
  private Object classWideValue(Class<?> type, ParameterContext parameter, ExtensionContext context, String target) {
    if (parameter.isAnnotated(Deploy.class)) {
      throw new ParameterResolutionException("@Deploy on " + target + ": state machines are deployed for each "
          + "test, so only test methods, @BeforeEach and @AfterEach methods and fields can take them.");
    }
    Environment environment = sharedEnvironment(context);
    if (environment.fake().isEmpty()) {
      ClassRun classRun = classRun(context, environment);
      if (type == SfnClient.class) {
        return classRun.client();
      }
      if (type == SfnAsyncClient.class) {
        return classRun.asyncClient();
      }
      if (type == UniqueNames.class) {
        return classRun.names();
      }
    }
    if (type == SfnClient.class) {
      return environment.client();
    }
    if (type == SfnAsyncClient.class) {
      return environment.asyncClient();
    }
    if (type == UniqueNames.class) {
      return UniqueNames.none();
    }
    if (environment.fake().isEmpty()) {
      throw new ParameterResolutionException("Live mode (sfntest.mode=live) has no fake to give " + target + ".");
    }
    if (type == SfnTestContext.class) {
      return SfnTestContext.of(environment.fake().get());
    }
    if (type == dev.sfntest.core.VirtualClock.class) {
      return environment.fake().get().clock();
    }
    return environment.fake().get();
  }

  /**
   * The recording clients of a class that shares a live environment, for its constructors and
   * {@code @BeforeAll} methods; cleaned up after the class.
   */
  private ClassRun classRun(ExtensionContext context, Environment environment) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    ExtensionContext owner = classContext;
    return Stores.computeIfAbsent(owner.getStore(NAMESPACE), ClassRun.class,
        key -> new ClassRun(environment, resolver.resolveForClass(owner),
            owner.getDisplayName() + " (its class setup)"), ClassRun.class);
  }

  /** In live mode, why the test cannot run, if it cannot. */
  private static Optional<String> liveSkipReason(ExtensionContext context, Settings settings) {
    if (settings.mode() != Mode.LIVE) {
      return Optional.empty();
    }
    Optional<String> needsFake = FakeOnlyNeeds.of(context, settings);
    if (needsFake.isPresent()) {
      return needsFake;
    }
    LiveClients clients = liveClients(context, settings);
    Optional<String> notReady = clients.notReadyReason();
    if (notReady.isPresent()) {
      return notReady;
    }
    return VirtualTimeNeeds.of(context, settings, clients::endpointClock);
  }

  /** Live clients are shared by the whole run, per target, and closed when it ends. */
  private static LiveClients liveClients(ExtensionContext context, Settings settings) {
    return Stores.computeIfAbsent(context.getRoot().getStore(NAMESPACE), settings.liveTarget(), LiveClients::open,
        LiveClients.class);
  }

  private static Environment newEnvironment(ExtensionContext context, Settings settings) {
    return settings.mode() == Mode.LIVE
        ? new LiveEnvironment(liveClients(context, settings), settings)
        : FakeEnvironment.create(settings, context.getUniqueId());
  }

  /**
   * The environment of the test's class, made for its first test from the class's settings; a test
   * cannot change those.
   */
  private Environment sharedEnvironment(ExtensionContext context) {
    List<String> onMethod = resolver.environmentSetOnMethod(context);
    if (!onMethod.isEmpty()) {
      throw Misconfigured.because("@SfnTest on method " + context.getRequiredTestMethod().getName() + "() sets "
          + String.join(", ", onMethod) + ", but the class shares one environment among its tests (SfnExtension "
          + "on a static field). Set it on the class, or register the extension on an instance field so that "
          + "each test gets its own.");
    }
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    ExtensionContext owner = classContext;
    return Stores.computeIfAbsent(owner.getStore(NAMESPACE), Environment.class,
        key -> newEnvironment(owner, resolver.resolveForClass(owner)), Environment.class);
  }

  /**
   * Settings of a registered {@link SfnExtension}. Each is checked as it is given: a value that
   * cannot be used throws an {@link ExtensionConfigurationException} saying how to write it.
   *
   * <pre>{@code
   * @RegisterExtension
   * static SfnExtension sfn = SfnExtension.builder()
   *     .initialTime(Instant.parse("2025-01-01T00:00:00Z"))
   *     .substitution("PaymentFunction", "arn:aws:lambda:us-east-1:123456789012:function:pay")
   *     .strictMocks(true)
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private static final String WHERE = "SfnExtension.builder()";

    private Mode mode;
    private Instant initialTime;
    private Long seed;
    private Boolean timeSkipping;
    private String mockConfig;
    private String region;
    private String account;
    private URI endpoint;
    private String roleArn;
    private CredentialsChoice credentials;
    private Boolean strictMocks;
    private Duration liveTimeout;
    private Duration activityPollTimeout;
    private final Map<String, String> substitutions = new LinkedHashMap<>();

    private Builder() {}

    /** Fake or live. */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** Where the fake's clock starts. */
    public Builder initialTime(Instant initialTime) {
      this.initialTime = Objects.requireNonNull(initialTime, "initialTime");
      return this;
    }

    /**
     * The fake's seed of generated names, tokens and random functions, used as it is; unset, each
     * test's fake is seeded from the test's unique id (the same on every run, different per test).
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Whether the fake's clock jumps to the next timer when nothing else can happen. */
    public Builder timeSkipping(boolean timeSkipping) {
      this.timeSkipping = timeSkipping;
      return this;
    }

    /** A Step Functions Local mock configuration file: a classpath resource, or {@code file:} and a path. */
    public Builder mockConfig(String location) {
      this.mockConfig = Values.mockConfig(Objects.requireNonNull(location, "location"), WHERE);
      return this;
    }

    /** The region, like {@code eu-west-1}. */
    public Builder region(String region) {
      this.region = Values.region(Objects.requireNonNull(region, "region"), WHERE);
      return this;
    }

    /** The fake's account id (12 digits). */
    public Builder account(String account) {
      this.account = Values.account(Objects.requireNonNull(account, "account"), WHERE);
      return this;
    }

    /** Live mode's endpoint, like {@code http://localhost:8083}; without one, AWS in the region. */
    public Builder endpoint(String endpoint) {
      this.endpoint = Values.endpoint(Objects.requireNonNull(endpoint, "endpoint"), WHERE);
      return this;
    }

    /** The IAM role deployed state machines get (needed for live mode against AWS). */
    public Builder roleArn(String roleArn) {
      this.roleArn = Values.roleArn(Objects.requireNonNull(roleArn, "roleArn"), WHERE);
      return this;
    }

    /** Live mode's credentials, instead of the SDK's default chain. */
    public Builder credentialsProvider(AwsCredentialsProvider provider) {
      this.credentials = CredentialsChoice.custom(provider);
      return this;
    }

    /** Fixed dummy credentials, for a local endpoint that checks no signature. */
    public Builder dummyCredentials() {
      this.credentials = CredentialsChoice.DUMMY;
      return this;
    }

    /** Whether a passing test that programmed a mock no Task called fails. */
    public Builder strictMocks(boolean strictMocks) {
      this.strictMocks = strictMocks;
      return this;
    }

    /**
     * In live mode, the longest an assertion waits for an execution to end (default 60 s); see
     * {@link SfnTest#liveTimeout()}.
     */
    public Builder liveTimeout(Duration liveTimeout) {
      this.liveTimeout = Values.duration("liveTimeout", Objects.requireNonNull(liveTimeout, "liveTimeout"), WHERE);
      return this;
    }

    /**
     * How long the fake's {@code GetActivityTask} waits for a task before it answers none
     * (default 60 s, as AWS); see {@link SfnTest#activityPollTimeout()}.
     */
    public Builder activityPollTimeout(Duration activityPollTimeout) {
      this.activityPollTimeout = Values.duration("activityPollTimeout",
          Objects.requireNonNull(activityPollTimeout, "activityPollTimeout"), WHERE);
      return this;
    }

    /** The value of the definitions' {@code ${name}} placeholder (see {@link Deploy}). */
    public Builder substitution(String name, String value) {
      substitutions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Values of several placeholders. */
    public Builder substitutions(Map<String, String> values) {
      values.forEach(this::substitution);
      return this;
    }

    /**
     * The extension with these settings, for a {@code @RegisterExtension} field: static to share one
     * fake among the tests of the class, an instance field for one per test.
     */
    public SfnExtension build() {
      return new SfnExtension(new BuilderValues(mode, initialTime, seed, timeSkipping, mockConfig, region, account,
          endpoint, roleArn, credentials, strictMocks, liveTimeout, activityPollTimeout, substitutions));
    }
  }
}
