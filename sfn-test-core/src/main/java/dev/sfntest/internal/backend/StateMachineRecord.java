package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.StateMachineDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A state machine as the fake stores it: its current {@link Revision}, its published versions and
 * its aliases. Changed only under the fake's lock.
 */
public final class StateMachineRecord {

  private final String arn;
  private final String name;
  private final String type;
  private final Instant creationDate;
  private final boolean createdWithPublish;
  private final String createdVersionDescription;
  private Revision revision;
  private String status = "ACTIVE";
  private long lastVersionNumber;
  private final Map<Long, VersionRecord> versions = new TreeMap<>();
  private final Map<String, AliasRecord> aliases = new LinkedHashMap<>();
  private final Map<String, String> tags = new LinkedHashMap<>();

  StateMachineRecord(String arn, String name, String type, Instant creationDate, Revision revision,
      boolean createdWithPublish, String createdVersionDescription) {
    this.arn = arn;
    this.name = name;
    this.type = type;
    this.creationDate = creationDate;
    this.revision = revision;
    this.createdWithPublish = createdWithPublish;
    this.createdVersionDescription = createdVersionDescription;
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

  /** The current revision. */
  public Revision revision() {
    return revision;
  }

  public String definitionText() {
    return revision.definitionText();
  }

  public StateMachineDefinition definition() {
    return revision.definition();
  }

  public String roleArn() {
    return revision.roleArn();
  }

  /** A state machine has no description of its own; only its versions have one. */
  public String description() {
    return null;
  }

  /** The current revision's id, or {@code null} before the first change. */
  public String revisionId() {
    return revision.revisionId();
  }

  /** When the current revision was made. */
  public Instant updateDate() {
    return revision.date();
  }

  public JsonNode loggingConfiguration() {
    return revision.logging();
  }

  public JsonNode tracingConfiguration() {
    return revision.tracing();
  }

  public JsonNode encryptionConfiguration() {
    return revision.encryption();
  }

  /** ACTIVE, or DELETING while executions still run after DeleteStateMachine. */
  public String status() {
    return status;
  }

  public boolean isDeleting() {
    return "DELETING".equals(status);
  }

  /** The tags, in the order they were added. */
  public Map<String, String> tags() {
    return tags;
  }

  /** The versions, oldest first. */
  public List<VersionRecord> versions() {
    return new ArrayList<>(versions.values());
  }

  /** The version with that number, or {@code null}. */
  public VersionRecord version(long number) {
    return versions.get(number);
  }

  /** The aliases, in creation order. */
  public List<AliasRecord> aliases() {
    return new ArrayList<>(aliases.values());
  }

  /** The alias with that name, or {@code null}. */
  public AliasRecord alias(String aliasName) {
    return aliases.get(aliasName);
  }

  boolean createdWithPublish() {
    return createdWithPublish;
  }

  String createdVersionDescription() {
    return createdVersionDescription;
  }

  void setRevision(Revision revision) {
    this.revision = revision;
  }

  void markDeleting() {
    this.status = "DELETING";
  }

  /** The last version number handed out. */
  long lastVersionNumber() {
    return lastVersionNumber;
  }

  /** After a restart ({@link SavedDefinitions}): numbers go on from where they were. */
  void restoreLastVersionNumber(long number) {
    lastVersionNumber = number;
  }

  /** Numbers are never reused, even after a version is deleted (recorded). */
  long nextVersionNumber() {
    return ++lastVersionNumber;
  }

  void addVersion(VersionRecord version) {
    versions.put(version.number(), version);
  }

  void removeVersion(long number) {
    versions.remove(number);
  }

  void putAlias(AliasRecord alias) {
    aliases.put(alias.name(), alias);
  }

  void removeAlias(String aliasName) {
    aliases.remove(aliasName);
  }
}
