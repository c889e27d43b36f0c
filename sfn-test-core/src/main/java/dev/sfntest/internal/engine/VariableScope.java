package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Workflow variables visible to a frame. A Parallel branch or a Map iteration gets a child scope:
 * it reads the outer variables, and what it assigns stays inside it.
 */
public final class VariableScope {

  private final VariableScope parent;
  /** The variables assigned here; {@code null} until the first (most scopes never have one). */
  private Map<String, JsonNode> values;

  public VariableScope(VariableScope parent) {
    this.parent = parent;
  }

  /** The variable's value, looked up from the innermost scope out; {@code null} when undefined. */
  public JsonNode get(String name) {
    for (VariableScope scope = this; scope != null; scope = scope.parent) {
      JsonNode value = scope.values == null ? null : scope.values.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** Assigns in this scope. */
  public void set(String name, JsonNode value) {
    if (values == null) {
      values = new LinkedHashMap<>();
    }
    values.put(name, value);
  }

  /** The variables assigned in this scope (not the outer ones). */
  public Map<String, JsonNode> own() {
    return values == null ? Map.of() : values;
  }

  public VariableScope parent() {
    return parent;
  }
}
