package dev.sfntest.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.DefinitionParser;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachineDefinition;
import dev.sfntest.expr.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks definitions for a machine type: the parser's diagnostics, plus the rules only an EXPRESS
 * machine has (no activities, no {@code .sync}, no {@code .waitForTaskToken}; AWS's messages and
 * locations as recorded).
 *
 * <pre>{@code
 * StateMachineDefinition definition = Definitions.parse(text, "EXPRESS");   // or InvalidDefinition
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html">Standard and Express workflows</a>
 */
public final class Definitions {

  private Definitions() {}

  /**
   * Parses a definition for a machine of {@code type}.
   *
   * @throws ApiException {@code InvalidDefinition} listing every error
   */
  public static StateMachineDefinition parse(String definitionText, String type) {
    DefinitionParser.Result result = DefinitionParser.parseWithDiagnostics(definitionText);
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    diagnostics.addAll(typeRules(definitionText, type));
    boolean errors = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    if (errors) {
      throw new ApiException("InvalidDefinition", new InvalidDefinitionException(diagnostics).getMessage());
    }
    return result.definition();
  }

  /** Every diagnostic for a definition of a machine of {@code type}, errors first. */
  public static List<Diagnostic> diagnose(String definitionText, String type) {
    List<Diagnostic> diagnostics = new ArrayList<>(DefinitionParser.parseWithDiagnostics(definitionText).diagnostics());
    diagnostics.addAll(typeRules(definitionText, type));
    diagnostics.sort((a, b) -> a.severity().compareTo(b.severity()));
    return diagnostics;
  }

  /** The EXPRESS-only rules, checked on the definition's JSON wherever a Task state is. */
  private static List<Diagnostic> typeRules(String definitionText, String type) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (!"EXPRESS".equals(type) || definitionText == null) {
      return diagnostics;
    }
    JsonNode root;
    try {
      root = Json.parse(definitionText);
    } catch (JsonProcessingException e) {
      return diagnostics; // the parser already reported it
    }
    checkStates(root.get("States"), "/States", diagnostics);
    return diagnostics;
  }

  private static void checkStates(JsonNode states, String pointer, List<Diagnostic> out) {
    if (states == null || !states.isObject()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = states.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      String statePointer = pointer + "/" + escape(entry.getKey());
      JsonNode state = entry.getValue();
      JsonNode resource = state.get("Resource");
      if ("Task".equals(state.path("Type").asText()) && resource != null && resource.isTextual()) {
        String message = expressRefusal(resource.asText());
        if (message != null) {
          out.add(Diagnostic.error("SCHEMA_VALIDATION_FAILED", message, statePointer + "/Resource"));
        }
      }
      JsonNode branches = state.get("Branches");
      if (branches != null && branches.isArray()) {
        for (int i = 0; i < branches.size(); i++) {
          checkStates(branches.get(i).get("States"), statePointer + "/Branches/" + i + "/States", out);
        }
      }
      for (String processor : List.of("ItemProcessor", "Iterator")) {
        JsonNode graph = state.get(processor);
        if (graph != null) {
          checkStates(graph.get("States"), statePointer + "/" + processor + "/States", out);
        }
      }
    }
  }

  /** AWS's messages, exactly as recorded (the one for callbacks ends in a space). */
  private static String expressRefusal(String resource) {
    String[] parts = resource.split(":", 7);
    if (parts.length >= 6 && parts[2].equals("states") && parts[5].equals("activity")) {
      return "Express state machine does not support Activity ARN";
    }
    if (resource.endsWith(".waitForTaskToken")) {
      return "Express state machine does not support '.waitForTaskToken' service integration ";
    }
    if (resource.endsWith(".sync") || resource.endsWith(".sync:2")) {
      return "Express state machine does not support '.sync' service integration";
    }
    return null;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
