package dev.sfntest.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Hand-made HTTP requests, for what no SDK would send. */
final class RawRequests {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI endpoint;

  RawRequests(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** POST / with the given target (null: none), content type (null: none) and body. */
  HttpResponse<String> post(String target, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.build());
  }

  /** A well-formed call of an operation, as an SDK sends it. */
  HttpResponse<String> call(String operation, String body) {
    return post("AWSStepFunctions." + operation, "application/x-amz-json-1.0", body);
  }

  HttpResponse<String> get() {
    return send(HttpRequest.newBuilder(endpoint.resolve("/")).timeout(Duration.ofSeconds(10)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
