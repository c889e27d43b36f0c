package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a definition's JSON into the model: the top level, every graph (the machine, Parallel
 * branches, Map item processors) and, through {@link StateReader}, every state. Schema problems
 * are reported as it goes; graph rules are {@link DefinitionValidator}'s.
 */
final class DefinitionReader {

  private static final Set<String> TOP_FIELDS =
      Set.of("Comment", "StartAt", "States", "TimeoutSeconds", "Version", "QueryLanguage");

  final Diagnostics diagnostics;
  final Expressions expressions;
  final ValueFields values;
  final WorkflowType machineType;
  /** Map Labels seen so far: AWS requires them unique in a machine. */
  final Set<String> labels = new HashSet<>();
  /**
   * The machine's query language. A state that declares none takes this one, not its parent
   * Map's or Parallel's (observed: a Map declaring JSONata leaves the states of its ItemProcessor
   * on the machine's JSONPath).
   */
  QueryLanguage machineLanguage = QueryLanguage.JSONPATH;

  private final StateReader states;

  DefinitionReader(Diagnostics diagnostics, WorkflowType machineType) {
    this.diagnostics = diagnostics;
    this.expressions = new Expressions(diagnostics);
    this.values = new ValueFields(diagnostics, expressions);
    this.machineType = machineType;
    this.states = new StateReader(this);
  }

  StateMachineDefinition read(JsonNode root) {
    Fields top = new Fields(root, Location.ROOT, diagnostics);
    top.allowOnly(TOP_FIELDS);
    // Observed for {}: "These fields are required: [States, StartAt]", in this order.
    top.require("States", "StartAt");
    machineLanguage = language(top, QueryLanguage.JSONPATH).language;
    reportLanguageValue(top);
    Integer timeout = null;
    JsonNode timeoutNode = top.get("TimeoutSeconds");
    // Observed: a machine TimeoutSeconds of 0 is accepted, unlike a Task's.
    if (timeoutNode != null
        && Fields.checkInteger(timeoutNode, Fields.Range.between("0", "99999999"), top.at("TimeoutSeconds"),
            diagnostics)) {
      timeout = timeoutNode.asInt();
    }
    String version = top.string("Version");
    StateGraph graph = graph(top, machineType == WorkflowType.EXPRESS);
    return new StateMachineDefinition(root, top.string("Comment"), version, machineLanguage, timeout, graph);
  }

  /**
   * Reads {@code StartAt} and {@code States} of a graph's object. {@code express}: its states run
   * as Express workflows (an EXPRESS machine, or a DISTRIBUTED Map with ExecutionType EXPRESS),
   * which restricts their Task resources.
   */
  StateGraph graph(Fields container, boolean express) {
    String startAt = container.string("StartAt");
    Fields statesNode = container.object("States");
    Map<String, State> read = new LinkedHashMap<>();
    if (statesNode != null) {
      for (Map.Entry<String, JsonNode> entry : statesNode.node.properties()) {
        String name = entry.getKey();
        Location at = statesNode.at(name);
        // The ASL spec: "The state name ... MUST BE less than or equal to 80 Unicode characters".
        int length = name.codePointCount(0, name.length());
        if (length == 0 || length > 80) {
          diagnostics.error(Diagnostic.INVALID_STATE_NAME, Messages.STATE_NAME_LENGTH, at);
        }
        State state = states.read(name, entry.getValue(), at, express);
        if (state != null) {
          read.put(name, state);
        }
      }
    }
    return new StateGraph(startAt, read, container.string("Comment"));
  }

  /**
   * A nested graph's object: a Parallel branch or a Map's ItemProcessor / Iterator. It is not a
   * state and takes no QueryLanguage (observed: {@code Field 'QueryLanguage' is not supported} at
   * {@code /States/M/ItemProcessor}).
   */
  StateGraph nestedGraph(Fields container, Set<String> allowed, boolean express) {
    container.allowOnly(allowed);
    container.require("States", "StartAt");
    return graph(container, express);
  }

  /** The resolved query language of a state or machine, and whether the declaration is sound. */
  record Resolved(QueryLanguage language, boolean downgraded) {}

  /**
   * Resolves a {@code QueryLanguage} the way AWS does (observed): absent, the inherited one;
   * exactly {@code JSONPath} or {@code JSONata}, that one; anything else, wrong case and non-strings
   * included, JSONata (the value itself is reported by {@link #reportLanguageValue}).
   */
  Resolved language(Fields object, QueryLanguage inherited) {
    JsonNode value = object.get("QueryLanguage");
    if (value == null) {
      return new Resolved(inherited, false);
    }
    if (value.isTextual() && value.asText().equals(QueryLanguage.JSONPATH.aslName())) {
      return new Resolved(QueryLanguage.JSONPATH, inherited == QueryLanguage.JSONATA);
    }
    return new Resolved(QueryLanguage.JSONATA, false);
  }

  /** Reports a {@code QueryLanguage} value that is not one of the two, at the field. */
  void reportLanguageValue(Fields object) {
    JsonNode value = object.get("QueryLanguage");
    if (value == null) {
      return;
    }
    if (!value.isTextual()) {
      diagnostics.schema(Messages.EXPECTED_STRING, object.at("QueryLanguage"));
    } else if (QueryLanguage.fromAslName(value.asText()) == null) {
      diagnostics.schema(Messages.oneOfValues(List.of("JSONPath", "JSONata")), object.at("QueryLanguage"));
    }
  }
}
