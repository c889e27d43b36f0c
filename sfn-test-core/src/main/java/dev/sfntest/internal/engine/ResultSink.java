package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The engine's port for a distributed Map's {@code ResultWriter}: stores the child executions'
 * results (in the fake's S3 stand-in) and says where.
 */
public interface ResultSink {

  /**
   * Writes a map run's results.
   *
   * @param resource the writer's {@code Resource}, e.g. {@code arn:aws:states:::s3:putObject}
   * @param parameters the evaluated {@code Parameters} / {@code Arguments} (Bucket, Prefix)
   * @param mapRunArn the map run
   * @param results each child execution's result in AWS's full ({@code NONE}) form, in item order
   * @return {@code ResultWriterDetails}: {@code {"Bucket": ..., "Key": ".../manifest.json"}}
   * @throws ResultWriterException when they cannot be written ({@code States.ResultWriterFailed})
   */
  JsonNode write(String resource, JsonNode parameters, String mapRunArn, List<JsonNode> results);

  /** Thrown when results cannot be written. */
  final class ResultWriterException extends RuntimeException {
    public ResultWriterException(String cause) {
      super(cause, null, false, false);
    }
  }

  /** A sink that writes nowhere. */
  ResultSink NONE = (resource, parameters, arn, results) -> {
    throw new ResultWriterException("No result sink is configured for the ResultWriter resource " + resource);
  };
}
