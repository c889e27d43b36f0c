package dev.sfntest.assertj;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.local.SfnServer;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * What every assertion suite runs on: a fake, programmed through one {@link SfnTestContext}, and
 * an {@link SfnClient} to it that is either the fake's own or the real SDK client talking to the
 * same fake served by sfn-local. A suite is an abstract class extending this one; a concrete
 * subclass per {@link Mode} runs it.
 */
abstract class SfnFixture {

  /** How the assertions reach the fake. */
  enum Mode {
    /** The fake's own client, in process. */
    FAKE,
    /** The real AWS SDK client over HTTP to the fake served by sfn-local, as live code would. */
    SERVED
  }

  FakeSfn fake;
  SfnTestContext sfn;
  SfnClient client;
  private SfnServer server;

  abstract Mode mode();

  @BeforeEach
  void start_fake() {
    fake = FakeSfn.create();
    sfn = SfnTestContext.of(fake);
    if (mode() == Mode.FAKE) {
      client = fake.client();
      return;
    }
    server = SfnServer.builder(fake.client()).port(0).start();
    client = SfnClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "dummy")))
        .httpClient(UrlConnectionHttpClient.create())
        // a refused request must reach the test as is, not after the SDK's retries
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  @AfterEach
  void close_fake() {
    if (server != null) {
      client.close();
      server.close();
    }
    fake.close();
  }

  /** Creates a state machine through the client under test. */
  StateMachine deploy(String name, String definition) {
    return StateMachine.create(client, name, definition.replace('\'', '"'), FakeSfn.ROLE_ARN);
  }

  /**
   * Starts an execution. Served, the client cannot tell the fake from a live endpoint, so the
   * handle would poll a running execution; the served fake has run as far as it can when the
   * start returns, so a timeout of zero reads it once, as the fake does, and keeps tests fast.
   */
  Execution start(StateMachine machine, String name, String input) {
    Execution run = machine.start(name, input.replace('\'', '"'));
    return mode() == Mode.SERVED ? run.withTimeout(Duration.ZERO) : run;
  }

  /** Deploys and starts in one go. */
  Execution run(String machine, String definition, String input) {
    return start(deploy(machine, definition), "run-1", input);
  }

  static AssertionError expectAssertionError(ThrowingCallable callable) {
    return catchThrowableOfType(AssertionError.class, callable);
  }
}
