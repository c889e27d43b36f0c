package dev.sfntest.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.SocketException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP no SDK sends. What is not HTTP at all (a broken request line, a header without a colon, a
 * length that is not a number) gets 400 from the HTTP layer and the connection closed, as a load
 * balancer in front of AWS answers it; a request that is HTTP but not a Step Functions call gets
 * AWS's JSON error; a request cut short is dropped. After each, the server answers as before.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MalformedHttpTest {

  private final Served served = new Served();

  @AfterEach
  void close() {
    served.close();
  }

  private Wire.Response send(String raw) {
    try (Wire wire = served.wire()) {
      return wire.send(raw).read();
    }
  }

  private static final String HEADERS = "Host: 127.0.0.1\r\nX-Amz-Target: AWSStepFunctions.ListStateMachines\r\n"
      + "Content-Type: application/x-amz-json-1.0\r\n";

  @ParameterizedTest
  @ValueSource(strings = {
      "\u0000\u0001not-http\r\n\r\n",
      "POST /\r\n\r\n",
      "POST / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n",
      "POST / HTTP/1.1\r\n" + HEADERS + "Content-Length: twelve\r\n\r\n{}",
      "POST / HTTP/1.1\r\n" + HEADERS + "Content-Length: -5\r\n\r\n{}",
      "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"})
  void what_is_not_http_gets_400_and_the_connection_closed(String raw) {
    // WHEN
    Wire.Response response = send(raw);

    // THEN
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().get("connection")).isEqualTo("close");
    served.assertKeepsServing();
  }

  @Test
  void a_body_that_is_not_utf8_json_is_a_serialization_exception() {
    // WHEN
    Wire.Response response = send("POST / HTTP/1.1\r\n" + HEADERS + "Content-Length: 4\r\n\r\n{\u00ff\u00fe}");

    // THEN
    Served.assertAwsError(response, 400, "SerializationException");
    served.assertKeepsServing();
  }

  @Test
  void json_nested_100000_deep_is_a_serialization_exception() {
    // WHEN
    Wire.Response response = served.call("ListStateMachines", "[".repeat(100_000) + "]".repeat(100_000));

    // THEN
    Served.assertAwsError(response, 400, "SerializationException");
    served.assertKeepsServing();
  }

  @Test
  void an_unknown_method_is_aws_unknown_operation() {
    // WHEN
    Wire.Response response = send("BREW / HTTP/1.1\r\n" + HEADERS + "Content-Length: 2\r\n\r\n{}");

    // THEN AWS's front end answers a bare XML element when it cannot choose a protocol
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("<UnknownOperationException/>\n");
    served.assertKeepsServing();
  }

  @Test
  void a_body_shorter_than_its_length_is_dropped_when_the_client_stops_sending() {
    // WHEN the client promises 100 bytes, sends 2 and closes its side
    Wire.Response response;
    try (Wire wire = served.wire()) {
      response = wire.send("POST / HTTP/1.1\r\n" + HEADERS + "Content-Length: 100\r\n\r\n{}").shutdownOutput().read();
    }

    // THEN no request was made of it
    assertThat(response.closedWithoutAnswer()).isTrue();
    served.assertKeepsServing();
  }

  @Test
  void a_chunked_body_with_a_broken_chunk_is_dropped() {
    // WHEN
    Wire.Response response;
    try (Wire wire = served.wire()) {
      response = wire.send("POST / HTTP/1.1\r\n" + HEADERS + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
          .shutdownOutput().read();
    }

    // THEN
    assertThat(response.closedWithoutAnswer()).isTrue();
    served.assertKeepsServing();
  }

  @Test
  void twenty_thousand_headers_close_the_connection() {
    // WHEN
    Wire.Response response;
    try {
      response = send("POST / HTTP/1.1\r\n" + "X-Padding: v\r\n".repeat(20_000) + HEADERS
          + "Content-Length: 2\r\n\r\n{}");
    } catch (UncheckedIOException closedWhileSending) {
      // The server may close the connection as soon as the headers pass its limit, while the
      // client is still writing the rest: the client's write then fails (broken pipe, reset).
      assertThat(closedWhileSending).hasCauseInstanceOf(SocketException.class);
      response = null;
    }

    // THEN
    assertThat(response == null || response.closedWithoutAnswer() || response.status() == 400)
        .as("%s", response).isTrue();
    served.assertKeepsServing();
  }

  @Test
  void requests_after_a_broken_one_on_other_connections_are_answered_in_full() {
    // GIVEN a broken request line on one connection, left open
    try (Wire broken = served.wire()) {
      broken.send("GARBAGE\r\n\r\n");

      // WHEN
      Wire.Response response = served.call("ListStateMachines", "{}");

      // THEN
      assertThat(response.status()).isEqualTo(200);
      assertThat(broken.read().status()).isEqualTo(400);
    }
  }
}
