package dev.sfntest.spring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * Reads what the context deploys from {@code sfntest.deploy.<key>...} and {@code
 * sfntest.activity.<key>...}, where the annotations put it too (see {@link
 * DeployAnnotationsCustomizerFactory}): one model, whichever way it was written.
 */
final class DeploymentSpecs {

  /** The attribute annotations add to say where a deployment came from, for messages. */
  static final String DECLARED_BY = "declared-by";

  /** A state machine to deploy. */
  record Machine(String key, String name, String definition, StateMachineType type, String arnProperty,
      Map<String, String> substitutions, String declaredBy) {}

  /** An activity to create. */
  record Activity(String key, String name, String arnProperty, String declaredBy) {}

  private DeploymentSpecs() {}

  static List<Machine> machines(Binder binder) {
    List<Machine> machines = new ArrayList<>();
    entries(binder, "sfntest.deploy").forEach((key, attributes) -> {
      String where = attributes.getOrDefault(DECLARED_BY, "sfntest.deploy." + key);
      String definition = attributes.containsKey("") ? attributes.get("") : attributes.get("definition");
      Map<String, String> substitutions = new LinkedHashMap<>();
      String type = null;
      String name = key;
      String arnProperty = null;
      for (Map.Entry<String, String> attribute : attributes.entrySet()) {
        String attr = attribute.getKey();
        String value = attribute.getValue();
        if (attr.startsWith("substitutions.")) {
          substitutions.put(attr.substring("substitutions.".length()), value);
          continue;
        }
        switch (normalized(attr)) {
          case "", "definition", "declaredby" -> { }
          case "name" -> name = value;
          case "type" -> type = value;
          case "arnproperty" -> arnProperty = value;
          default -> throw new Misconfigured(where + ": sfntest.deploy." + key + "." + attr + " is not a setting of "
              + "a state machine deployment. Use definition, name, type, arn-property or substitutions.<Name>.");
        }
      }
      if (definition == null || definition.isBlank()) {
        throw new Misconfigured(where + " names no definition. Write sfntest.deploy." + key
            + "=classpath:workflows/" + key + ".asl.json, or sfntest.deploy." + key + ".definition=... .");
      }
      machines.add(new Machine(key, name, definition.trim(), type(type, where), blankToNull(arnProperty),
          substitutions, where));
    });
    return machines;
  }

  static List<Activity> activities(Binder binder) {
    List<Activity> activities = new ArrayList<>();
    entries(binder, "sfntest.activity").forEach((key, attributes) -> {
      String where = attributes.getOrDefault(DECLARED_BY, "sfntest.activity." + key);
      String name = key;
      String arnProperty = null;
      for (Map.Entry<String, String> attribute : attributes.entrySet()) {
        switch (normalized(attribute.getKey())) {
          case "declaredby" -> { }
          case "name" -> name = attribute.getValue();
          case "arnproperty" -> arnProperty = attribute.getValue();
          default -> throw new Misconfigured(where + ": sfntest.activity." + key + "." + attribute.getKey()
              + " is not a setting of an activity. Use name or arn-property.");
        }
      }
      activities.add(new Activity(key, name, blankToNull(arnProperty), where));
    });
    return activities;
  }

  /**
   * The properties under {@code prefix}, by key then attribute: {@code sfntest.deploy.orders} is
   * key {@code orders} with attribute {@code ""}, {@code sfntest.deploy.orders.arn-property} is
   * attribute {@code arn-property}.
   */
  private static Map<String, Map<String, String>> entries(Binder binder, String prefix) {
    Map<String, String> flat = binder.bind(prefix, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    Map<String, Map<String, String>> entries = new LinkedHashMap<>();
    flat.forEach((name, value) -> {
      int dot = name.indexOf('.');
      String key = dot < 0 ? name : name.substring(0, dot);
      String attribute = dot < 0 ? "" : name.substring(dot + 1);
      entries.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(attribute, value);
    });
    return entries;
  }

  /** {@code arn-property}, {@code arnProperty} and {@code arn_property} alike, as Spring Boot reads names. */
  private static String normalized(String attribute) {
    return attribute.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static StateMachineType type(String text, String where) {
    if (text == null || text.isBlank()) {
      return StateMachineType.STANDARD;
    }
    StateMachineType type = StateMachineType.fromValue(text.trim().toUpperCase(Locale.ROOT));
    if (type == StateMachineType.UNKNOWN_TO_SDK_VERSION) {
      throw new Misconfigured(where + ": type \"" + text + "\" is not a state machine type. Use STANDARD or EXPRESS.");
    }
    return type;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
