package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An activity as the fake stores it. Changed only under the fake's lock. */
public final class ActivityRecord {

  private final String arn;
  private final String name;
  private final Instant creationDate;
  private final JsonNode encryption;
  private final Map<String, String> tags = new LinkedHashMap<>();

  ActivityRecord(String arn, String name, Instant creationDate, JsonNode encryption) {
    this.arn = arn;
    this.name = name;
    this.creationDate = creationDate;
    this.encryption = encryption;
  }

  public String arn() {
    return arn;
  }

  public String name() {
    return name;
  }

  public Instant creationDate() {
    return creationDate;
  }

  /** The encryption configuration as JSON, or {@code null} for AWS's default. */
  public JsonNode encryptionConfiguration() {
    return encryption;
  }

  /** The tags, in the order they were added. */
  public Map<String, String> tags() {
    return tags;
  }
}
