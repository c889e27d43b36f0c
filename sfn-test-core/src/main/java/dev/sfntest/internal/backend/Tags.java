package dev.sfntest.internal.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags on state machines and activities ({@code TagResource}, {@code UntagResource}, {@code
 * ListTagsForResource}, and the {@code tags} of the create calls), with AWS's limits: at most 50
 * tags a resource, keys of 1 to 128 and values of 0 to 256 characters. Versions, aliases and
 * executions take no tags: AWS answers {@code ResourceNotFound} (recorded for a version).
 *
 * <pre>{@code
 * tags.tag(machineArn, List.of(Map.entry("team", "payments")));
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/sfn-best-practices.html#sfn-tagging">Tagging</a>
 */
public final class Tags {

  /** AWS's limit of tags on one resource. */
  public static final int MAX_TAGS = 50;

  private final Operations operations;
  private final StateMachines machines;
  private final Activities activities;

  Tags(Operations operations, StateMachines machines, Activities activities) {
    this.operations = operations;
    this.machines = machines;
    this.activities = activities;
  }

  /** Adds or replaces tags; the resource keeps at most 50. */
  public void tag(String resourceArn, List<Map.Entry<String, String>> tags) {
    operations.run(() -> {
      Map<String, String> current = resolve(resourceArn);
      Constraints.required(tags, "tags");
      Map<String, String> merged = new LinkedHashMap<>(current);
      merged.putAll(checked(tags, resourceArn));
      if (merged.size() > MAX_TAGS) {
        throw tooMany(resourceArn);
      }
      current.clear();
      current.putAll(merged);
    });
  }

  /** Removes tags by key; keys the resource does not have are ignored. */
  public void untag(String resourceArn, List<String> keys) {
    operations.run(() -> {
      Map<String, String> current = resolve(resourceArn);
      Constraints.required(keys, "tagKeys");
      for (int i = 0; i < keys.size(); i++) {
        Constraints.length(keys.get(i), "tagKeys." + (i + 1) + ".member", 1, 128);
      }
      keys.forEach(current::remove);
    });
  }

  /** The resource's tags, in the order they were added. */
  public Map<String, String> list(String resourceArn) {
    return operations.call(() -> new LinkedHashMap<>(resolve(resourceArn)));
  }

  /**
   * Checks the tags of a request (keys and values, and the limit of 50) and returns them as a map.
   *
   * @throws ApiException {@code ValidationException} for a key or value of the wrong length,
   *     {@code TooManyTags} for more than 50
   */
  static Map<String, String> checked(List<Map.Entry<String, String>> tags, String resourceName) {
    Map<String, String> map = new LinkedHashMap<>();
    if (tags == null) {
      return map;
    }
    for (int i = 0; i < tags.size(); i++) {
      Map.Entry<String, String> tag = tags.get(i);
      String member = "tags." + (i + 1) + ".member.";
      Constraints.length(tag.getKey(), member + "key", 1, 128);
      Constraints.length(tag.getValue(), member + "value", 0, 256);
      map.put(tag.getKey() == null ? "" : tag.getKey(), tag.getValue() == null ? "" : tag.getValue());
    }
    if (map.size() > MAX_TAGS) {
      throw tooMany(resourceName);
    }
    return map;
  }

  /** AWS's text is not known; the shape (code words, then the resource) is AWS's. */
  private static ApiException tooMany(String resourceName) {
    return new ApiException("TooManyTags", "Too Many Tags: '" + resourceName + "' would have more than "
        + MAX_TAGS + " tags");
  }

  private Map<String, String> resolve(String resourceArn) {
    Arns.Parsed parsed = Arns.parse(resourceArn, "resourceArn");
    Map<String, String> tags = null;
    if (parsed.kind() == Arns.Kind.STATE_MACHINE) {
      StateMachineRecord machine = machines.find(resourceArn);
      tags = machine == null ? null : machine.tags();
    } else if (parsed.kind() == Arns.Kind.ACTIVITY) {
      ActivityRecord activity = activities.find(resourceArn);
      tags = activity == null ? null : activity.tags();
    }
    if (tags == null) {
      throw new ApiException("ResourceNotFound", "Resource not found: '" + resourceArn + "'");
    }
    return tags;
  }
}
