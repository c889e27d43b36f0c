package dev.sfntest.local;

import dev.sfntest.internal.shared.EndpointClock;
import dev.sfntest.local.internal.AwsJsonHandler;
import dev.sfntest.local.internal.HttpServer;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Serves an {@link SfnClient} (usually a {@code FakeSfn}'s) over HTTP in AWS JSON 1.0, the protocol
 * of Step Functions and of Step Functions Local, so that any AWS SDK or the AWS CLI can talk to it.
 * Every operation of the client is served, with AWS's errors. A long poll ({@code GetActivityTask}),
 * and every request when the client is not a {@code FakeSfn}'s, is answered on a thread of its
 * own, so it blocks no other request; the fake's other answers, computed at once, are sent from the
 * thread that read the request.
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
 * <p>Its limits, so that clients that misbehave cannot exhaust it: a client that stalls holds no
 * thread, only its connection; a connection must send a whole request within the {@linkplain
 * Builder#readTimeout read timeout} (30 seconds) of being opened or of its last answer, or it is
 * closed, idle keep-alive connections included; at most {@linkplain Builder#maxConnections 1,000
 * connections} at once (more are closed as they come), and as many requests answered at once, past
 * which AWS's {@code ThrottlingException} answers; headers 16 KiB, bodies 16 MiB.
 *
 * <p>Closing the server stops it gracefully: it lets requests in flight finish (up to the grace
 * period), then closes every connection and ends its threads. It does not close the client.
 */
public final class SfnServer implements AutoCloseable {

  /** Step Functions Local's port. */
  public static final int DEFAULT_PORT = 8083;

  /** How long a connection may take to send a whole request, unless told otherwise. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /**
   * The response header that tells clients how the served fake's clock runs: {@code virtual} (a
   * Wait takes no real time) or {@code wall; wait-time-scale=X}. The JUnit extension reads it in
   * live mode to decide, without being told, whether a test with a day-long Wait can run. A server
   * not told its clock ({@link Builder#clock}) sends none, and clients take it for the wall clock.
   */
  public static final String CLOCK_HEADER = EndpointClock.HEADER;


  /** How many connections may be open at once, unless told otherwise. */
  public static final int DEFAULT_MAX_CONNECTIONS = 1_000;

  private final HttpServer http;
  private final Duration grace;
  private boolean closed;

  private SfnServer(HttpServer http, Duration grace) {
    this.http = http;
    this.grace = grace;
  }

  /** A builder for a server of {@code client}, on 127.0.0.1:8083 unless told otherwise. */
  public static Builder builder(SfnClient client) {
    return new Builder(client);
  }

  /** The address the server listens on (with the real port when it was started on port 0). */
  public InetSocketAddress address() {
    return http.address();
  }

  /** The port the server listens on. */
  public int port() {
    return address().getPort();
  }

  /** The endpoint to give an SDK client: {@code http://host:port}. */
  public URI endpoint() {
    String host = address().getAddress().getHostAddress();
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
    http.close(grace);
  }

  /** Settings of a {@link SfnServer}. */
  public static final class Builder {
    private final SfnClient client;
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private Duration grace = Duration.ofSeconds(1);
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
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
     * How long a connection may take to send a whole request, counted from its opening or from its
     * last answer (default 30 seconds); then it is closed. A client stalled in its request line,
     * headers or body, or an idle keep-alive connection, is closed so; one waiting for its answer
     * (a long poll) is not.
     *
     * <pre>{@code SfnServer.builder(client).readTimeout(Duration.ofSeconds(5)).start();}</pre>
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder readTimeout(Duration readTimeout) {
      if (readTimeout.isNegative() || readTimeout.isZero()) {
        throw new IllegalArgumentException("A read timeout is positive: " + readTimeout);
      }
      this.readTimeout = readTimeout;
      return this;
    }

    /**
     * How many connections may be open at once (default 1,000): one more is closed as it is
     * accepted. As many requests may be answered at once; past that AWS's {@code
     * ThrottlingException} answers, which SDKs retry.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("The number of connections is 1 or more: " + maxConnections);
      }
      this.maxConnections = maxConnections;
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
      return new SfnServer(HttpServer.start(new AwsJsonHandler(client, clock), host, port, readTimeout,
          maxConnections), grace);
    }
  }
}
