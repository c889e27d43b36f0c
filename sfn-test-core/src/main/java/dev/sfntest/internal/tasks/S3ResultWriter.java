package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.engine.ResultSink;
import dev.sfntest.internal.expr.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes a distributed Map's results to the fake's {@link ObjectStore} as the ResultWriter writes
 * them to Amazon S3: {@code <Prefix>/<map run id>/SUCCEEDED_0.json}, {@code FAILED_0.json}, {@code
 * PENDING_0.json} and a {@code manifest.json} that lists them.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html">ResultWriter</a>
 */
public final class S3ResultWriter implements ResultSink {

  private final ObjectStore s3;
  private final Supplier<Instant> clock;

  /**
   * @param s3 where the results go
   * @param clock the fake's time, read under its lock (the engine writes while it runs)
   */
  public S3ResultWriter(ObjectStore s3, Supplier<Instant> clock) {
    this.s3 = s3;
    this.clock = clock;
  }

  @Override
  public JsonNode write(String resource, JsonNode parameters, String mapRunArn, List<JsonNode> results) {
    if (!resource.endsWith(":s3:putObject")) {
      throw new ResultWriterException("The ResultWriter resource " + resource + " is not supported by the fake "
          + "(supported: arn:aws:states:::s3:putObject)");
    }
    String bucket = parameters.path("Bucket").asText(null);
    if (bucket == null) {
      throw new ResultWriterException("The ResultWriter parameters must name a Bucket");
    }
    String prefix = parameters.path("Prefix").asText("");
    String id = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
    String folder = (prefix.isEmpty() ? "" : prefix.endsWith("/") ? prefix : prefix + "/") + id + "/";
    boolean lines = "JSONL".equals(parameters.path("OutputType").asText("JSON"));
    ArrayNode succeeded = Json.array();
    ArrayNode failed = Json.array();
    for (JsonNode result : results) {
      String status = result.path("Status").asText("SUCCEEDED");
      (status.equals("SUCCEEDED") || !result.has("Status") ? succeeded : failed).add(result);
    }
    ObjectNode files = Json.object();
    files.set("FAILED", put(bucket, folder + "FAILED_0." + (lines ? "jsonl" : "json"), failed, lines));
    files.set("PENDING", Json.array());
    files.set("SUCCEEDED", put(bucket, folder + "SUCCEEDED_0." + (lines ? "jsonl" : "json"), succeeded, lines));
    ObjectNode manifest = Json.object();
    manifest.put("DestinationBucket", bucket);
    manifest.put("MapRunArn", mapRunArn);
    manifest.set("ResultFiles", files);
    String manifestKey = folder + "manifest.json";
    s3.put(bucket, manifestKey, Json.write(manifest), clock.get());
    ObjectNode details = Json.object();
    details.put("Bucket", bucket);
    details.put("Key", manifestKey);
    return details;
  }

  private ArrayNode put(String bucket, String key, ArrayNode results, boolean lines) {
    ArrayNode listed = Json.array();
    if (results.isEmpty()) {
      return listed;
    }
    String body;
    if (lines) {
      StringBuilder text = new StringBuilder();
      results.forEach(r -> text.append(Json.write(r)).append('\n'));
      body = text.toString();
    } else {
      body = Json.write(results);
    }
    s3.put(bucket, key, body, clock.get());
    ObjectNode file = Json.object();
    file.put("Key", key);
    file.put("Size", body.getBytes(StandardCharsets.UTF_8).length);
    listed.add(file);
    return listed;
  }
}
