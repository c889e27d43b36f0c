package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fake keeps across a restart when asked to ({@code sfn-local serve --state-dir}): its state
 * machines with their current revisions, versions (numbers, and the next number, never reused),
 * aliases and tags, and its activities with their tags; not its executions. Saved as JSON, by names
 * and numbers rather than ARNs, taken at one moment under the fake's lock; restored into an empty
 * fake, with the same names, numbers, revision ids and dates.
 *
 * <pre>{@code
 * ObjectNode saved = SavedDefinitions.save(backend);
 * SavedDefinitions.restore(otherBackend, saved);   // the same machines, versions, aliases, activities
 * }</pre>
 */
public final class SavedDefinitions {

  /** The format written; a file of another is refused. */
  public static final int FORMAT = 1;

  private SavedDefinitions() {}

  /** The fake's definitions now: only ACTIVE machines (a DELETING one would be gone after a restart). */
  public static ObjectNode save(Backend backend) {
    return backend.scheduler().read(() -> {
      ObjectNode saved = Json.object();
      saved.put("format", FORMAT);
      ArrayNode machines = saved.putArray("stateMachines");
      for (StateMachineRecord machine : backend.stateMachines().all()) {
        if (!machine.isDeleting()) {
          machines.add(machine(machine));
        }
      }
      ArrayNode activities = saved.putArray("activities");
      for (ActivityRecord activity : backend.activities().all()) {
        ObjectNode one = activities.addObject();
        one.put("name", activity.name());
        one.put("creationDate", activity.creationDate().toString());
        one.set("encryption", activity.encryptionConfiguration());
        one.set("tags", tags(activity.tags()));
      }
      return saved;
    });
  }

  private static ObjectNode machine(StateMachineRecord machine) {
    ObjectNode one = Json.object();
    one.put("name", machine.name());
    one.put("type", machine.type());
    one.put("creationDate", machine.creationDate().toString());
    one.put("createdWithPublish", machine.createdWithPublish());
    one.put("createdVersionDescription", machine.createdVersionDescription());
    one.put("lastVersionNumber", machine.lastVersionNumber());
    one.set("revision", revision(machine.revision()));
    one.set("tags", tags(machine.tags()));
    ArrayNode versions = one.putArray("versions");
    for (VersionRecord version : machine.versions()) {
      ObjectNode v = versions.addObject();
      v.put("number", version.number());
      v.put("description", version.description());
      v.put("creationDate", version.creationDate().toString());
      v.set("revision", revision(version.revision()));
    }
    ArrayNode aliases = one.putArray("aliases");
    for (AliasRecord alias : machine.aliases()) {
      ObjectNode a = aliases.addObject();
      a.put("name", alias.name());
      a.put("description", alias.description());
      a.put("creationDate", alias.creationDate().toString());
      a.put("updateDate", alias.updateDate().toString());
      ArrayNode routes = a.putArray("routes");
      for (AliasRecord.Route route : alias.routes()) {
        routes.addObject().put("version", Arns.parse(route.versionArn()).versionNumber()).put("weight", route.weight());
      }
    }
    return one;
  }

  private static ObjectNode revision(Revision revision) {
    ObjectNode one = Json.object();
    one.put("definition", revision.definitionText());
    one.put("roleArn", revision.roleArn());
    one.set("logging", revision.logging());
    one.set("tracing", revision.tracing());
    one.set("encryption", revision.encryption());
    one.put("revisionId", revision.revisionId());
    one.put("date", revision.date().toString());
    return one;
  }

  private static ObjectNode tags(Map<String, String> tags) {
    ObjectNode one = Json.object();
    tags.forEach(one::put);
    return one;
  }

  /**
   * Restores saved definitions into a fake that has none. A definition this version of the fake
   * refuses is refused as on CreateStateMachine.
   *
   * @throws IllegalArgumentException for JSON that is not a saved state of this format, or a fake
   *     that already has machines or activities
   */
  public static void restore(Backend backend, JsonNode saved) {
    if (saved == null || !saved.isObject() || saved.path("format").asInt() != FORMAT) {
      throw new IllegalArgumentException("Not a saved state of format " + FORMAT);
    }
    backend.scheduler().call(() -> {
      if (!backend.stateMachines().all().isEmpty() || !backend.activities().all().isEmpty()) {
        throw new IllegalArgumentException("Saved definitions are restored into an empty fake only");
      }
      for (JsonNode machine : saved.path("stateMachines")) {
        restoreMachine(backend, machine);
      }
      for (JsonNode activity : saved.path("activities")) {
        ActivityRecord restored = new ActivityRecord(backend.arns().activity(text(activity, "name")),
            text(activity, "name"), instant(activity, "creationDate"), nullIfMissing(activity.get("encryption")));
        activity.path("tags").fields().forEachRemaining(tag -> restored.tags().put(tag.getKey(), tag.getValue().asText()));
        backend.activities().restore(restored);
      }
      return null;
    });
  }

  private static void restoreMachine(Backend backend, JsonNode saved) {
    String name = text(saved, "name");
    String type = text(saved, "type");
    String arn = backend.arns().stateMachine(name);
    // Revisions saved alike are one revision again: publishing the current one finds its version.
    Map<String, Revision> revisions = new HashMap<>();
    Revision current = revision(saved.get("revision"), type, revisions);
    StateMachineRecord machine = new StateMachineRecord(arn, name, type, instant(saved, "creationDate"), current,
        saved.path("createdWithPublish").asBoolean(), nullIfMissing(saved.get("createdVersionDescription")) == null
            ? null : saved.get("createdVersionDescription").asText());
    saved.path("tags").fields().forEachRemaining(tag -> machine.tags().put(tag.getKey(), tag.getValue().asText()));
    for (JsonNode version : saved.path("versions")) {
      long number = version.path("number").asLong();
      machine.addVersion(new VersionRecord(Arns.version(arn, number), machine, number,
          revision(version.get("revision"), type, revisions),
          version.hasNonNull("description") ? version.get("description").asText() : null,
          instant(version, "creationDate")));
    }
    machine.restoreLastVersionNumber(saved.path("lastVersionNumber").asLong());
    for (JsonNode alias : saved.path("aliases")) {
      List<AliasRecord.Route> routes = new ArrayList<>();
      for (JsonNode route : alias.path("routes")) {
        routes.add(new AliasRecord.Route(Arns.version(arn, route.path("version").asLong()), route.path("weight").asInt()));
      }
      String aliasName = text(alias, "name");
      machine.putAlias(new AliasRecord(Arns.alias(arn, aliasName), aliasName, machine,
          alias.hasNonNull("description") ? alias.get("description").asText() : null, List.copyOf(routes),
          instant(alias, "creationDate"), instant(alias, "updateDate")));
    }
    backend.stateMachines().restore(machine);
  }

  private static Revision revision(JsonNode saved, String type, Map<String, Revision> revisions) {
    String key = Json.write(saved);
    Revision known = revisions.get(key);
    if (known != null) {
      return known;
    }
    String definition = text(saved, "definition");
    Revision revision = new Revision(definition, Definitions.parse(definition, type), text(saved, "roleArn"),
        nullIfMissing(saved.get("logging")), nullIfMissing(saved.get("tracing")), nullIfMissing(saved.get("encryption")),
        saved.hasNonNull("revisionId") ? saved.get("revisionId").asText() : null, instant(saved, "date"));
    revisions.put(key, revision);
    return revision;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("A saved state lacks '" + field + "' in " + Json.write(node));
    }
    return value.asText();
  }

  private static Instant instant(JsonNode node, String field) {
    return Instant.parse(text(node, field));
  }

  private static JsonNode nullIfMissing(JsonNode value) {
    return value == null || value.isNull() ? null : value;
  }
}
