package dev.sfntest.junit5.internal;

import dev.sfntest.core.FakeSfn;
import java.util.Optional;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/** A live endpoint, through SDK clients the whole run shares. */
public final class LiveEnvironment implements Environment {

  private final LiveClients clients;
  private final Settings settings;

  public LiveEnvironment(LiveClients clients, Settings settings) {
    this.clients = clients;
    this.settings = settings;
  }

  @Override
  public SfnClient client() {
    return clients.client();
  }

  @Override
  public SfnAsyncClient asyncClient() {
    return clients.asyncClient();
  }

  @Override
  public Optional<FakeSfn> fake() {
    return Optional.empty();
  }

  /**
   * The role set, else, for a local endpoint (which never assumes it), the fake's. AWS itself
   * needs a real one.
   */
  @Override
  public String roleArn() {
    if (settings.roleArn() != null) {
      return settings.roleArn();
    }
    if (settings.endpoint() != null) {
      return FakeSfn.ROLE_ARN;
    }
    throw Misconfigured.because("@Deploy in live mode against AWS needs a role Step Functions can assume: set "
        + "sfntest.roleArn (like arn:aws:iam::123456789012:role/StepFunctionsTests), or "
        + "SfnExtension.builder().roleArn(...).");
  }

  @Override
  public boolean needsUniqueNames() {
    return true;
  }

  /** Closes nothing: the clients serve other tests until the run ends. */
  @Override
  public void close() {
    // LiveClients lives in the root store, which closes it after the last test
  }
}
