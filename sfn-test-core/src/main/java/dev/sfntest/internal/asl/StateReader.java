package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Template;
import dev.sfntest.internal.expr.Variables;
import dev.sfntest.internal.expr.template.PayloadTemplate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one state: its type, query language, allowed fields, transition, input/output fields and
 * {@code Assign}, then the fields of its type. Pass, Succeed, Fail and Wait are read here; Task,
 * Choice, Parallel and Map by their own readers.
 *
 * @see <a href="https://states-language.net/spec.html#state-type-table">ASL spec: state type table</a>
 */
final class StateReader {

  private static final List<String> WAIT_JSONPATH = List.of("SecondsPath", "Seconds", "TimestampPath", "Timestamp");
  private static final List<String> WAIT_JSONATA = List.of("Seconds", "Timestamp");
  private static final Fields.Range WAIT_SECONDS = Fields.Range.between("0", "99999999");
  private static final Set<String> BRANCH_FIELDS = Set.of("StartAt", "States", "Comment");

  private final DefinitionReader reader;
  private final Diagnostics diagnostics;
  private final Expressions expressions;
  private final ValueFields values;
  private final TaskReader tasks;
  private final ChoiceReader choices;
  private final MapReader maps;
  private final ErrorHandlingReader errors;

  StateReader(DefinitionReader reader) {
    this.reader = reader;
    this.diagnostics = reader.diagnostics;
    this.expressions = reader.expressions;
    this.values = reader.values;
    this.errors = new ErrorHandlingReader(this, reader);
    this.tasks = new TaskReader(reader, errors);
    this.choices = new ChoiceReader(this, reader);
    this.maps = new MapReader(reader, errors);
  }

  /** Reads a state; {@code null} when it has no usable Type (reported). */
  State read(String name, JsonNode node, Location at, boolean express) {
    if (!node.isObject()) {
      diagnostics.schema(Messages.expectedType("Object"), at);
      return null;
    }
    Fields state = new Fields(node, at, diagnostics);
    StateType type = type(state);
    if (type == null) {
      return null;
    }
    DefinitionReader.Resolved resolved = reader.language(state, reader.machineLanguage);
    if (resolved.downgraded()) {
      // A JSONata machine cannot hold JSONPath states (the reverse is allowed).
      diagnostics.schema(Messages.DOWNGRADED_LANGUAGE, at);
    }
    QueryLanguage language = resolved.language();
    StateFields.check(state, type, language, !resolved.downgraded());
    // Observed: AWS reports the fields of the other language before a bad QueryLanguage value.
    reader.reportLanguageValue(state);
    StateIo io = io(state, type, language);
    switch (type) {
      case PASS:
        return new PassState(name, io, passResult(state, language));
      case TASK:
        return tasks.read(name, state, io, language, express);
      case CHOICE:
        return choices.read(name, state, io, language);
      case WAIT:
        return wait(name, state, io, language);
      case SUCCEED:
        return new SucceedState(name, io);
      case FAIL:
        return fail(name, state, io, language);
      case PARALLEL:
        return parallel(name, state, io, language, express);
      default:
        return maps.read(name, state, io, language, express);
    }
  }

  private StateType type(Fields state) {
    JsonNode typeNode = state.get("Type");
    if (typeNode == null) {
      state.require("Type");
      return null;
    }
    if (!typeNode.isTextual()) {
      diagnostics.schema(Messages.EXPECTED_STRING, state.at("Type"));
      return null;
    }
    StateType type = StateType.fromAslName(typeNode.asText());
    if (type == null) {
      diagnostics.schema(Messages.STATE_TYPE, state.at("Type"));
    }
    return type;
  }

  // ------------------------------------------------------------------ shared fields

  private StateIo io(Fields state, StateType type, QueryLanguage language) {
    Set<String> allowed = StateFields.allowed(type, language);
    String next = null;
    boolean end = type == StateType.SUCCEED || type == StateType.FAIL;
    if (allowed.contains("Next")) {
      next = state.string("Next");
      end = Boolean.TRUE.equals(state.bool("End"));
      if (state.has("Next") && end) {
        diagnostics.schema(Messages.onlyOneOf(List.of("Next", "End")), state.at);
      } else if (!state.has("Next") && !end) {
        diagnostics.schema(Messages.exactlyOneOf(List.of("Next", "End")), state.at);
      }
    }
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    IoPath inputPath = jsonPath && allowed.contains("InputPath")
        ? expressions.ioPath(state.get("InputPath"), state.at("InputPath")) : null;
    IoPath outputPath = jsonPath && allowed.contains("OutputPath")
        ? expressions.ioPath(state.get("OutputPath"), state.at("OutputPath")) : null;
    PayloadTemplate parameters = null;
    if (jsonPath && type != StateType.MAP && allowed.contains("Parameters")) {
      // A Map's Parameters is the legacy spelling of ItemSelector: MapReader reads it.
      parameters = expressions.payload(state.get("Parameters"), state.at("Parameters"));
    }
    PayloadTemplate resultSelector = jsonPath && allowed.contains("ResultSelector")
        ? expressions.payload(state.get("ResultSelector"), state.at("ResultSelector")) : null;
    ResultPathSpec resultPath = jsonPath && allowed.contains("ResultPath")
        ? expressions.resultPath(state.get("ResultPath"), state.at("ResultPath")) : null;
    Template arguments = null;
    Template output = null;
    if (!jsonPath) {
      if (allowed.contains("Arguments")) {
        arguments = expressions.jsonata(state.get("Arguments"), "Arguments", state.at("Arguments"),
            Expressions.Scope.STATE);
      }
      if (allowed.contains("Output")) {
        output = expressions.jsonata(state.get("Output"), "Output", state.at("Output"), Expressions.Scope.STATE);
      }
    }
    Template assign = allowed.contains("Assign") ? assign(state, language, Expressions.Scope.STATE) : null;
    return new StateIo(language, state.string("Comment"), next, end, inputPath, parameters, resultSelector,
        resultPath, outputPath, arguments, output, assign);
  }

  /**
   * {@code Assign} of a state, a Choice rule or a catcher: an object whose keys are variable names
   * ({@code name.$} for a dynamic value in JSONPath).
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html">Workflow variables</a>
   */
  Template assign(Fields owner, QueryLanguage language, Expressions.Scope scope) {
    JsonNode assign = owner.get("Assign");
    if (assign == null) {
      return null;
    }
    Location at = owner.at("Assign");
    if (!assign.isObject()) {
      diagnostics.schema(Messages.expectedType("Object"), at);
      return null;
    }
    int before = diagnostics.errorCount();
    Iterator<String> keys = assign.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      String name = language == QueryLanguage.JSONPATH && key.endsWith(".$")
          ? key.substring(0, key.length() - 2) : key;
      if (name.equals("states")) {
        diagnostics.error(Diagnostic.RESERVED_VARIABLE_NAME, Messages.RESERVED_VARIABLE, at.field(key));
      } else if (!Variables.isValidName(name)) {
        diagnostics.error(Diagnostic.INVALID_VARIABLE_NAME, Messages.invalidVariable(name), at.field(key));
      }
    }
    if (diagnostics.errorCount() > before) {
      return null;
    }
    return language == QueryLanguage.JSONPATH
        ? expressions.payload(assign, at) : expressions.jsonata(assign, "Assign", at, scope);
  }

  // ------------------------------------------------------------------ Pass, Wait, Fail, Parallel

  private JsonNode passResult(Fields state, QueryLanguage language) {
    JsonNode result = language == QueryLanguage.JSONPATH ? state.get("Result") : null;
    if (result != null && containsPath(result)) {
      // Result is returned as written: a ".$" key or a path in it is not evaluated.
      diagnostics.warning(Diagnostic.PASS_RESULT_IS_STATIC, Messages.PASS_RESULT_IS_STATIC, state.at("Result"));
    }
    return result;
  }

  private static boolean containsPath(JsonNode node) {
    if (node.isTextual()) {
      return Expressions.looksDynamic(node.asText());
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().endsWith(".$") || containsPath(field.getValue())) {
          return true;
        }
      }
      return false;
    }
    for (JsonNode item : node) {
      if (containsPath(item)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A Wait state has exactly one of its timing fields (observed: {@code There should only be one
   * of the following fields: [SecondsPath, Seconds, TimestampPath, Timestamp]}, in AWS's order).
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html">Wait state</a>
   */
  private WaitState wait(String name, Fields state, StateIo io, QueryLanguage language) {
    List<String> timing = language == QueryLanguage.JSONPATH ? WAIT_JSONPATH : WAIT_JSONATA;
    int count = ValueFields.present(state, timing);
    if (count > 1) {
      diagnostics.schema(Messages.onlyOneOf(timing), state.at);
    } else if (count == 0) {
      diagnostics.schema(Messages.exactlyOneOf(timing), state.at);
    }
    ValueSource seconds = values.read(state, "Seconds", "SecondsPath", language, ValueFields.Kind.INTEGER,
        WAIT_SECONDS, Expressions.PathRule.REFERENCE, true);
    ValueSource timestamp = values.read(state, "Timestamp", "TimestampPath", language, ValueFields.Kind.TIMESTAMP,
        null, Expressions.PathRule.REFERENCE, true);
    return new WaitState(name, io, seconds, timestamp);
  }

  /** @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html">Fail state</a> */
  private FailState fail(String name, Fields state, StateIo io, QueryLanguage language) {
    return new FailState(name, io, failField(state, "Error", language), failField(state, "Cause", language));
  }

  private ValueSource failField(Fields state, String field, QueryLanguage language) {
    String pathField = field + "Path";
    if (language == QueryLanguage.JSONPATH) {
      if (state.exclusive(field, pathField)) {
        return null;
      }
      JsonNode path = state.get(pathField);
      if (path != null) {
        if (!path.isTextual()) {
          diagnostics.schema(Messages.EXPECTED_STRING, state.at(pathField));
          return null;
        }
        return expressions.pathOrIntrinsic(pathField, path.asText(), state.at(pathField));
      }
    }
    return values.read(state, field, pathField, language, ValueFields.Kind.STRING, null,
        Expressions.PathRule.REFERENCE, true);
  }

  /** @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html">Parallel state</a> */
  private ParallelState parallel(String name, Fields state, StateIo io, QueryLanguage language, boolean express) {
    state.require("Branches");
    JsonNode branchesNode = state.array("Branches", true);
    List<StateGraph> branches = new ArrayList<>();
    if (branchesNode != null) {
      for (int i = 0; i < branchesNode.size(); i++) {
        Location at = state.at("Branches").index(i);
        JsonNode branch = branchesNode.get(i);
        if (!branch.isObject()) {
          diagnostics.schema(Messages.expectedType("Object"), at);
          continue;
        }
        branches.add(reader.nestedGraph(new Fields(branch, at, diagnostics), BRANCH_FIELDS, express));
      }
    }
    return new ParallelState(name, io, List.copyOf(branches), errors.read(state, language));
  }
}
