package dev.sfntest.backend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachineDefinition;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A state machine as the fake stores it. Changed only under the fake's lock. */
public final class StateMachineRecord {

  private final String arn;
  private final String name;
  private final String type;
  private final Instant creationDate;
  private String definitionText;
  private StateMachineDefinition definition;
  private String roleArn;
  private String description;
  private String revisionId;
  private Instant updateDate;
  private JsonNode loggingConfiguration;
  private JsonNode tracingConfiguration;
  private JsonNode encryptionConfiguration;
  private String status = "ACTIVE";
  private final Map<String, String> tags = new LinkedHashMap<>();

  StateMachineRecord(String arn, String name, String type, Instant creationDate, String definitionText,
      StateMachineDefinition definition, String roleArn, String revisionId) {
    this.arn = arn;
    this.name = name;
    this.type = type;
    this.creationDate = creationDate;
    this.definitionText = definitionText;
    this.definition = definition;
    this.roleArn = roleArn;
    this.revisionId = revisionId;
  }

  public String arn() {
    return arn;
  }

  public String name() {
    return name;
  }

  /** STANDARD or EXPRESS. */
  public String type() {
    return type;
  }

  public boolean isExpress() {
    return "EXPRESS".equals(type);
  }

  public Instant creationDate() {
    return creationDate;
  }

  public String definitionText() {
    return definitionText;
  }

  public StateMachineDefinition definition() {
    return definition;
  }

  public String roleArn() {
    return roleArn;
  }

  public String description() {
    return description;
  }

  public String revisionId() {
    return revisionId;
  }

  public Instant updateDate() {
    return updateDate;
  }

  public JsonNode loggingConfiguration() {
    return loggingConfiguration;
  }

  public JsonNode tracingConfiguration() {
    return tracingConfiguration;
  }

  public JsonNode encryptionConfiguration() {
    return encryptionConfiguration;
  }

  /** ACTIVE or DELETING. */
  public String status() {
    return status;
  }

  public Map<String, String> tags() {
    return tags;
  }

  void update(String definitionText, StateMachineDefinition definition, String roleArn, String revisionId,
      Instant updateDate) {
    if (definitionText != null) {
      this.definitionText = definitionText;
      this.definition = definition;
    }
    if (roleArn != null) {
      this.roleArn = roleArn;
    }
    this.revisionId = revisionId;
    this.updateDate = updateDate;
  }

  void configure(JsonNode logging, JsonNode tracing, JsonNode encryption) {
    if (logging != null) {
      this.loggingConfiguration = logging;
    }
    if (tracing != null) {
      this.tracingConfiguration = tracing;
    }
    if (encryption != null) {
      this.encryptionConfiguration = encryption;
    }
  }

  void setDescription(String description) {
    this.description = description;
  }

  void markDeleting() {
    this.status = "DELETING";
  }
}
