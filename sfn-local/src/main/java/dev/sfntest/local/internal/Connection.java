package dev.sfntest.local.internal;

import dev.sfntest.internal.shared.EndpointClock;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client connection: answers its requests one at a time, in order: on its I/O thread when the
 * in-JVM fake answers at once, else on a request thread (a long poll blocks it; a client other
 * than the fake may too), and closes it when no whole request came within the read
 * timeout of its opening or of its last answer. While a request is answered the connection is not
 * read, so a client that sends many at once is served at the pace of its answers.
 *
 * <p>What is not HTTP (a broken request line, a header without a colon, a length that is not a
 * number) gets 400 and the connection closed, as a load balancer in front of AWS answers it.
 */
final class Connection extends ChannelDuplexHandler {

  private static final System.Logger LOG = System.getLogger("dev.sfntest.local");

  private final AwsJsonHandler handler;
  private final Executor requests;
  private final HttpServer.Connections counts;
  private final Duration readTimeout;
  /** Requests a client sent before its earlier one was answered. */
  private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
  private boolean answering;
  private ScheduledFuture<?> deadline;
  /** The GetActivityTask long poll being answered, or {@code null}. */
  private LongPoll poll;

  private static final String LONG_POLL = "AWSStepFunctions.GetActivityTask";

  Connection(AwsJsonHandler handler, Executor requests, HttpServer.Connections counts, Duration readTimeout) {
    this.handler = handler;
    this.requests = requests;
    this.counts = counts;
    this.readTimeout = readTimeout;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    armDeadline(ctx);
    super.channelActive(ctx);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    LongPoll poll = this.poll;
    if (poll != null) {
      // The worker went away while it waited: its poll must not take the next task, which would be
      // lost to the closed connection while its execution waited for the task's timeout.
      poll.clientGone();
    }
    cancelDeadline();
    waiting.forEach(ReferenceCountUtil::release);
    waiting.clear();
    super.channelInactive(ctx);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) {
    if (!(message instanceof FullHttpRequest request)) {
      ReferenceCountUtil.release(message);
      return;
    }
    cancelDeadline();
    if (answering) {
      waiting.add(request);
    } else {
      answer(ctx, request);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // a reset by the client, say: nothing to answer, nobody to answer it to
    ctx.close();
  }

  private void answer(ChannelHandlerContext ctx, FullHttpRequest request) {
    long started = System.nanoTime();
    String method = request.method().name();
    String uri = request.uri();
    if (request.decoderResult().isFailure() || request.method() == HttpMethod.CONNECT) {
      ReferenceCountUtil.release(request);
      badRequest(ctx);
      return;
    }
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    AwsJsonHandler.Request read = new AwsJsonHandler.Request(method,
        request.headers().get(HttpHeaderNames.CONTENT_TYPE), request.headers().get("X-Amz-Target"),
        ByteBufUtil.getBytes(request.content()));
    ReferenceCountUtil.release(request);
    answering = true;
    ctx.channel().config().setAutoRead(false);
    counts.answering();
    if (handler.answersAtOnce(read.target())) {
      // The fake answers at once: here, on the I/O thread, rather than through a request thread
      // and back, two hand-offs that made most of a short request's latency.
      Reply reply = handler.answer(read);
      log(method, uri, read, reply, started);
      respond(ctx, reply, keepAlive);
      return;
    }
    LongPoll poll = LONG_POLL.equals(read.target()) ? new LongPoll() : null;
    this.poll = poll;
    try {
      requests.execute(() -> {
        Reply reply;
        if (poll == null) {
          reply = handler.answer(read);
        } else {
          poll.begin();
          try {
            reply = handler.answer(read);
          } finally {
            poll.end();
          }
        }
        ctx.executor().execute(() -> respond(ctx, reply, keepAlive));
        log(method, uri, read, reply, started);
      });
    } catch (RejectedExecutionException e) {
      // every request thread is busy (long polls, say), or the server is closing
      respond(ctx, Reply.throttled(), keepAlive);
      return;
    }
    if (poll != null) {
      // One read while the poll waits: it sees the client close (a pipelined request is queued).
      ctx.read();
    }
  }

  private static void log(String method, String uri, AwsJsonHandler.Request read, Reply reply, long started) {
    LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT, "%s %s %s -> %d %s(%d ms)", method, uri, read.target(),
        reply.status(), reply.code() == null ? "" : reply.code() + " ", (System.nanoTime() - started) / 1_000_000));
  }

  private void respond(ChannelHandlerContext ctx, Reply reply, boolean keepAlive) {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
        HttpResponseStatus.valueOf(reply.status()), Unpooled.wrappedBuffer(reply.body()));
    headers(response, reply, handler.clock());
    if (!keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, "close");
    }
    ctx.writeAndFlush(response).addListener((ChannelFutureListener) written -> {
      counts.answered();
      if (!keepAlive || !written.isSuccess()) {
        ctx.close();
        return;
      }
      answering = false;
      poll = null;
      FullHttpRequest next = waiting.poll();
      if (next != null) {
        answer(ctx, next);
      } else {
        armDeadline(ctx);
        ctx.channel().config().setAutoRead(true);
      }
    });
  }

  /**
   * The headers every answer has: its length and type, and a request id, as AWS sends them; and
   * sfn-local's own clock header when the server was told its clock.
   */
  static void headers(FullHttpResponse response, Reply reply, String clock) {
    response.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, reply.contentType())
        .set(HttpHeaderNames.CONTENT_LENGTH, reply.body().length)
        .set("x-amzn-RequestId", UUID.randomUUID().toString());
    if (clock != null) {
      response.headers().set(EndpointClock.HEADER, clock);
    }
  }

  private static void badRequest(ChannelHandlerContext ctx) {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST,
        Unpooled.copiedBuffer("400 Bad Request\n", StandardCharsets.US_ASCII));
    response.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, "text/plain")
        .set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
        .set(HttpHeaderNames.CONNECTION, "close");
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }

  private void armDeadline(ChannelHandlerContext ctx) {
    cancelDeadline();
    deadline = ctx.executor().schedule(() -> {
      if (!answering) {
        ctx.close();
      }
    }, readTimeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void cancelDeadline() {
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
  }

  /**
   * A GetActivityTask poll on its request thread, which the connection interrupts when the client
   * closes: the poll then ends without a task (the fake's poll returns none when interrupted).
   */
  private static final class LongPoll {
    private Thread thread;
    private boolean done;
    private boolean gone;

    synchronized void begin() {
      thread = Thread.currentThread();
      if (gone) {
        thread.interrupt();
      }
    }

    synchronized void end() {
      done = true;
      if (gone) {
        // the interrupt was for the poll, not for what this thread does next
        Thread.interrupted();
      }
    }

    synchronized void clientGone() {
      gone = true;
      if (thread != null && !done) {
        thread.interrupt();
      }
    }
  }
}
