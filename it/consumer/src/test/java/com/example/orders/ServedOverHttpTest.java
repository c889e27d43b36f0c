package com.example.orders;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** sfn-local's in-process server, reached by the real SDK client over HTTP on 127.0.0.1. */
class ServedOverHttpTest {

  @Test
  void a_real_sdk_client_runs_a_workflow_on_sfn_local() throws IOException {
    // GIVEN
    try (LocalSfn local = LocalSfn.start(LocalSettings.defaults().withPort(0).withVirtualTime(true));
         SfnClient sfn = SfnClient.builder()
             .endpointOverride(local.endpoint())
             .region(Region.US_EAST_1)
             .httpClient(UrlConnectionHttpClient.create())
             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
             .build()) {
      StateMachine hello = StateMachine.create(sfn, "hello", resource("workflows/hello.asl.json"), FakeSfn.ROLE_ARN);
      // WHEN
      Execution run = hello.start("{\"name\": \"Ada\"}").withTimeout(Duration.ofSeconds(30));
      // THEN
      assertThat(run).hasSucceeded().hasOutputAt("$.greeting").isText("Hello");
      assertThat(run.isFake()).isFalse();
    }
  }

  @Test
  void serving_in_a_test_brings_neither_the_cli_nor_sfn_report() {
    // THEN: sfn-local's CLI dependencies are optional, so the test classpath has none of them
    assertThatThrownBy(() -> Class.forName("picocli.CommandLine")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("dev.sfntest.report.WorkflowCoverage"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.eclipse.elk.core.RecursiveGraphLayoutEngine"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("com.google.common.collect.ImmutableList"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ServedOverHttpTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
