package dev.sfntest.local.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;

/**
 * Counts the requests being handled, so that a server can wait for them to finish before it
 * closes. The JDK's {@code HttpServer.stop(delay)} cannot do it alone: on Java 17 it waits the
 * whole delay even when no request is in flight.
 */
public final class InFlight implements HttpHandler {

  private final HttpHandler handler;
  private int count;

  public InFlight(HttpHandler handler) {
    this.handler = handler;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    synchronized (this) {
      count++;
    }
    try {
      handler.handle(exchange);
    } finally {
      synchronized (this) {
        count--;
        notifyAll();
      }
    }
  }

  /** Waits until no request is in flight, or {@code timeout} has passed; true when none is. */
  public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
