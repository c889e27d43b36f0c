package dev.sfntest.spring.internal;

import dev.sfntest.core.CreatedResources;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.internal.shared.LiveSdkClients;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Everything sfn-test keeps for one application context: the fake (or the live clients), the
 * recording clients the application's beans and the test get, what the context deployed, and what
 * each test created ({@link Scopes}). Closed with the context.
 */
public final class SfnTestRuntime implements AutoCloseable {

  private final Settings settings;
  private final FakeSfn fake;
  private final LiveSdkClients live;
  private final Scopes scopes;
  private final SfnClient applicationClient;
  private final SfnAsyncClient applicationAsyncClient;
  private final SfnClient testClient;
  private final SfnTestContext testContext;
  /** Live names get the context's suffix, so parallel runs and left-overs never collide. */
  private final UniqueNames names;
  /** What the context deployed: name → ARN, in order; machines are in {@link #machines} too. */
  private final Map<String, String> deployed = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Set<String> machines = Collections.synchronizedSet(new LinkedHashSet<>());
  /** The properties that publish the ARNs; the context's environment reads this map. */
  private final Map<String, Object> published = Collections.synchronizedMap(new LinkedHashMap<>());

  private SfnTestRuntime(Settings settings, FakeSfn fake, LiveSdkClients live) {
    this.settings = settings;
    this.fake = fake;
    this.live = live;
    this.scopes = new Scopes(this::plainClient, this::plainAsyncClient);
    this.applicationClient = ScopedClients.sync(scopes, ScopedClients.Caller.APPLICATION);
    this.applicationAsyncClient = ScopedClients.async(scopes, ScopedClients.Caller.APPLICATION);
    this.testClient = ScopedClients.sync(scopes, ScopedClients.Caller.TEST);
    this.testContext = fake == null ? null : SfnTestContext.of(fake, testClient);
    this.names = live == null ? UniqueNames.none() : UniqueNames.random();
  }

  /**
   * The context's names: with the suffix its deployments got in live mode, as given on the fake
   * (a fake is the context's alone).
   */
  public UniqueNames names() {
    return names;
  }

  /**
   * A fake built from the settings, or live clients.
   *
   * @throws Misconfigured when the mock configuration file cannot be read or used
   */
  static SfnTestRuntime start(Settings settings, ResourceLoader resources) {
    if (settings.mode() == Mode.LIVE) {
      // Built as the JUnit extension builds its own: on sfntest.endpoint or AWS in the region
      return new SfnTestRuntime(settings, null, LiveSdkClients.open(settings.endpoint(), settings.region(),
          settings.dummyCredentials() ? LiveSdkClients.dummyCredentials() : DefaultCredentialsProvider.builder().build()));
    }
    FakeSfn.Builder builder = FakeSfn.builder()
        .initialTime(settings.initialTime())
        .seed(settings.seed())
        .timeSkipping(settings.timeSkipping())
        .account(settings.account());
    if (settings.region() != null) {
      builder.region(settings.region());
    }
    if (settings.activityPollTimeout() != null) {
      builder.activityPollTimeout(settings.activityPollTimeout());
    }
    if (settings.mockConfig() != null) {
      String location = settings.mockConfig();
      try {
        builder.mockConfigJson(read(resources, location));
      } catch (IllegalArgumentException e) {
        throw new Misconfigured("sfn-test setting sfntest.mock-config = \"" + location + "\" cannot be used: "
            + e.getMessage() + ". Name a Step Functions Local mock configuration file, like "
            + "classpath:mocks/MockConfigFile.json (under src/test/resources), or file:path/to/it.json.", e);
      }
    }
    return new SfnTestRuntime(settings, builder.build(), null);
  }

  /** A resource's text; a bare path is a classpath resource whatever the context's kind. */
  static String read(ResourceLoader resources, String location) {
    Resource resource = resources.getResource(location.contains(":") ? location : "classpath:" + location);
    if (!resource.exists()) {
      throw new IllegalArgumentException("there is no " + resource.getDescription());
    }
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + resource.getDescription() + ": " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ what the beans are

  public Settings settings() {
    return settings;
  }

  /** The fake, in fake mode. */
  public Optional<FakeSfn> fake() {
    return Optional.ofNullable(fake);
  }

  /** The test's control of the fake, in fake mode; its client records what the test creates. */
  public Optional<SfnTestContext> testContext() {
    return Optional.ofNullable(testContext);
  }

  /** The client of the test's own calls (not the application's): what it creates is cleaned up after it. */
  SfnClient testClient() {
    return testClient;
  }

  /** What every application {@code SfnClient} bean becomes. */
  public SfnClient applicationClient() {
    return applicationClient;
  }

  /** What every application {@code SfnAsyncClient} bean becomes. */
  public SfnAsyncClient applicationAsyncClient() {
    return applicationAsyncClient;
  }

  /** A client that records nothing: for reading, and for cleaning up. */
  public SfnClient plainClient() {
    return fake != null ? fake.client() : live.client();
  }

  private SfnAsyncClient plainAsyncClient() {
    return fake != null ? fake.asyncClient() : live.asyncClient();
  }

  /** The executions the application started in the running test (outside a test: while it started). */
  List<String> applicationExecutions() {
    return scopes.current().applicationExecutions();
  }

  /** Why tests cannot run live, if they cannot: nothing to call, or no credentials. */
  public Optional<String> notReadyReason() {
    return live == null ? Optional.empty() : live.notReadyReason();
  }

  // ------------------------------------------------------------------ deploying

  /** The properties that publish the deployed ARNs (a live map: the environment reads it). */
  Map<String, Object> published() {
    return published;
  }

  /** Name → ARN of what the context deployed. */
  public Map<String, String> deployed() {
    synchronized (deployed) {
      return Map.copyOf(deployed);
    }
  }

  /** Whether a deployment of this name is a state machine (else an activity). */
  public boolean isStateMachine(String name) {
    return machines.contains(name);
  }

  void deployActivity(DeploymentSpecs.Activity spec) {
    String name = names.name(spec.name());
    String arn;
    if (notReadyReason().isPresent()) {
      arn = "arn:aws:states:" + region() + ":000000000000:activity:" + name;
    } else {
      try {
        arn = scopes.context().client().createActivity(b -> b.name(name)).activityArn();
      } catch (SdkException e) {
        throw new Misconfigured(spec.declaredBy() + " could not create the activity '" + name + "': "
            + e.getMessage(), e);
      }
    }
    publish(spec.key(), name, arn, spec.arnProperty());
  }

  void deployStateMachine(DeploymentSpecs.Machine spec, String definition) {
    String name = names.name(spec.name());
    String arn;
    if (notReadyReason().isPresent()) {
      arn = "arn:aws:states:" + region() + ":000000000000:stateMachine:" + name;
    } else {
      try {
        arn = scopes.context().client().createStateMachine(b -> b.name(name).definition(definition)
            .roleArn(roleArn(spec)).type(spec.type())).stateMachineArn();
      } catch (SdkException e) {
        throw new Misconfigured(spec.declaredBy() + " could not create the state machine '" + name + "' from "
            + spec.definition() + ": " + e.getMessage(), e);
      }
    }
    machines.add(spec.key());
    publish(spec.key(), name, arn, spec.arnProperty());
  }

  private void publish(String key, String name, String arn, String arnProperty) {
    deployed.put(key, arn);
    published.put("sfntest.deployed." + key + ".arn", arn);
    published.put("sfntest.deployed." + key + ".name", name);
    if (arnProperty != null) {
      published.put(arnProperty, arn);
    }
  }

  private String region() {
    return fake != null ? fake.region() : live.region();
  }

  /** The role set, else, for the fake or a local endpoint (which never assume it), a dummy one. */
  private String roleArn(DeploymentSpecs.Machine spec) {
    if (settings.roleArn() != null) {
      return settings.roleArn();
    }
    if (fake != null || settings.endpoint() != null) {
      return FakeSfn.ROLE_ARN;
    }
    throw new Misconfigured(spec.declaredBy() + ": deploying to AWS (sfntest.mode=live without sfntest.endpoint) "
        + "needs a role Step Functions can assume: set sfntest.role-arn, like "
        + "arn:aws:iam::123456789012:role/StepFunctionsTests.");
  }

  // ------------------------------------------------------------------ tests

  /** A test begins: what is created and started from now on is the test's. */
  public void beginTest() {
    scopes.beginTest();
  }

  /** The test ended: what it created and started, for its report and its clean-up. */
  Scopes.Scope endTestScope() {
    return scopes.endTest();
  }

  /**
   * A test ended: stops what it left running and removes what it created ({@link
   * CreatedResources}: never what existed before it), after, on the fake, a reset for the next test.
   *
   * @return what could not be removed, with the ARNs, for the test's output
   */
  List<CreatedResources.Leak> endTest(Scopes.Scope ended) {
    if (fake != null) {
      if (fake.isClosed()) {
        return List.of();
      }
      // Reset first: it stops every execution at once, so nothing runs while machines go.
      fake.reset();
    } else if (notReadyReason().isPresent()) {
      return List.of();
    }
    return ended.cleanUp();
  }

  /**
   * Closes with the context: live, stops what still runs of the context's and deletes what it
   * deployed and what the application created while starting (never what existed before); fake,
   * closes the fake.
   */
  @Override
  public void close() {
    if (fake != null) {
      fake.close();
      return;
    }
    try {
      if (notReadyReason().isEmpty()) {
        System.out.print(LeakReport.of("the test context", scopes.context().cleanUp()));
        System.out.flush();
      }
    } finally {
      live.close();
    }
  }
}
