package dev.sfntest.local.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches the connection of a {@code GetActivityTask} long poll, so that a worker that went away
 * (killed, timed out, disconnected) is not handed the next task: it would be lost, and its
 * execution would wait for the task's timeout. The JDK's server says nothing of a client that
 * closed while its handler waits, so the watch asks: once the poll has waited a moment, it answers
 * 200 and sends the body's first bytes, JSON whitespace, one at a time; a write that fails means
 * the client is gone, and the poll is interrupted, which ends it without a task. When the poll
 * returns, the rest of the body follows. Every JSON parser skips the leading whitespace.
 *
 * <pre>{@code
 * PollWatch watch = PollWatch.start(exchange, Thread.currentThread());
 * Reply reply = poll();
 * if (!watch.finish(reply)) send(exchange, reply);   // not begun: answer as usual
 * }</pre>
 */
final class PollWatch {

  /** How long a poll waits before the watch begins: any refusal (no such activity) comes before. */
  static final Duration FIRST_PROBE = Duration.ofSeconds(1);
  /** How often the watch asks after that. */
  static final Duration EVERY = Duration.ofMillis(250);

  private static final System.Logger LOG = System.getLogger("dev.sfntest.local");
  private static final ScheduledExecutorService PROBES = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "sfn-local-poll-watch");
    thread.setDaemon(true);
    return thread;
  });

  private final HttpExchange exchange;
  private final Thread poller;
  private ScheduledFuture<?> probes;
  private OutputStream body;
  private boolean begun;
  private boolean done;
  private boolean gone;

  private PollWatch(HttpExchange exchange, Thread poller) {
    this.exchange = exchange;
    this.poller = poller;
  }

  /** Starts watching the connection of the poll {@code poller} runs. */
  static PollWatch start(HttpExchange exchange, Thread poller) {
    PollWatch watch = new PollWatch(exchange, poller);
    synchronized (watch) {
      watch.probes = PROBES.scheduleWithFixedDelay(watch::probe, FIRST_PROBE.toMillis(), EVERY.toMillis(),
          TimeUnit.MILLISECONDS);
    }
    return watch;
  }

  private synchronized void probe() {
    if (done) {
      return;
    }
    try {
      if (!begun) {
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.getResponseHeaders().set("Content-Type", AwsJsonHandler.CONTENT_TYPE);
        exchange.sendResponseHeaders(200, 0);
        body = exchange.getResponseBody();
        begun = true;
      }
      body.write(' ');
      body.flush();
    } catch (IOException e) {
      gone = true;
      done = true;
      probes.cancel(false);
      poller.interrupt();
    }
  }

  /**
   * The poll has returned {@code reply}: stops watching and, when the answer had begun, sends the
   * rest of it. Called on the poller's thread.
   *
   * @return whether the watch has answered (else the caller sends the reply as usual)
   */
  boolean finish(Reply reply) {
    synchronized (this) {
      done = true;
      probes.cancel(false);
    }
    if (gone) {
      // the interrupt was for the poll, not for what this thread does next
      Thread.interrupted();
    }
    if (!begun) {
      return false;
    }
    try {
      if (!gone) {
        if (reply.status() == 200) {
          body.write(reply.body());
        } else {
          // Too late for an error status: the client reads an empty answer, as when no task came.
          LOG.log(Level.WARNING, "GetActivityTask failed after its answer had begun: " + reply.code());
          body.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      body.close();
    } catch (IOException e) {
      // the client went away after all: nothing to tell it
    }
    return true;
  }

  /** Whether the client went away while the poll waited. */
  synchronized boolean clientGone() {
    return gone;
  }
}
