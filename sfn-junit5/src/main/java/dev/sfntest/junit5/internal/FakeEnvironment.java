package dev.sfntest.junit5.internal;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.MockConfigFile;
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
   * Builds a fake with these settings, for the test (or class) with that unique id.
   *
   * @param owner the unique id of the test or class the fake is for: without a seed setting, the
   *     fake's seed comes from it
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when the mock
   *     configuration file cannot be read
   */
  public static FakeEnvironment create(Settings settings, String owner) {
    FakeSfn.Builder builder = FakeSfn.builder()
        .initialTime(settings.initialTime())
        .seed(settings.seed() != null ? settings.seed() : seedOf(owner))
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

  /**
   * The seed of a test's fake when none is set: its unique id, hashed (64-bit FNV-1a). The same
   * test gets the same names on every run; two tests get different ones, so the executions named
   * in failure messages and in the failure output of different tests are told apart.
   */
  static long seedOf(String uniqueId) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : uniqueId.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  private static MockConfigFile mockConfig(String location) {
    try {
      return location.startsWith("file:")
          ? MockConfigFile.fromPath(Path.of(location.substring("file:".length())))
          : MockConfigFile.fromClasspath(location);
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
