package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables each state of a definition reads, as DescribeStateMachine and
 * DescribeStateMachineForExecution report them ({@code variableReferences}): state name to the
 * sorted names, for every state at any depth that reads at least one (recorded). A JSONPath state
 * reads a variable as {@code $name} in a path field ({@code InputPath}, {@code ItemsPath}, {@code
 * SecondsPath}, a Choice rule's {@code Variable} or {@code ...Path} operand) or in a {@code .$}
 * field of a template (also inside intrinsic functions); a JSONata state in a {@code {% %}}
 * expression. {@code $.}, {@code $$} and {@code $states} are not variables.
 *
 * <pre>{@code
 * Map<String, List<String>> refs = VariableReferences.of(definition.source());   // {"Check": ["answer", "guess"]}
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html">Workflow variables</a>
 */
public final class VariableReferences {

  /** Fields that hold a path, which may start at a variable. ResultPath never does. */
  private static final Set<String> PATH_FIELDS = Set.of("InputPath", "OutputPath", "ItemsPath", "Variable",
      "SecondsPath", "TimestampPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath",
      "ToleratedFailurePercentagePath", "ToleratedFailureCountPath");

  /** A variable in a JSONPath string: {@code $name}, not {@code $.}, {@code $$} or {@code $[}. */
  private static final Pattern PATH_VARIABLE = Pattern.compile("(?<![\\w$])\\$([A-Za-z_][A-Za-z0-9_]*)");

  /** A variable in JSONata: as above, but not a function call and not {@code $states}. */
  private static final Pattern JSONATA_VARIABLE = Pattern.compile("(?<![\\w$])\\$([A-Za-z_][A-Za-z0-9_]*)(?!\\s*\\()");

  private VariableReferences() {}

  /** The references of a definition, by state in definition order; empty when none. */
  public static Map<String, List<String>> of(JsonNode definition) {
    Map<String, List<String>> references = new LinkedHashMap<>();
    if (definition != null) {
      collectStates(definition.get("States"), references);
    }
    return references;
  }

  private static void collectStates(JsonNode states, Map<String, List<String>> out) {
    if (states == null || !states.isObject()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = states.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      JsonNode state = entry.getValue();
      Set<String> names = new TreeSet<>();
      Iterator<Map.Entry<String, JsonNode>> members = state.fields();
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> member = members.next();
        String key = member.getKey();
        if (key.equals("Branches") || key.equals("ItemProcessor") || key.equals("Iterator")) {
          continue;
        }
        collectValue(key, member.getValue(), names);
      }
      if (!names.isEmpty()) {
        out.put(entry.getKey(), List.copyOf(names));
      }
      JsonNode branches = state.get("Branches");
      if (branches != null && branches.isArray()) {
        branches.forEach(branch -> collectStates(branch.get("States"), out));
      }
      for (String processor : List.of("ItemProcessor", "Iterator")) {
        JsonNode graph = state.get(processor);
        if (graph != null) {
          collectStates(graph.get("States"), out);
        }
      }
    }
  }

  private static void collectValue(String key, JsonNode value, Set<String> names) {
    if (value.isTextual()) {
      String text = value.asText();
      if (text.startsWith("{%") && text.endsWith("%}")) {
        find(JSONATA_VARIABLE, text.substring(2, text.length() - 2), names);
      } else if (key.endsWith(".$") || PATH_FIELDS.contains(key) || (key.endsWith("Path") && !key.equals("ResultPath"))) {
        find(PATH_VARIABLE, withoutQuoted(text), names);
      }
      return;
    }
    if (value.isObject()) {
      value.fields().forEachRemaining(e -> collectValue(e.getKey(), e.getValue(), names));
    } else if (value.isArray()) {
      value.forEach(item -> collectValue(key, item, names));
    }
  }

  private static void find(Pattern pattern, String text, Set<String> names) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      if (!matcher.group(1).equals("states")) {
        names.add(matcher.group(1));
      }
    }
  }

  /** Drops the string literals of intrinsic functions, whose text is no reference. */
  private static String withoutQuoted(String text) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quoted && i + 1 < text.length()) {
        i++;
        continue;
      }
      if (c == '\'') {
        quoted = !quoted;
        continue;
      }
      if (!quoted) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
