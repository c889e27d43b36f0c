package dev.sfntest.local;

import com.sun.net.httpserver.HttpServer;
import dev.sfntest.internal.live.EndpointClock;
import dev.sfntest.local.internal.AwsJsonHandler;
import dev.sfntest.local.internal.InFlight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Serves an {@link SfnClient} (usually a {@code FakeSfn}'s) over HTTP in AWS JSON 1.0, the protocol
 * of Step Functions and of Step Functions Local, so that any AWS SDK or the AWS CLI can talk to it.
 * Every operation of the client is served, with AWS's errors; each request runs on its own
 * thread, so a long poll ({@code GetActivityTask}) blocks no other request.
 *
 * <pre>{@code
 * try (FakeSfn sfn = FakeSfn.create();
 *      SfnServer server = SfnServer.builder(sfn.client()).port(0).start()) {
 *   SfnClient sdk = SfnClient.builder().endpointOverride(server.endpoint())
 *       .region(Region.US_EAST_1)
 *       .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
 *       .build();
 *   sdk.listStateMachines();
 * }
 * }</pre>
 *
 * <p>Closing the server stops it gracefully: it lets requests in flight finish (up to the grace
 * period), then stops listening and ends its threads. It does not close the client.
 */
public final class SfnServer implements AutoCloseable {

  /** Step Functions Local's port. */
  public static final int DEFAULT_PORT = 8083;

  /**
   * The response header that tells clients how the served fake's clock runs: {@code virtual} (a
   * Wait takes no real time) or {@code wall; wait-time-scale=X}. The JUnit extension reads it in
   * live mode to decide, without being told, whether a test with a day-long Wait can run. A server
   * not told its clock ({@link Builder#clock}) sends none, and clients take it for the wall clock.
   */
  public static final String CLOCK_HEADER = EndpointClock.HEADER;

  /**
   * The JDK server writes a response's headers and body in two segments. With Nagle's algorithm on,
   * the body waits for the client's delayed ACK of the headers, some 40 ms on Linux, which made
   * every call take 40 ms instead of one or two. The JDK reads the property once, when its first
   * server starts, so it is set before ours unless the JVM was started with a value of its own.
   */
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private final HttpServer http;
  private final InFlight inFlight;
  private final ExecutorService threads;
  private final Duration grace;
  private boolean closed;

  private SfnServer(HttpServer http, InFlight inFlight, ExecutorService threads, Duration grace) {
    this.http = http;
    this.inFlight = inFlight;
    this.threads = threads;
    this.grace = grace;
  }

  /** A builder for a server of {@code client}, on 127.0.0.1:8083 unless told otherwise. */
  public static Builder builder(SfnClient client) {
    return new Builder(client);
  }

  /** The address the server listens on (with the real port when it was started on port 0). */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** The port the server listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The endpoint to give an SDK client: {@code http://host:port}. */
  public URI endpoint() {
    String host = http.getAddress().getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port());
  }

  /** Stops the server gracefully (see the class comment). Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      inFlight.awaitIdle(grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.stop(0);
    // what still runs after the grace period (a long poll) is interrupted
    threads.shutdownNow();
  }

  /** Settings of a {@link SfnServer}. */
  public static final class Builder {
    private final SfnClient client;
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private Duration grace = Duration.ofSeconds(1);
    private String clock;

    private Builder(SfnClient client) {
      this.client = Objects.requireNonNull(client);
    }

    /** The address to bind (default 127.0.0.1: only this machine); {@code 0.0.0.0} for every interface. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    /** The port (default 8083); 0 takes a free one, see {@link SfnServer#port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("A port is between 0 and 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** How long {@link SfnServer#close()} lets requests in flight finish (default 1 second). */
    public Builder shutdownGrace(Duration grace) {
      if (grace.isNegative()) {
        throw new IllegalArgumentException("A grace period is not negative: " + grace);
      }
      this.grace = grace;
      return this;
    }

    /**
     * Says in every response ({@value SfnServer#CLOCK_HEADER}) how the served fake's clock runs:
     * on virtual time, skipping to each timer at once, or on the wall clock with this wait time
     * scale. {@link LocalSfn} says it from its settings.
     *
     * <pre>{@code SfnServer.builder(fake.client()).clock(true, 0).start();   // a fake with time skipping}</pre>
     *
     * @param virtualTime whether Waits, retries and timeouts take no real time
     * @param waitTimeScale real seconds per second of a Wait on the wall clock (ignored on virtual time)
     */
    public Builder clock(boolean virtualTime, double waitTimeScale) {
      if (!virtualTime && (!(waitTimeScale >= 0) || Double.isInfinite(waitTimeScale))) {
        throw new IllegalArgumentException("The wait time scale is a number from 0 up: " + waitTimeScale);
      }
      this.clock = (virtualTime ? EndpointClock.VIRTUAL : EndpointClock.wall(waitTimeScale)).headerValue();
      return this;
    }

    /**
     * Binds and starts the server.
     *
     * @throws UncheckedIOException when the address cannot be bound (e.g. the port is taken)
     */
    public SfnServer start() {
      HttpServer http;
      try {
        http = HttpServer.create(new InetSocketAddress(host, port), 0);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
      }
      ExecutorService threads = Executors.newCachedThreadPool(new RequestThreads());
      http.setExecutor(threads);
      InFlight inFlight = new InFlight(new AwsJsonHandler(client, clock));
      http.createContext("/", inFlight);
      http.start();
      return new SfnServer(http, inFlight, threads, grace);
    }
  }

  /** Daemon threads: a server left open must not keep the JVM alive. */
  private static final class RequestThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "sfn-local-request-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
