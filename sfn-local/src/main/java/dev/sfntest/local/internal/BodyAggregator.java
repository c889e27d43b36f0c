package dev.sfntest.local.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.List;

/**
 * Gathers a request's body, up to {@link AwsJsonHandler#MAX_BODY_BYTES}. A longer one is refused
 * with AWS's {@code RequestEntityTooLargeException} as soon as its length is known (from {@code
 * Content-Length}, before a byte of it is read, or once a chunked body passes the bound); the rest
 * of it is read and dropped, so the client can read the answer. A body that breaks off in a
 * malformed chunk is no request: its connection is closed without an answer.
 */
final class BodyAggregator extends HttpObjectAggregator {

  private final String clock;

  BodyAggregator(String clock) {
    super(AwsJsonHandler.MAX_BODY_BYTES);
    this.clock = clock;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, HttpObject message, List<Object> out) throws Exception {
    if (message instanceof HttpContent && !(message instanceof HttpMessage) && message.decoderResult().isFailure()) {
      ctx.close();
      return;
    }
    super.decode(ctx, message, out);
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    Reply reply = Reply.tooLarge();
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
        HttpResponseStatus.valueOf(reply.status()), Unpooled.wrappedBuffer(reply.body()));
    Connection.headers(response, reply, clock);
    if (oversized instanceof io.netty.handler.codec.http.FullHttpMessage || !HttpUtil.isKeepAlive(oversized)) {
      response.headers().set(HttpHeaderNames.CONNECTION, "close");
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    } else {
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }
  }
}
