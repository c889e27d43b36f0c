package dev.sfntest.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.local.SfnServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** A fake served on a free port of 127.0.0.1, and the checks that it still answers as AWS does. */
final class Served implements AutoCloseable {

  final FakeSfn fake = FakeSfn.builder().activityPollTimeout(Duration.ofMillis(200)).build();
  final SfnServer server = SfnServer.builder(fake.client()).port(0).start();

  InetSocketAddress address() {
    return server.address();
  }

  Wire wire() {
    return new Wire(address(), Duration.ofSeconds(10));
  }

  /** Sends a well-formed request on a new connection and reads its answer. */
  Wire.Response call(String target, String body) {
    try (Wire wire = wire()) {
      return wire.send(Wire.post(target, body)).read();
    }
  }

  /** A well-formed request on a new connection is answered as before. */
  void assertKeepsServing() {
    Wire.Response response = call("ListStateMachines", "{}");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\"stateMachines\":[");
  }

  /** The answer is an AWS JSON 1.0 error: the status, {@code __type} ending in the code, a request id. */
  static void assertAwsError(Wire.Response response, int status, String code) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    assertThat(response.headers().get("content-type")).isEqualTo("application/x-amz-json-1.0");
    assertThat(response.headers()).containsKey("x-amzn-requestid");
    assertThat(response.body()).startsWith("{\"__type\":\"").contains("#" + code + "\"");
  }

  /** The server's request threads alive now. */
  static Set<Thread> requestThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("sfn-local-request-") && t.isAlive())
        .collect(Collectors.toSet());
  }

  @Override
  public void close() {
    server.close();
    fake.close();
  }
}
