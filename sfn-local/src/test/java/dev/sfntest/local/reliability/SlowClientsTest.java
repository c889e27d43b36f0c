package dev.sfntest.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.local.SfnServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that stop halfway: in the request line, in the headers, in the body. Each holds only its
 * own connection, no thread; every other client is answered at once; the read timeout closes
 * them, and closing the server ends their connections and the threads that waited on them.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SlowClientsTest {

  private static final String HEADERS = "Host: 127.0.0.1\r\nX-Amz-Target: AWSStepFunctions.ListStateMachines\r\n"
      + "Content-Type: application/x-amz-json-1.0\r\n";

  /** Stalls 60 connections: 20 in the request line, 20 in the headers, 20 in the body. */
  private static List<Wire> stall(Served served) {
    List<Wire> stalled = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      stalled.add(served.wire().send("POS"));
      stalled.add(served.wire().send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Tar"));
      stalled.add(served.wire().send("POST / HTTP/1.1\r\n" + HEADERS + "Content-Length: 100\r\n\r\n{\"maxRe"));
    }
    return stalled;
  }

  @Test
  void sixty_stalled_clients_delay_no_other_request() {
    try (Served served = new Served()) {
      // GIVEN
      List<Wire> stalled = stall(served);

      // WHEN
      long started = System.nanoTime();
      for (int i = 0; i < 50; i++) {
        served.assertKeepsServing();
      }

      // THEN fifty answers in well under the time one stalled client has waited
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
      stalled.forEach(Wire::close);
      served.assertKeepsServing();
    }
  }

  @Test
  void three_hundred_stalled_clients_hold_no_thread_and_are_closed_after_the_read_timeout() {
    // GIVEN a server whose connections must send a request within a second
    Set<String> before = new HashSet<>(serverThreads());
    FakeSfn fake = FakeSfn.create();
    SfnServer server = SfnServer.builder(fake.client()).port(0).readTimeout(Duration.ofSeconds(1)).start();
    List<Wire> stalled = new ArrayList<>();
    try {
      // WHEN 300 clients stop in their request line, their headers or their body
      for (int i = 0; i < 100; i++) {
        stalled.add(new Wire(server.address(), Duration.ofSeconds(20)).send("POS"));
        stalled.add(new Wire(server.address(), Duration.ofSeconds(20)).send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Tar"));
        stalled.add(new Wire(server.address(), Duration.ofSeconds(20)).send("POST / HTTP/1.1\r\n" + HEADERS
            + "Content-Length: 100\r\n\r\n{\"maxRe"));
      }
      Wire.Response answered = new Wire(server.address(), Duration.ofSeconds(10))
          .send(Wire.post("ListStateMachines", "{}")).read();

      // THEN they hold no thread: the server has its three I/O threads and at most one request thread
      assertThat(answered.status()).isEqualTo(200);
      List<String> started = serverThreads();
      started.removeAll(before);
      assertThat(started).as("server threads with 300 stalled clients").hasSizeLessThanOrEqualTo(4);
      // and each is closed, unanswered, once its second is up
      for (Wire wire : stalled) {
        assertThat(wire.read().closedWithoutAnswer()).isTrue();
      }
    } finally {
      stalled.forEach(Wire::close);
      server.close();
      fake.close();
    }
  }

  private static List<String> serverThreads() {
    List<String> names = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && thread.getName().startsWith("sfn-local-")) {
        names.add(thread.getName());
      }
    }
    return names;
  }

  @Test
  void closing_the_server_ends_stalled_connections_and_their_threads() {
    // GIVEN
    Set<Thread> before = new HashSet<>(Served.requestThreads());
    FakeSfn fake = FakeSfn.create();
    SfnServer server = SfnServer.builder(fake.client()).port(0).shutdownGrace(Duration.ofMillis(200)).start();
    Served probe = null;
    List<Wire> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        stalled.add(new Wire(server.address(), Duration.ofSeconds(10)).send("POST / HTTP/1.1\r\n" + HEADERS
            + "Content-Length: 100\r\n\r\n{"));
      }
      Wire.Response answered = new Wire(server.address(), Duration.ofSeconds(10))
          .send(Wire.post("ListStateMachines", "{}")).read();
      assertThat(answered.status()).isEqualTo(200);

      // WHEN
      long closing = System.nanoTime();
      server.close();

      // THEN within the grace period and a little more, every stalled connection is closed
      assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(5));
      for (Wire wire : stalled) {
        assertThat(wire.read().closedWithoutAnswer()).isTrue();
      }
      Set<Thread> started = new HashSet<>(Served.requestThreads());
      started.removeAll(before);
      for (Thread thread : started) {
        try {
          thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        assertThat(thread.isAlive()).as("%s after close", thread.getName()).isFalse();
      }
    } finally {
      stalled.forEach(Wire::close);
      server.close();
      fake.close();
    }
  }
}
