package dev.sfntest.examples.local;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.StateMachine;
import dev.sfntest.local.LocalSettings;
import dev.sfntest.local.LocalSfn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * sfn-local as a drop-in for Step Functions Local: a real AWS SDK client, pointed at its endpoint
 * with dummy credentials, as code under test would be configured. Here the server runs in the JVM
 * on 127.0.0.1 and a free port; {@code java -jar sfn-local.jar serve} serves the same on 8083.
 */
class SfnLocalTest {

  // tag::sfn-local-sdk-client[]
  @Test
  void a_real_sdk_client_talks_to_sfn_local() throws IOException {
    try (LocalSfn local = LocalSfn.start(LocalSettings.defaults().withPort(0).withVirtualTime(true));
         SfnClient sfn = SfnClient.builder()
             .endpointOverride(local.endpoint())            // http://127.0.0.1:<port>
             .region(Region.US_EAST_1)
             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
             .build()) {
      StateMachine hello = StateMachine.create(sfn, "hello", resource("workflows/hello.asl.json"), FakeSfn.ROLE_ARN);

      Execution run = hello.start("{\"name\": \"Ada\"}").withTimeout(Duration.ofSeconds(30));

      assertThat(run).hasSucceeded().hasOutputAt("$.greeting").isText("Hello");   // waits for the end
      assertThat(run.isFake()).isFalse();                                        // it went over HTTP
    }
  }
  // end::sfn-local-sdk-client[]

  static String resource(String name) throws IOException {
    try (InputStream in = SfnLocalTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
