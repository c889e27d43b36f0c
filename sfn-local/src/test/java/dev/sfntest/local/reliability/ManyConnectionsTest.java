package dev.sfntest.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Many connections on loopback at once, in JUnit's parallel mode: 48 clients each opening a new
 * connection per request, 500 idle connections held open, and every request answered as one
 * client alone would see it. Each test has its own server.
 */
@Execution(ExecutionMode.CONCURRENT)
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ManyConnectionsTest {

  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:echo";

  private static void deploy(Served served) {
    Wire.Response created = served.call("CreateStateMachine", "{\"name\":\"echo\",\"roleArn\":"
        + "\"arn:aws:iam::123456789012:role/r\",\"definition\":\"{\\\"StartAt\\\":\\\"P\\\",\\\"States\\\":"
        + "{\\\"P\\\":{\\\"Type\\\":\\\"Pass\\\",\\\"End\\\":true}}}\"}");
    assertThat(created.status()).isEqualTo(200);
  }

  @Test
  void forty_eight_clients_with_a_connection_per_request_are_each_answered_in_full() throws Exception {
    try (Served served = new Served()) {
      // GIVEN
      deploy(served);
      int clients = 48;
      int requestsEach = 25;
      ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
      ExecutorService threads = Executors.newFixedThreadPool(clients);
      try {
        // WHEN each starts executions under its own names and reads them back
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int client = c;
          running.add(threads.submit(() -> {
            for (int r = 0; r < requestsEach; r++) {
              String name = "c" + client + "-" + r;
              Wire.Response started = served.call("StartExecution", "{\"stateMachineArn\":\"" + MACHINE
                  + "\",\"name\":\"" + name + "\",\"input\":\"{\\\"client\\\":" + client + "}\"}");
              Wire.Response described = served.call("DescribeExecution", "{\"executionArn\":\""
                  + MACHINE.replace("stateMachine", "execution") + ":" + name + "\"}");
              if (started.status() != 200 || described.status() != 200
                  || !described.body().contains("\"output\":\"{\\\"client\\\":" + client + "}\"")) {
                wrong.add(name + ": " + started + " / " + described);
              }
            }
          }));
        }
        for (Future<?> client : running) {
          client.get(60, TimeUnit.SECONDS);
        }
      } finally {
        threads.shutdownNow();
      }

      // THEN
      assertThat(wrong).isEmpty();
      assertThat(served.fake.client().listExecutionsPaginator(b -> b.stateMachineArn(MACHINE)).executions()
          .stream().count()).isEqualTo(clients * requestsEach);
      served.assertKeepsServing();
    }
  }

  @Test
  void five_hundred_idle_connections_leave_the_others_answered() {
    try (Served served = new Served()) {
      // GIVEN
      List<Wire> idle = new ArrayList<>();
      try {
        for (int i = 0; i < 500; i++) {
          idle.add(served.wire());
        }

        // WHEN
        for (int i = 0; i < 20; i++) {
          served.assertKeepsServing();
        }

        // THEN the idle ones still work when they speak at last
        assertThat(idle.get(0).send(Wire.post("ListStateMachines", "{}")).read().status()).isEqualTo(200);
        assertThat(idle.get(499).send(Wire.post("ListStateMachines", "{}")).read().status()).isEqualTo(200);
      } finally {
        idle.forEach(Wire::close);
      }
      served.assertKeepsServing();
    }
  }

  @Test
  void connections_opened_and_closed_without_a_word_leave_the_server_up() {
    try (Served served = new Served()) {
      // WHEN
      for (int i = 0; i < 300; i++) {
        served.wire().close();
      }

      // THEN
      served.assertKeepsServing();
    }
  }
}
