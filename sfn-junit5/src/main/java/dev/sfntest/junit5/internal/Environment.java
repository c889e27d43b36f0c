package dev.sfntest.junit5.internal;

import dev.sfntest.core.FakeSfn;
import java.util.Optional;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/** What tests talk to: a fake, or live SDK clients. One test owns it, or a class shares it. */
public interface Environment extends AutoCloseable {

  /** The client beneath the test's recording one. */
  SfnClient client();

  /**
   * The asynchronous client.
   *
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException when this environment has none
   */
  SfnAsyncClient asyncClient();

  /** The fake, in fake mode. */
  Optional<FakeSfn> fake();

  /**
   * The role a deployed state machine gets.
   *
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when none is set and
   *     the service would check it
   */
  String roleArn();

  /** Whether names must be unique across test runs (a live service keeps what others made). */
  boolean needsUniqueNames();

  @Override
  void close();
}
