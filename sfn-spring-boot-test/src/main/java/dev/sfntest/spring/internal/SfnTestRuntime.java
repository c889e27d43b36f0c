package dev.sfntest.spring.internal;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Everything sfn-test keeps for one application context: the fake (or the live clients), the
 * recording clients the application's beans and the test get, what the context deployed, and what
 * each test created. Closed with the context.
 */
public final class SfnTestRuntime implements AutoCloseable {

  /** AWS's longest state machine and activity name. */
  private static final int MAX_NAME = 80;

  private final Settings settings;
  private final FakeSfn fake;
  private final LiveClients live;
  private final Recorder recorder = new Recorder();
  private final SfnClient applicationClient;
  private final SfnAsyncClient applicationAsyncClient;
  private final SfnClient testClient;
  private final SfnTestContext testContext;
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  /** What the context deployed: name → ARN, in order; machines are in {@link #machines} too. */
  private final Map<String, String> deployed = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Set<String> machines = Collections.synchronizedSet(new LinkedHashSet<>());
  /** The properties that publish the ARNs; the context's environment reads this map. */
  private final Map<String, Object> published = Collections.synchronizedMap(new LinkedHashMap<>());

  private SfnTestRuntime(Settings settings, FakeSfn fake, LiveClients live) {
    this.settings = settings;
    this.fake = fake;
    this.live = live;
    this.applicationClient = RecordingClients.sync(this::plainClient, recorder, Recorder.Source.APPLICATION);
    this.applicationAsyncClient = RecordingClients.async(this::plainAsyncClient, recorder,
        Recorder.Source.APPLICATION);
    this.testClient = RecordingClients.sync(this::plainClient, recorder, Recorder.Source.TEST);
    this.testContext = fake == null ? null : SfnTestContext.of(fake, testClient);
  }

  /**
   * A fake built from the settings, or live clients.
   *
   * @throws Misconfigured when the mock configuration file cannot be read or used
   */
  static SfnTestRuntime start(Settings settings, ResourceLoader resources) {
    if (settings.mode() == Mode.LIVE) {
      return new SfnTestRuntime(settings, null, LiveClients.open(settings));
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

  public Recorder recorder() {
    return recorder;
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
    String name = liveName(spec.name());
    String arn;
    if (notReadyReason().isPresent()) {
      arn = "arn:aws:states:" + region() + ":000000000000:activity:" + name;
    } else {
      try {
        arn = plainClient().createActivity(b -> b.name(name)).activityArn();
      } catch (SdkException e) {
        throw new Misconfigured(spec.declaredBy() + " could not create the activity '" + name + "': "
            + e.getMessage(), e);
      }
    }
    publish(spec.key(), name, arn, spec.arnProperty());
  }

  void deployStateMachine(DeploymentSpecs.Machine spec, String definition) {
    String name = liveName(spec.name());
    String arn;
    if (notReadyReason().isPresent()) {
      arn = "arn:aws:states:" + region() + ":000000000000:stateMachine:" + name;
    } else {
      try {
        arn = plainClient().createStateMachine(b -> b.name(name).definition(definition).roleArn(roleArn(spec))
            .type(spec.type())).stateMachineArn();
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

  /** Live names get the context's suffix, so parallel runs and left-overs never collide. */
  private String liveName(String name) {
    if (live == null) {
      return name;
    }
    String tail = "-" + suffix;
    return (name.length() + tail.length() > MAX_NAME ? name.substring(0, MAX_NAME - tail.length()) : name) + tail;
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

  /** A test begins: what is created from now on is the test's. */
  public void beginTest() {
    recorder.beginTest();
  }

  /**
   * A test ended: removes what it created and stops what it left running, then, on the fake,
   * resets it for the next test.
   *
   * @return what could not be removed, for the test's output
   */
  public List<String> endTest(Recorder.Record record) {
    List<String> leaks = new ArrayList<>();
    if (fake != null) {
      if (!fake.isClosed()) {
        // Reset first: it stops every execution at once, so nothing runs while machines go.
        fake.reset();
        leaks.addAll(Cleanup.run(fake.client(), record, deployedArns()));
      }
    } else if (notReadyReason().isEmpty()) {
      leaks.addAll(Cleanup.run(live.client(), record, deployedArns()));
    }
    return leaks;
  }

  private Set<String> deployedArns() {
    synchronized (deployed) {
      return Set.copyOf(deployed.values());
    }
  }

  /**
   * Closes with the context: live, removes what the application created while starting and what
   * the context deployed (state machines before activities); fake, closes the fake.
   */
  @Override
  public void close() {
    if (fake != null) {
      fake.close();
      return;
    }
    try {
      if (notReadyReason().isEmpty()) {
        List<String> leaks = new ArrayList<>(Cleanup.run(live.client(), recorder.context(), deployedArns()));
        leaks.addAll(deleteDeployed());
        leaks.forEach(leak -> System.out.println("[sfn-test] " + leak));
      }
    } finally {
      live.close();
    }
  }

  private List<String> deleteDeployed() {
    List<String> leaks = new ArrayList<>();
    List<Map.Entry<String, String>> entries;
    synchronized (deployed) {
      entries = new ArrayList<>(deployed.entrySet());
    }
    Collections.reverse(entries);
    // State machines first: they name the activities.
    entries.sort((a, b) -> Boolean.compare(!machines.contains(a.getKey()), !machines.contains(b.getKey())));
    for (Map.Entry<String, String> entry : entries) {
      try {
        if (machines.contains(entry.getKey())) {
          live.client().deleteStateMachine(b -> b.stateMachineArn(entry.getValue()));
        } else {
          live.client().deleteActivity(b -> b.activityArn(entry.getValue()));
        }
      } catch (RuntimeException e) {
        leaks.add("could not delete " + entry.getValue() + ", deployed for the test context: " + e.getMessage());
      }
    }
    return leaks;
  }
}
