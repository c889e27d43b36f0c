package dev.sfntest.junit5.internal;

import dev.sfntest.core.CreatedResources;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.internal.coverage.CoverageHook;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Everything one test was given, from its {@code beforeEach} to its {@code afterEach}: the
 * environment, the recording clients, the context, and the state machines it deployed. Kept in
 * the test's store, which closes it (and a fake only this test used) when the test is done.
 *
 * <p>In live mode what the test created through its clients is cleaned up after it ({@link
 * CreatedResources}), passed or failed; what cannot be is printed with its ARN and fails the test.
 */
public final class TestRun implements AutoCloseable {

  private final Settings settings;
  private final Environment environment;
  private final boolean ownsEnvironment;
  private final CreatedResources resources;
  private final SfnClient client;
  private final SfnTestContext testContext;
  private final Deployer deployer;
  private final UniqueNames names;
  private final List<String> unusedMocksBefore;
  private final Map<Parameter, StateMachine> deployedParameters = new ConcurrentHashMap<>();
  private final String testName;
  private SfnAsyncClient asyncClient;
  private boolean cleanedUp;

  private TestRun(Settings settings, Environment environment, boolean ownsEnvironment, SettingsResolver resolver,
      ExtensionContext context) {
    this.settings = settings;
    this.environment = environment;
    this.ownsEnvironment = ownsEnvironment;
    this.testName = context.getDisplayName();
    this.resources = isLive() ? CreatedResources.of(environment.client(), settings.liveTimeout())
        : CreatedResources.of(environment.client());
    this.client = resources.client();
    this.testContext = environment.fake().map(fake -> SfnTestContext.of(fake, client)).orElse(null);
    // Only live names need a suffix; a fake is seeded and its names must stay as the test wrote them.
    this.names = environment.needsUniqueNames() ? UniqueNames.random() : UniqueNames.none();
    ClassLoader classLoader = context.getTestClass().map(Class::getClassLoader)
        .orElse(Thread.currentThread().getContextClassLoader());
    this.deployer = new Deployer(client, environment, classLoader, DefinitionTexts.of(context),
        name -> resolver.substitution(context, name),
        names);
    // A shared fake keeps the mocks of earlier tests: only those this test adds are its own.
    this.unusedMocksBefore = environment.fake().map(FakeSfn::unusedMocks).orElse(List.of());
  }

  /**
   * @param ownsEnvironment whether the environment is this test's alone (closed with it)
   */
  public static TestRun start(Settings settings, Environment environment, boolean ownsEnvironment,
      SettingsResolver resolver, ExtensionContext context) {
    return new TestRun(settings, environment, ownsEnvironment, resolver, context);
  }

  public SfnClient client() {
    return client;
  }

  /** The asynchronous client, recording too; made on first use. */
  public synchronized SfnAsyncClient asyncClient() {
    if (asyncClient == null) {
      asyncClient = resources.wrap(environment.asyncClient());
    }
    return asyncClient;
  }

  /** The test's names: unique in live mode, as given on the fake. */
  public UniqueNames names() {
    return names;
  }

  /**
   * The fake.
   *
   * @throws ParameterResolutionException in live mode
   */
  public FakeSfn fake() {
    return environment.fake().orElseThrow(() -> new ParameterResolutionException(
        "Live mode (sfntest.mode=live) has no fake: take an SfnClient, or run the test in fake mode."));
  }

  /** The test's context over the fake, whose client is the recording one. */
  public SfnTestContext testContext() {
    fake();
    return testContext;
  }

  /** Deploys a state machine for this test. */
  public StateMachine deploy(Deploy deploy, String target) {
    return deployer.deploy(deploy, target);
  }

  /**
   * Deploys the state machines of the test method's {@code @Deploy} parameters now, before the
   * test, so that a deployment that fails is reported as itself rather than wrapped in JUnit's
   * parameter resolution failure.
   */
  public void deployParameters(Method method) {
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      Deploy deploy = parameters[i].getAnnotation(Deploy.class);
      if (deploy != null) {
        Object machine = Injector.value(parameters[i].getType(), Optional.of(deploy), this,
            Injector.parameterTarget(method, i));
        deployedParameters.put(parameters[i], (StateMachine) machine);
      }
    }
  }

  /** The state machine deployed for this parameter before the test, if any. */
  public Optional<StateMachine> deployedFor(Parameter parameter) {
    return Optional.ofNullable(deployedParameters.get(parameter));
  }

  /** The executions the test started so far. */
  public List<String> startedExecutions() {
    return resources.startedExecutions();
  }

  /**
   * Ends the test: prints the histories of its executions if it failed, checks its mocks if it
   * passed with strict mocks on, and deletes what it deployed (in live mode: cleans up everything
   * it created).
   *
   * @throws Exception what the clean-up could not do, or (as an {@link AssertionFailedError})
   *     what the end-of-test check found; JUnit reports the test's own failure first, with these
   *     attached to it
   */
  public void finish(ExtensionContext context) throws Exception {
    Optional<Throwable> outcome = context.getExecutionException();
    boolean failed = outcome.isPresent() && !(outcome.get() instanceof TestAbortedException);
    List<String> started = startedExecutions();
    if (failed) {
      new FailureReporter(environment.client()).print(context.getDisplayName(), started, System.out);
    }
    // Before the state machines are deleted: coverage reads each execution's definition.
    CoverageHook.afterTest(context, environment.client(), started, names.suffix(),
        failed ? outcome : Optional.empty(), System.out);
    List<Throwable> problems = new ArrayList<>();
    // Checked only when the test passed: after a failure an unused mock is noise, not news.
    if (outcome.isEmpty() && settings.strictMocks()) {
      unusedMocks().ifPresent(problems::add);
    }
    if (isLive()) {
      cleanUp().ifPresent(problems::add);
    } else {
      if (!ownsEnvironment) {
        problems.addAll(stopRunningExecutions(started));
      }
      problems.addAll(deployer.deleteAll());
    }
    if (!problems.isEmpty()) {
      Throwable first = problems.get(0);
      problems.subList(1, problems.size()).forEach(first::addSuppressed);
      if (first instanceof Error error) {
        throw error;
      }
      throw (Exception) first;
    }
  }

  private Optional<Throwable> unusedMocks() {
    List<String> unused = environment.fake().map(FakeSfn::unusedMocks).orElse(List.of());
    List<String> mine = new ArrayList<>(unused);
    mine.removeAll(unusedMocksBefore);
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AssertionFailedError("Strict mocks (sfntest.strictMocks=true): no Task called "
        + String.join(", ", mine) + ". Remove the mock, correct its state name or resource, or turn strict "
        + "mocks off for this test with @SfnTest(strictMocks = false)."));
  }

  private boolean isLive() {
    return environment.fake().isEmpty();
  }

  /**
   * Stops and deletes what the test created, once; prints what it could not, which becomes the
   * test's error.
   */
  private synchronized Optional<Throwable> cleanUp() {
    if (cleanedUp) {
      return Optional.empty();
    }
    cleanedUp = true;
    return Leaks.report(testName, resources.cleanUp(), System.out);
  }

  /** What the test left running would go on in a shared fake: stop it. */
  private List<Throwable> stopRunningExecutions(List<String> started) {
    List<Throwable> errors = new ArrayList<>();
    SfnClient plain = environment.client();
    for (String arn : started) {
      if (arn.contains(":express:")) {
        continue; // Express executions cannot be stopped, and end within five minutes anyway
      }
      try {
        if (plain.describeExecution(b -> b.executionArn(arn)).status() == ExecutionStatus.RUNNING) {
          plain.stopExecution(b -> b.executionArn(arn).error("sfn-test.TestEnded")
              .cause("The test that started this execution has ended."));
        }
      } catch (RuntimeException e) {
        errors.add(new IllegalStateException("Could not stop the execution " + arn + " the test started: "
            + e.getMessage(), e));
      }
    }
    return errors;
  }

  /**
   * Closes a fake only this test used. In live mode, cleans up if {@link #finish} did not run
   * (JUnit runs it, but a failure of another extension may come first): what the test created
   * must not outlive it.
   */
  @Override
  public void close() {
    if (isLive()) {
      cleanUp();
    }
    if (ownsEnvironment) {
      environment.close();
    }
  }
}
