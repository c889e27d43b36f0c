package dev.sfntest.local.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP by hand over a socket, for what no HTTP client sends: broken request lines and headers,
 * lying lengths, bodies cut short, bytes sent one at a time. Every read has a timeout.
 */
final class Wire implements AutoCloseable {

  /** What came back: the status ({@code -1} when the connection closed first), headers and body. */
  record Response(int status, Map<String, String> headers, String body) {
    boolean closedWithoutAnswer() {
      return status == -1;
    }
  }

  private final Socket socket;

  Wire(InetSocketAddress address, Duration readTimeout) {
    try {
      socket = new Socket();
      socket.connect(address, (int) Duration.ofSeconds(5).toMillis());
      socket.setSoTimeout((int) readTimeout.toMillis());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends bytes as they are. */
  Wire send(byte[] bytes) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(bytes);
      out.flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Wire send(String text) {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** No more to send: the server reads the end of the stream. */
  Wire shutdownOutput() {
    try {
      socket.shutdownOutput();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request line, headers and body as an SDK would frame them, with a correct length. */
  static String post(String target, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n"
        + "X-Amz-Target: AWSStepFunctions." + target + "\r\nContent-Length: " + bytes.length + "\r\n\r\n"
        + new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /**
   * Reads one response: its status line, headers and a body of the Content-Length (or to the end
   * of the stream). A connection the server closes, or resets, before any answer gives status -1.
   */
  Response read() {
    try {
      InputStream in = socket.getInputStream();
      String statusLine = line(in);
      if (statusLine == null) {
        return new Response(-1, Map.of(), "");
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
      }
      String length = headers.get("content-length");
      byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? chunks(in)
          : length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
      return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no response within the read timeout", e);
    } catch (IOException e) {
      return new Response(-1, Map.of(), String.valueOf(e));
    }
  }

  /** A chunked body: hex size lines, each chunk and its CRLF, until the chunk of size 0. */
  private static byte[] chunks(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String size = line(in); size != null; size = line(in)) {
      int length = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (length == 0) {
        line(in);
        break;
      }
      body.write(in.readNBytes(length));
      line(in);
    }
    return body.toByteArray();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
