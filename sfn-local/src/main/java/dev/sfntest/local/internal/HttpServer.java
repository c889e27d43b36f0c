package dev.sfntest.local.internal;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP server under {@code SfnServer}, on Netty (already a dependency of the AWS SDK's async
 * client, and made for this). Connections are read without blocking by two I/O threads, so a client
 * that stalls in its request line, headers or body holds no thread at all, only its connection;
 * a request read in full is answered (on its I/O thread when the fake answers at once, else on a
 * request thread). Its limits:
 *
 * <ul>
 *   <li>a connection must send a whole request within the read timeout of being opened or of its
 *       last answer, or it is closed (idle keep-alive connections too); one waiting for its answer
 *       (a long poll) is not;
 *   <li>at most {@code maxConnections} connections at once: one more is closed as it is accepted;
 *   <li>at most {@code maxConnections} requests handled at once (each connection sends one at a
 *       time): past it AWS's {@code ThrottlingException}, which SDKs retry;
 *   <li>request line 8 KiB, headers 16 KiB in all (a 400 and the connection closed past them), body
 *       16 MiB ({@code RequestEntityTooLargeException}, refused from its declared length, unread).
 * </ul>
 *
 * <pre>{@code
 * HttpServer http = HttpServer.start(handler, "127.0.0.1", 0, Duration.ofSeconds(30), 1024);
 * http.close(Duration.ofSeconds(1));
 * }</pre>
 */
public final class HttpServer {

  static final int MAX_INITIAL_LINE = 8 * 1024;
  static final int MAX_HEADERS = 16 * 1024;

  private final Channel listening;
  private final EventLoopGroup acceptor;
  private final EventLoopGroup io;
  private final ThreadPoolExecutor requests;
  private final ChannelGroup connections;
  private final Connections counts;

  private HttpServer(Channel listening, EventLoopGroup acceptor, EventLoopGroup io, ThreadPoolExecutor requests,
      ChannelGroup connections, Connections counts) {
    this.listening = listening;
    this.acceptor = acceptor;
    this.io = io;
    this.requests = requests;
    this.connections = connections;
    this.counts = counts;
  }

  /**
   * Binds and starts serving.
   *
   * @param readTimeout how long a connection may take to send a whole request
   * @param maxConnections how many connections may be open at once
   * @throws UncheckedIOException when the address cannot be bound (the port is taken, say)
   */
  public static HttpServer start(AwsJsonHandler handler, String host, int port, Duration readTimeout,
      int maxConnections) {
    EventLoopGroup acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("sfn-local-accept", true));
    EventLoopGroup io = new NioEventLoopGroup(2, new DefaultThreadFactory("sfn-local-io", true));
    // A thread per request being answered (a long poll keeps its thread up to a minute), up to one
    // per connection; idle ones end after a minute.
    ThreadPoolExecutor requests = new ThreadPoolExecutor(0, maxConnections, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), new DefaultThreadFactory("sfn-local-request", true));
    ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    Connections counts = new Connections(maxConnections);
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(acceptor, io)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel channel) {
            if (!counts.open()) {
              channel.close();
              return;
            }
            connections.add(channel);
            channel.closeFuture().addListener(closed -> counts.closed());
            channel.pipeline()
                .addLast(new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADERS, 64 * 1024))
                .addLast(new BodyAggregator(handler.clock()))
                .addLast(new Connection(handler, requests, counts, readTimeout));
          }
        });
    try {
      Channel listening = bootstrap.bind(new InetSocketAddress(host, port)).syncUninterruptibly().channel();
      return new HttpServer(listening, acceptor, io, requests, connections, counts);
    } catch (Exception e) {
      // Netty rethrows the bind's IOException (a checked one) without declaring it
      acceptor.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      io.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      requests.shutdownNow();
      java.io.IOException cause = e instanceof java.io.IOException io1 ? io1 : new java.io.IOException(e);
      throw new UncheckedIOException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), cause);
    }
  }

  /** The address it listens on (the real port when bound to port 0). */
  public InetSocketAddress address() {
    return (InetSocketAddress) listening.localAddress();
  }

  /**
   * Stops: no new connection is accepted; requests being answered may finish within {@code grace};
   * then every connection is closed (stalled ones too) and what still runs (a long poll) is
   * interrupted; the server's threads end.
   */
  public void close(Duration grace) {
    listening.close().syncUninterruptibly();
    try {
      counts.awaitIdle(grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    connections.close().awaitUninterruptibly();
    requests.shutdownNow();
    io.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
    acceptor.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /** How many connections are open and how many requests are being answered, with their bounds. */
  static final class Connections {
    private final int maxConnections;
    private int open;
    private int answering;

    Connections(int maxConnections) {
      this.maxConnections = maxConnections;
    }

    /** Counts a new connection; false (not counted) when the bound is reached. */
    synchronized boolean open() {
      if (open >= maxConnections) {
        return false;
      }
      open++;
      return true;
    }

    synchronized void closed() {
      open--;
    }

    synchronized void answering() {
      answering++;
    }

    synchronized void answered() {
      answering--;
      notifyAll();
    }

    /** Waits until no request is being answered, or {@code timeout} has passed. */
    synchronized void awaitIdle(Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (answering > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        wait(Math.max(1, left / 1_000_000));
      }
    }
  }
}
