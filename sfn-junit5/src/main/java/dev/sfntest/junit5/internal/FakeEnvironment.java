package dev.sfntest.junit5.internal;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.tasks.MockConfig;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/** A fake Step Functions built from the test's settings. */
public final class FakeEnvironment implements Environment {

  private final FakeSfn fake;
  private final Settings settings;

  private FakeEnvironment(FakeSfn fake, Settings settings) {
    this.fake = fake;
    this.settings = settings;
  }

  /**
   * Builds a fake with these settings.
   *
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when the mock
   *     configuration file cannot be read
   */
  public static FakeEnvironment create(Settings settings) {
    FakeSfn.Builder builder = FakeSfn.builder()
        .initialTime(settings.initialTime())
        .seed(settings.seed())
        .timeSkipping(settings.timeSkipping())
        .account(settings.account());
    if (settings.region() != null) {
      builder.region(settings.region());
    }
    if (settings.mockConfig() != null) {
      builder.mockConfig(mockConfig(settings.mockConfig()));
    }
    if (settings.activityPollTimeout() != null) {
      builder.activityPollTimeout(settings.activityPollTimeout());
    }
    return new FakeEnvironment(builder.build(), settings);
  }

  private static MockConfig mockConfig(String location) {
    try {
      return location.startsWith("file:")
          ? MockConfig.fromPath(Path.of(location.substring("file:".length())))
          : MockConfig.fromClasspath(location);
    } catch (IllegalArgumentException e) {
      throw Misconfigured.because("sfn-test setting mockConfig = \"" + location + "\" cannot be used: "
          + e.getMessage() + ". Name a Step Functions Local mock configuration file on the test classpath "
          + "(under src/test/resources), or a file as file:path/to/it.json.", e);
    }
  }

  @Override
  public SfnClient client() {
    return fake.client();
  }

  @Override
  public SfnAsyncClient asyncClient() {
    return fake.asyncClient();
  }

  @Override
  public Optional<FakeSfn> fake() {
    return Optional.of(fake);
  }

  @Override
  public String roleArn() {
    return settings.roleArn() != null ? settings.roleArn() : FakeSfn.ROLE_ARN;
  }

  @Override
  public boolean needsUniqueNames() {
    return false;
  }

  @Override
  public void close() {
    fake.close();
  }
}
