package dev.sfntest.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.expr.InvalidJsonataException;
import dev.sfntest.expr.InvalidPathException;
import dev.sfntest.expr.Json;
import dev.sfntest.expr.JsonataTemplate;
import dev.sfntest.expr.PayloadTemplate;
import dev.sfntest.expr.ReferencePath;
import dev.sfntest.expr.ResultPath;
import dev.sfntest.expr.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a definition's JSON into the immutable model, compiling every path, template and
 * expression, and reports what does not fit the ASL schema as {@link Diagnostic}s. Graph rules
 * (transition targets, reachability, terminal states) are checked by {@link DefinitionValidator}.
 *
 * <pre>{@code
 * StateMachineDefinition def = DefinitionParser.parse(json);   // InvalidDefinitionException
 * }</pre>
 */
public final class DefinitionParser {

  /** AWS's limit on a definition's size. */
  public static final int MAX_DEFINITION_BYTES = 1024 * 1024;

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private DefinitionParser() {}

  /**
   * Parses and validates a definition.
   *
   * @throws InvalidDefinitionException listing every error found
   */
  public static StateMachineDefinition parse(String json) {
    Result result = parseWithDiagnostics(json);
    if (result.hasErrors()) {
      throw new InvalidDefinitionException(result.diagnostics());
    }
    return result.definition();
  }

  /** The outcome of parsing: a definition when there were no errors, and all diagnostics. */
  public record Result(StateMachineDefinition definition, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
  }

  /** Parses and validates, returning every error and warning instead of throwing. */
  public static Result parseWithDiagnostics(String json) {
    DefinitionParser parser = new DefinitionParser();
    if (json == null || json.isBlank()) {
      parser.error("INVALID_JSON_DESCRIPTION", "Definition must not be empty", "");
      return new Result(null, parser.diagnostics);
    }
    if (json.getBytes(StandardCharsets.UTF_8).length > MAX_DEFINITION_BYTES) {
      parser.error("SCHEMA_VALIDATION_FAILED",
          "The definition exceeds the maximum size of " + MAX_DEFINITION_BYTES + " bytes", "");
      return new Result(null, parser.diagnostics);
    }
    JsonNode root;
    try {
      root = Json.parse(json);
    } catch (JsonProcessingException e) {
      parser.error("INVALID_JSON_DESCRIPTION", e.getOriginalMessage() + locationOf(e), "");
      return new Result(null, parser.diagnostics);
    }
    StateMachineDefinition definition = parser.parseRoot(root);
    if (definition != null) {
      parser.diagnostics.addAll(DefinitionValidator.validate(definition));
    }
    List<Diagnostic> sorted = new ArrayList<>(parser.diagnostics);
    sorted.sort((a, b) -> a.severity().compareTo(b.severity()));
    boolean errors = sorted.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    return new Result(errors ? null : definition, List.copyOf(sorted));
  }

  private static String locationOf(JsonProcessingException e) {
    if (e.getLocation() == null) {
      return "";
    }
    return " at (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  // ---------------------------------------------------------------- top level

  private static final Set<String> TOP_FIELDS =
      Set.of("Comment", "StartAt", "States", "TimeoutSeconds", "Version", "QueryLanguage");

  private StateMachineDefinition parseRoot(JsonNode root) {
    if (!root.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", "");
      return null;
    }
    checkAllowed(root, TOP_FIELDS, "");
    QueryLanguage language = QueryLanguage.JSONPATH;
    JsonNode ql = root.get("QueryLanguage");
    if (ql != null) {
      QueryLanguage parsed = ql.isTextual() ? QueryLanguage.fromAslName(ql.asText()) : null;
      if (parsed == null) {
        error("SCHEMA_VALIDATION_FAILED", "The QueryLanguage field must be JSONPath or JSONata", "/QueryLanguage");
      } else {
        language = parsed;
      }
    }
    Integer timeout = null;
    JsonNode timeoutNode = root.get("TimeoutSeconds");
    if (timeoutNode != null) {
      timeout = positiveInt(timeoutNode, "TimeoutSeconds", "/TimeoutSeconds", 0, 99_999_999);
    }
    String version = optionalString(root, "Version", "");
    String comment = optionalString(root, "Comment", "");
    StateGraph graph = parseGraph(root, "", language);
    if (graph == null) {
      return null;
    }
    return new StateMachineDefinition(root, comment, version, language, timeout, graph);
  }

  private StateGraph parseGraph(JsonNode node, String pointer, QueryLanguage language) {
    String startAt = requiredString(node, "StartAt", pointer);
    JsonNode statesNode = node.get("States");
    if (statesNode == null) {
      error("SCHEMA_VALIDATION_FAILED", "These fields are required: [States]", pointer);
      return null;
    }
    if (!statesNode.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer + "/States");
      return null;
    }
    Map<String, State> states = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = statesNode.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      String name = entry.getKey();
      String statePointer = pointer + "/States/" + escape(name);
      if (name.isEmpty() || name.length() > 80) {
        error("SCHEMA_VALIDATION_FAILED", "State names must be between 1 and 80 characters", statePointer);
      }
      State state = parseState(name, entry.getValue(), statePointer, language);
      if (state != null) {
        states.put(name, state);
      }
    }
    String comment = optionalString(node, "Comment", pointer);
    return new StateGraph(startAt, states, comment);
  }

  // ---------------------------------------------------------------- states

  private State parseState(String name, JsonNode node, String pointer, QueryLanguage inherited) {
    if (!node.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer);
      return null;
    }
    JsonNode typeNode = node.get("Type");
    if (typeNode == null) {
      error("SCHEMA_VALIDATION_FAILED", "These fields are required: [Type]", pointer);
      return null;
    }
    StateType type = typeNode.isTextual() ? StateType.fromAslName(typeNode.asText()) : null;
    if (type == null) {
      error("SCHEMA_VALIDATION_FAILED",
          "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]",
          pointer + "/Type");
      return null;
    }
    QueryLanguage language = inherited;
    JsonNode ql = node.get("QueryLanguage");
    if (ql != null) {
      QueryLanguage parsed = ql.isTextual() ? QueryLanguage.fromAslName(ql.asText()) : null;
      if (parsed == null) {
        error("SCHEMA_VALIDATION_FAILED", "The QueryLanguage field must be JSONPath or JSONata", pointer + "/QueryLanguage");
      } else if (inherited == QueryLanguage.JSONATA && parsed == QueryLanguage.JSONPATH) {
        // A JSONata machine may not contain JSONPath states (the reverse is allowed).
        error("SCHEMA_VALIDATION_FAILED",
            "The QueryLanguage cannot be JSONPath when the top-level QueryLanguage is JSONata",
            pointer + "/QueryLanguage");
      } else {
        language = parsed;
      }
    }
    checkAllowed(node, StateFields.allowed(type, language), pointer, StateFields.allowed(type, other(language)), language);
    StateIo io = parseIo(type, node, pointer, language);
    return switch (type) {
      case PASS -> new PassState(name, io, node.get("Result"));
      case TASK -> parseTask(name, node, pointer, io, language);
      case CHOICE -> parseChoice(name, node, pointer, io, language);
      case WAIT -> parseWait(name, node, pointer, io, language);
      case SUCCEED -> new SucceedState(name, io);
      case FAIL -> new FailState(name, io,
          valueSource(node, "Error", "ErrorPath", pointer, language, false),
          valueSource(node, "Cause", "CausePath", pointer, language, false));
      case PARALLEL -> parseParallel(name, node, pointer, io, language);
      case MAP -> parseMap(name, node, pointer, io, language);
    };
  }

  private static QueryLanguage other(QueryLanguage language) {
    return language == QueryLanguage.JSONPATH ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
  }

  private StateIo parseIo(StateType type, JsonNode node, String pointer, QueryLanguage language) {
    String comment = optionalString(node, "Comment", pointer);
    String next = null;
    boolean end = type == StateType.SUCCEED || type == StateType.FAIL;
    if (type != StateType.CHOICE && type != StateType.SUCCEED && type != StateType.FAIL) {
      next = optionalString(node, "Next", pointer);
      JsonNode endNode = node.get("End");
      if (endNode != null) {
        if (!endNode.isBoolean()) {
          error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Boolean", pointer + "/End");
        } else {
          end = endNode.asBoolean();
        }
      }
    }
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    IoPath inputPath = jsonPath ? ioPath(node, "InputPath", pointer) : null;
    IoPath outputPath = jsonPath ? ioPath(node, "OutputPath", pointer) : null;
    PayloadTemplate parameters = null;
    if (jsonPath && type != StateType.MAP) {
      parameters = payloadTemplate(node, "Parameters", pointer);
    }
    PayloadTemplate resultSelector = jsonPath ? payloadTemplate(node, "ResultSelector", pointer) : null;
    ResultPathSpec resultPath = jsonPath ? resultPath(node, "ResultPath", pointer) : null;
    Template arguments = null;
    Template output = null;
    if (!jsonPath) {
      if (type == StateType.TASK || type == StateType.PARALLEL) {
        arguments = jsonataTemplate(node, "Arguments", pointer);
      }
      output = jsonataTemplate(node, "Output", pointer);
    }
    Template assign = assign(node, pointer, language);
    return new StateIo(language, comment, next, end, inputPath, parameters, resultSelector, resultPath,
        outputPath, arguments, output, assign);
  }

  private TaskState parseTask(String name, JsonNode node, String pointer, StateIo io, QueryLanguage language) {
    String resource = requiredString(node, "Resource", pointer);
    ValueSource timeout = valueSource(node, "TimeoutSeconds", "TimeoutSecondsPath", pointer, language, true);
    ValueSource heartbeat = valueSource(node, "HeartbeatSeconds", "HeartbeatSecondsPath", pointer, language, true);
    checkPositiveConstant(timeout, pointer, 99_999_999);
    checkPositiveConstant(heartbeat, pointer, 99_999_999);
    if (timeout != null && heartbeat != null && timeout.constant() != null && heartbeat.constant() != null
        && timeout.constant().isNumber() && heartbeat.constant().isNumber()
        && heartbeat.constant().asLong() >= timeout.constant().asLong()) {
      error("SCHEMA_VALIDATION_FAILED", "The value of HeartbeatSeconds must be less than the value of TimeoutSeconds",
          pointer + "/HeartbeatSeconds");
    }
    JsonNode credentials = node.get("Credentials");
    return new TaskState(name, io, resource, timeout, heartbeat, credentials,
        errorHandling(node, pointer, language));
  }

  private WaitState parseWait(String name, JsonNode node, String pointer, StateIo io, QueryLanguage language) {
    ValueSource seconds = valueSource(node, "Seconds", "SecondsPath", pointer, language, true);
    ValueSource timestamp = valueSource(node, "Timestamp", "TimestampPath", pointer, language, false);
    if (seconds != null && seconds.constant() != null) {
      JsonNode s = seconds.constant();
      if (!s.isIntegralNumber() || s.asLong() < 0 || s.asLong() > 99_999_999) {
        error("SCHEMA_VALIDATION_FAILED", "The value of the field 'Seconds' must be a non-negative integer",
            pointer + "/Seconds");
      }
    }
    if (timestamp != null && timestamp.constant() != null) {
      JsonNode t = timestamp.constant();
      if (!t.isTextual() || Timestamps.parse(t.asText()) == null) {
        error("SCHEMA_VALIDATION_FAILED", "The value of the field 'Timestamp' must be a valid ISO-8601 timestamp",
            pointer + "/Timestamp");
      }
    }
    int count = (seconds == null ? 0 : 1) + (timestamp == null ? 0 : 1);
    if (count != 1) {
      error("SCHEMA_VALIDATION_FAILED",
          "A Wait state must have exactly one of these fields: [Seconds, SecondsPath, Timestamp, TimestampPath]",
          pointer);
    }
    return new WaitState(name, io, seconds, timestamp);
  }

  private ParallelState parseParallel(String name, JsonNode node, String pointer, StateIo io, QueryLanguage language) {
    JsonNode branchesNode = node.get("Branches");
    List<StateGraph> branches = new ArrayList<>();
    if (branchesNode == null) {
      error("SCHEMA_VALIDATION_FAILED", "These fields are required: [Branches]", pointer);
    } else if (!branchesNode.isArray()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Array", pointer + "/Branches");
    } else {
      for (int i = 0; i < branchesNode.size(); i++) {
        String branchPointer = pointer + "/Branches/" + i;
        JsonNode branch = branchesNode.get(i);
        if (!branch.isObject()) {
          error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", branchPointer);
          continue;
        }
        checkAllowed(branch, Set.of("StartAt", "States", "Comment", "QueryLanguage"), branchPointer);
        StateGraph graph = parseGraph(branch, branchPointer, language);
        if (graph != null) {
          branches.add(graph);
        }
      }
    }
    return new ParallelState(name, io, List.copyOf(branches), errorHandling(node, pointer, language));
  }

  private MapState parseMap(String name, JsonNode node, String pointer, StateIo io, QueryLanguage language) {
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    ItemProcessor processor = itemProcessor(node, pointer, language);
    ReferencePath itemsPath = null;
    Template items = null;
    if (jsonPath) {
      String text = optionalString(node, "ItemsPath", pointer);
      if (text != null) {
        itemsPath = referencePath(text, "ItemsPath", pointer + "/ItemsPath");
      }
    } else if (node.has("Items")) {
      items = jsonataTemplate(node, "Items", pointer);
    }
    Template itemSelector;
    if (jsonPath) {
      itemSelector = payloadTemplate(node, "ItemSelector", pointer);
      if (itemSelector == null) {
        itemSelector = payloadTemplate(node, "Parameters", pointer);
      }
    } else {
      itemSelector = jsonataTemplate(node, "ItemSelector", pointer);
    }
    ItemReader reader = itemReader(node.get("ItemReader"), pointer + "/ItemReader", language);
    ItemBatcher batcher = itemBatcher(node.get("ItemBatcher"), pointer + "/ItemBatcher", language);
    ResultWriter writer = resultWriter(node.get("ResultWriter"), pointer + "/ResultWriter", language);
    ValueSource maxConcurrency = valueSource(node, "MaxConcurrency", "MaxConcurrencyPath", pointer, language, true);
    if (maxConcurrency != null && maxConcurrency.constant() != null) {
      JsonNode mc = maxConcurrency.constant();
      if (!mc.isIntegralNumber() || mc.asLong() < 0) {
        error("SCHEMA_VALIDATION_FAILED", "The value of the field 'MaxConcurrency' must be a non-negative integer",
            pointer + "/MaxConcurrency");
      }
    }
    ValueSource toleratedCount =
        valueSource(node, "ToleratedFailureCount", "ToleratedFailureCountPath", pointer, language, true);
    ValueSource toleratedPercentage =
        valueSource(node, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", pointer, language, true);
    String label = optionalString(node, "Label", pointer);
    return new MapState(name, io, processor, itemsPath, items, itemSelector, reader, batcher, writer,
        maxConcurrency, toleratedCount, toleratedPercentage, label, errorHandling(node, pointer, language));
  }

  private ItemProcessor itemProcessor(JsonNode node, String pointer, QueryLanguage language) {
    JsonNode processorNode = node.get("ItemProcessor");
    String field = "ItemProcessor";
    if (processorNode == null) {
      processorNode = node.get("Iterator");
      field = "Iterator";
    }
    String processorPointer = pointer + "/" + field;
    if (processorNode == null) {
      error("SCHEMA_VALIDATION_FAILED", "These fields are required: [ItemProcessor]", pointer);
      return new ItemProcessor(new StateGraph(null, Map.of(), null), ItemProcessor.Mode.INLINE, null);
    }
    if (!processorNode.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", processorPointer);
      return new ItemProcessor(new StateGraph(null, Map.of(), null), ItemProcessor.Mode.INLINE, null);
    }
    checkAllowed(processorNode, Set.of("StartAt", "States", "Comment", "ProcessorConfig", "QueryLanguage"),
        processorPointer);
    ItemProcessor.Mode mode = ItemProcessor.Mode.INLINE;
    String executionType = null;
    JsonNode config = processorNode.get("ProcessorConfig");
    if (config != null) {
      if (!config.isObject()) {
        error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", processorPointer + "/ProcessorConfig");
      } else {
        checkAllowed(config, Set.of("Mode", "ExecutionType"), processorPointer + "/ProcessorConfig");
        String modeText = optionalString(config, "Mode", processorPointer + "/ProcessorConfig");
        if (modeText != null) {
          try {
            mode = ItemProcessor.Mode.valueOf(modeText);
          } catch (IllegalArgumentException e) {
            error("SCHEMA_VALIDATION_FAILED", "The field 'Mode' should have one of these values: [INLINE, DISTRIBUTED]",
                processorPointer + "/ProcessorConfig/Mode");
          }
        }
        executionType = optionalString(config, "ExecutionType", processorPointer + "/ProcessorConfig");
        if (executionType != null && !executionType.equals("STANDARD") && !executionType.equals("EXPRESS")) {
          error("SCHEMA_VALIDATION_FAILED", "The field 'ExecutionType' should have one of these values: [STANDARD, EXPRESS]",
              processorPointer + "/ProcessorConfig/ExecutionType");
        }
        if (mode == ItemProcessor.Mode.DISTRIBUTED && executionType == null) {
          error("SCHEMA_VALIDATION_FAILED", "These fields are required: [ExecutionType]",
              processorPointer + "/ProcessorConfig");
        }
      }
    }
    StateGraph graph = parseGraph(processorNode, processorPointer, language);
    if (graph == null) {
      graph = new StateGraph(null, Map.of(), null);
    }
    return new ItemProcessor(graph, mode, executionType);
  }

  private ItemReader itemReader(JsonNode node, String pointer, QueryLanguage language) {
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer);
      return null;
    }
    checkAllowed(node, Set.of("Resource", "Parameters", "Arguments", "ReaderConfig"), pointer);
    String resource = requiredString(node, "Resource", pointer);
    Template parameters = language == QueryLanguage.JSONPATH
        ? payloadTemplate(node, "Parameters", pointer) : jsonataTemplate(node, "Arguments", pointer);
    JsonNode config = node.get("ReaderConfig");
    ValueSource maxItems = null;
    if (config != null) {
      if (!config.isObject()) {
        error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer + "/ReaderConfig");
        config = null;
      } else {
        checkAllowed(config, Set.of("InputType", "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter", "MaxItems",
            "MaxItemsPath", "ManifestType", "Transformation"), pointer + "/ReaderConfig");
        maxItems = valueSource(config, "MaxItems", "MaxItemsPath", pointer + "/ReaderConfig", language, true);
      }
    }
    return new ItemReader(resource, parameters, config, maxItems);
  }

  private ItemBatcher itemBatcher(JsonNode node, String pointer, QueryLanguage language) {
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer);
      return null;
    }
    checkAllowed(node, Set.of("MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch",
        "MaxInputBytesPerBatchPath", "BatchInput"), pointer);
    ValueSource maxItems = valueSource(node, "MaxItemsPerBatch", "MaxItemsPerBatchPath", pointer, language, true);
    ValueSource maxBytes =
        valueSource(node, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", pointer, language, true);
    Template batchInput = language == QueryLanguage.JSONPATH
        ? payloadTemplate(node, "BatchInput", pointer) : jsonataTemplate(node, "BatchInput", pointer);
    return new ItemBatcher(maxItems, maxBytes, batchInput);
  }

  private ResultWriter resultWriter(JsonNode node, String pointer, QueryLanguage language) {
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer);
      return null;
    }
    checkAllowed(node, Set.of("Resource", "Parameters", "Arguments", "WriterConfig"), pointer);
    String resource = optionalString(node, "Resource", pointer);
    Template parameters = language == QueryLanguage.JSONPATH
        ? payloadTemplate(node, "Parameters", pointer) : jsonataTemplate(node, "Arguments", pointer);
    return new ResultWriter(resource, parameters, node.get("WriterConfig"));
  }

  private ChoiceState parseChoice(String name, JsonNode node, String pointer, StateIo io, QueryLanguage language) {
    JsonNode choicesNode = node.get("Choices");
    List<Choice> choices = new ArrayList<>();
    if (choicesNode == null) {
      error("SCHEMA_VALIDATION_FAILED", "These fields are required: [Choices]", pointer);
    } else if (!choicesNode.isArray() || choicesNode.isEmpty()) {
      error("SCHEMA_VALIDATION_FAILED", "The field 'Choices' must be a non-empty array", pointer + "/Choices");
    } else {
      for (int i = 0; i < choicesNode.size(); i++) {
        Choice choice = parseChoiceElement(choicesNode.get(i), pointer + "/Choices/" + i, language);
        if (choice != null) {
          choices.add(choice);
        }
      }
    }
    String defaultState = optionalString(node, "Default", pointer);
    return new ChoiceState(name, io, List.copyOf(choices), defaultState);
  }

  private Choice parseChoiceElement(JsonNode node, String pointer, QueryLanguage language) {
    if (!node.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer);
      return null;
    }
    String next = requiredString(node, "Next", pointer);
    String comment = optionalString(node, "Comment", pointer);
    Template assign = assign(node, pointer, language);
    Template output = null;
    ChoiceRule rule;
    if (language == QueryLanguage.JSONATA) {
      checkAllowed(node, Set.of("Condition", "Next", "Comment", "Assign", "Output"), pointer);
      output = jsonataTemplate(node, "Output", pointer);
      JsonNode condition = node.get("Condition");
      if (condition == null) {
        error("SCHEMA_VALIDATION_FAILED", "These fields are required: [Condition]", pointer);
        return null;
      }
      if (!(condition.isBoolean() || condition.isTextual() && JsonataTemplate.isExpression(condition.asText()))) {
        error("SCHEMA_VALIDATION_FAILED", "The field 'Condition' must be a boolean or a JSONata expression",
            pointer + "/Condition");
        return null;
      }
      rule = new ChoiceRule.Condition(jsonataTemplate(node, "Condition", pointer));
    } else {
      rule = parseRule(node, pointer, true);
      if (rule == null) {
        return null;
      }
    }
    return new Choice(rule, next, assign, output, comment);
  }

  private ChoiceRule parseRule(JsonNode node, String pointer, boolean topLevel) {
    if (!node.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer);
      return null;
    }
    if (!topLevel && node.has("Next")) {
      error("SCHEMA_VALIDATION_FAILED", "The field 'Next' is not supported in a nested choice rule", pointer + "/Next");
    }
    List<String> operators = new ArrayList<>();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String field = names.next();
      if (field.equals("And") || field.equals("Or") || field.equals("Not")
          || ComparisonOperator.fromField(field) != null) {
        operators.add(field);
      } else if (!field.equals("Variable") && !field.equals("Comment") && !(topLevel && (field.equals("Next")
          || field.equals("Assign")))) {
        error("SCHEMA_VALIDATION_FAILED", "The field '" + field + "' is not supported by Step Functions",
            pointer);
      }
    }
    if (operators.size() != 1) {
      error("SCHEMA_VALIDATION_FAILED", operators.isEmpty()
          ? "A choice rule must have exactly one comparison operator or And, Or, Not"
          : "A choice rule may have only one comparison operator, but has " + operators, pointer);
      return null;
    }
    String op = operators.get(0);
    JsonNode operand = node.get(op);
    String opPointer = pointer + "/" + op;
    if (op.equals("And") || op.equals("Or")) {
      if (node.has("Variable")) {
        error("SCHEMA_VALIDATION_FAILED", "The field 'Variable' is not supported with " + op, pointer);
      }
      if (!operand.isArray() || operand.isEmpty()) {
        error("SCHEMA_VALIDATION_FAILED", "The field '" + op + "' must be a non-empty array", opPointer);
        return null;
      }
      List<ChoiceRule> rules = new ArrayList<>();
      for (int i = 0; i < operand.size(); i++) {
        ChoiceRule rule = parseRule(operand.get(i), opPointer + "/" + i, false);
        if (rule != null) {
          rules.add(rule);
        }
      }
      return op.equals("And") ? new ChoiceRule.And(List.copyOf(rules)) : new ChoiceRule.Or(List.copyOf(rules));
    }
    if (op.equals("Not")) {
      ChoiceRule inner = parseRule(operand, opPointer, false);
      return inner == null ? null : new ChoiceRule.Not(inner);
    }
    ComparisonOperator operator = ComparisonOperator.fromField(op);
    String variableText = requiredString(node, "Variable", pointer);
    if (variableText == null) {
      return null;
    }
    ReferencePath variable = referencePath(variableText, "Variable", pointer + "/Variable");
    if (operator.isPath()) {
      if (!operand.isTextual()) {
        error("SCHEMA_VALIDATION_FAILED", "Expected value of type: String", opPointer);
        return null;
      }
      ReferencePath valuePath = referencePath(operand.asText(), op, opPointer);
      return new ChoiceRule.Comparison(variable, operator, null, valuePath);
    }
    if (!operandTypeFits(operator, operand)) {
      error("SCHEMA_VALIDATION_FAILED", "The value of the field '" + op + "' has the wrong type: expected "
          + expectedOperandType(operator), opPointer);
      return null;
    }
    return new ChoiceRule.Comparison(variable, operator, operand, null);
  }

  private static boolean operandTypeFits(ComparisonOperator operator, JsonNode operand) {
    String base = operator.baseName();
    if (operator.isTypeTest() || base.equals("BooleanEquals")) {
      return operand.isBoolean();
    }
    if (base.startsWith("Numeric")) {
      return operand.isNumber();
    }
    if (base.startsWith("Timestamp")) {
      return operand.isTextual() && Timestamps.parse(operand.asText()) != null;
    }
    return operand.isTextual();
  }

  private static String expectedOperandType(ComparisonOperator operator) {
    String base = operator.baseName();
    if (operator.isTypeTest() || base.equals("BooleanEquals")) {
      return "Boolean";
    }
    if (base.startsWith("Numeric")) {
      return "Number";
    }
    if (base.startsWith("Timestamp")) {
      return "an ISO-8601 timestamp String";
    }
    return "String";
  }

  // ---------------------------------------------------------------- error handling

  private ErrorHandling errorHandling(JsonNode node, String pointer, QueryLanguage language) {
    List<Retrier> retry = new ArrayList<>();
    JsonNode retryNode = node.get("Retry");
    if (retryNode != null) {
      if (!retryNode.isArray()) {
        error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Array", pointer + "/Retry");
      } else {
        for (int i = 0; i < retryNode.size(); i++) {
          Retrier retrier = retrier(retryNode.get(i), pointer + "/Retry/" + i);
          if (retrier != null) {
            retry.add(retrier);
          }
        }
      }
    }
    List<Catcher> catchers = new ArrayList<>();
    JsonNode catchNode = node.get("Catch");
    if (catchNode != null) {
      if (!catchNode.isArray()) {
        error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Array", pointer + "/Catch");
      } else {
        for (int i = 0; i < catchNode.size(); i++) {
          Catcher catcher = catcher(catchNode.get(i), pointer + "/Catch/" + i, language);
          if (catcher != null) {
            catchers.add(catcher);
          }
        }
      }
    }
    if (retry.isEmpty() && catchers.isEmpty()) {
      return ErrorHandling.NONE;
    }
    return new ErrorHandling(List.copyOf(retry), List.copyOf(catchers));
  }

  private Retrier retrier(JsonNode node, String pointer) {
    if (!node.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer);
      return null;
    }
    checkAllowed(node, Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds",
        "JitterStrategy", "Comment"), pointer);
    List<String> errors = errorEquals(node, pointer);
    int interval = 1;
    JsonNode intervalNode = node.get("IntervalSeconds");
    if (intervalNode != null) {
      Integer v = positiveInt(intervalNode, "IntervalSeconds", pointer + "/IntervalSeconds", 1, 99_999_999);
      interval = v == null ? 1 : v;
    }
    int maxAttempts = 3;
    JsonNode attemptsNode = node.get("MaxAttempts");
    if (attemptsNode != null) {
      Integer v = positiveInt(attemptsNode, "MaxAttempts", pointer + "/MaxAttempts", 0, 99_999_999);
      maxAttempts = v == null ? 3 : v;
    }
    double backoff = 2.0;
    JsonNode backoffNode = node.get("BackoffRate");
    if (backoffNode != null) {
      if (!backoffNode.isNumber() || backoffNode.asDouble() < 1.0) {
        error("SCHEMA_VALIDATION_FAILED", "The value of the field 'BackoffRate' must be a number greater than or equal to 1.0",
            pointer + "/BackoffRate");
      } else {
        backoff = backoffNode.asDouble();
      }
    }
    Integer maxDelay = null;
    JsonNode maxDelayNode = node.get("MaxDelaySeconds");
    if (maxDelayNode != null) {
      maxDelay = positiveInt(maxDelayNode, "MaxDelaySeconds", pointer + "/MaxDelaySeconds", 1, 31_622_400);
    }
    JitterStrategy jitter = JitterStrategy.NONE;
    String jitterText = optionalString(node, "JitterStrategy", pointer);
    if (jitterText != null) {
      try {
        jitter = JitterStrategy.valueOf(jitterText);
      } catch (IllegalArgumentException e) {
        error("SCHEMA_VALIDATION_FAILED", "The field 'JitterStrategy' should have one of these values: [FULL, NONE]",
            pointer + "/JitterStrategy");
      }
    }
    String comment = optionalString(node, "Comment", pointer);
    return new Retrier(errors, interval, maxAttempts, backoff, maxDelay, jitter, comment);
  }

  private Catcher catcher(JsonNode node, String pointer, QueryLanguage language) {
    if (!node.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer);
      return null;
    }
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    checkAllowed(node, jsonPath
        ? Set.of("ErrorEquals", "Next", "ResultPath", "Comment", "Assign")
        : Set.of("ErrorEquals", "Next", "Output", "Comment", "Assign"), pointer);
    List<String> errors = errorEquals(node, pointer);
    String next = requiredString(node, "Next", pointer);
    ResultPathSpec resultPath = jsonPath ? resultPath(node, "ResultPath", pointer) : null;
    Template output = jsonPath ? null : jsonataTemplate(node, "Output", pointer);
    Template assign = assign(node, pointer, language);
    return new Catcher(errors, next, resultPath, output, assign, optionalString(node, "Comment", pointer));
  }

  private List<String> errorEquals(JsonNode node, String pointer) {
    JsonNode errors = node.get("ErrorEquals");
    if (errors == null) {
      error("SCHEMA_VALIDATION_FAILED", "These fields are required: [ErrorEquals]", pointer);
      return List.of();
    }
    if (!errors.isArray() || errors.isEmpty()) {
      error("SCHEMA_VALIDATION_FAILED", "The field 'ErrorEquals' must be a non-empty array of strings",
          pointer + "/ErrorEquals");
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < errors.size(); i++) {
      if (!errors.get(i).isTextual()) {
        error("SCHEMA_VALIDATION_FAILED", "Expected value of type: String", pointer + "/ErrorEquals/" + i);
      } else {
        names.add(errors.get(i).asText());
      }
    }
    return List.copyOf(names);
  }

  // ---------------------------------------------------------------- field helpers

  private Template assign(JsonNode node, String pointer, QueryLanguage language) {
    JsonNode assign = node.get("Assign");
    if (assign == null) {
      return null;
    }
    if (!assign.isObject()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Object", pointer + "/Assign");
      return null;
    }
    Iterator<String> names = assign.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      String variable = language == QueryLanguage.JSONPATH && key.endsWith(".$")
          ? key.substring(0, key.length() - 2) : key;
      if (!dev.sfntest.expr.Variables.isValidName(variable)) {
        error("SCHEMA_VALIDATION_FAILED", "The variable name '" + variable + "' is not valid",
            pointer + "/Assign/" + escape(key));
      }
    }
    if (language == QueryLanguage.JSONPATH) {
      return payloadTemplate(node, "Assign", pointer);
    }
    return jsonataTemplate(node, "Assign", pointer);
  }

  private PayloadTemplate payloadTemplate(JsonNode node, String field, String pointer) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    try {
      return PayloadTemplate.compile(value);
    } catch (InvalidPathException e) {
      error("SCHEMA_VALIDATION_FAILED", e.getMessage(), pointer + "/" + field);
      return null;
    }
  }

  private Template jsonataTemplate(JsonNode node, String field, String pointer) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    try {
      return JsonataTemplate.compile(value, field);
    } catch (InvalidJsonataException e) {
      // AWS names the expression itself: INVALID_JSONATA_EXPRESSION: <parser message> at /States/S/Output/v
      error(e.code(), e.getMessage(), pointer + "/" + e.pointer());
      return null;
    } catch (InvalidPathException e) {
      error("SCHEMA_VALIDATION_FAILED", e.getMessage(), pointer + "/" + field);
      return null;
    }
  }

  private IoPath ioPath(JsonNode node, String field, String pointer) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (value.isNull()) {
      return IoPath.NULL;
    }
    if (!value.isTextual()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: String", pointer + "/" + field);
      return null;
    }
    ReferencePath path = referencePath(value.asText(), field, pointer + "/" + field);
    return path == null ? null : new IoPath(path);
  }

  private ResultPathSpec resultPath(JsonNode node, String field, String pointer) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (value.isNull()) {
      return ResultPathSpec.DISCARD;
    }
    if (!value.isTextual()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: String", pointer + "/" + field);
      return null;
    }
    try {
      return new ResultPathSpec(ResultPath.compile(value.asText()));
    } catch (InvalidPathException e) {
      error("SCHEMA_VALIDATION_FAILED", "The value for the field '" + field + "' must be a valid ReferencePath",
          pointer + "/" + field);
      return null;
    }
  }

  private ReferencePath referencePath(String text, String field, String pointer) {
    try {
      return ReferencePath.compile(text);
    } catch (InvalidPathException e) {
      error("SCHEMA_VALIDATION_FAILED", "The value for the field '" + field + "' must be a valid JSONPath",
          pointer);
      return null;
    }
  }

  /**
   * Reads a field that may be a constant or its {@code *Path} variant (JSONPath), or a constant
   * or a JSONata expression (JSONata). Reports both variants being present.
   */
  private ValueSource valueSource(JsonNode node, String field, String pathField, String pointer,
      QueryLanguage language, boolean numeric) {
    JsonNode constant = node.get(field);
    JsonNode path = pathField == null ? null : node.get(pathField);
    if (constant != null && path != null) {
      error("SCHEMA_VALIDATION_FAILED", "These fields cannot be used together: [" + field + ", " + pathField + "]",
          pointer);
      return null;
    }
    if (constant != null) {
      if (constant.isTextual() && JsonataTemplate.isExpression(constant.asText())) {
        if (language != QueryLanguage.JSONATA) {
          error("SCHEMA_VALIDATION_FAILED", "JSONata expressions are only supported in JSONata states: " + field,
              pointer + "/" + field);
          return null;
        }
        Template template = jsonataTemplate(node, field, pointer);
        return template == null ? null : ValueSource.expression(field, template);
      }
      if (numeric && !constant.isNumber()) {
        error("SCHEMA_VALIDATION_FAILED", "Expected value of type: Integer", pointer + "/" + field);
        return null;
      }
      if (!numeric && !constant.isTextual()) {
        error("SCHEMA_VALIDATION_FAILED", "Expected value of type: String", pointer + "/" + field);
        return null;
      }
      return ValueSource.constant(field, constant);
    }
    if (path != null) {
      if (!path.isTextual()) {
        error("SCHEMA_VALIDATION_FAILED", "Expected value of type: String", pointer + "/" + pathField);
        return null;
      }
      if (pathField.equals("ErrorPath") || pathField.equals("CausePath")) {
        // Fail may compute its error with an intrinsic function as well as read it from a path.
        String text = path.asText().strip();
        if (dev.sfntest.expr.Intrinsics.isIntrinsic(text)) {
          try {
            var call = dev.sfntest.expr.Intrinsics.parse(text);
            return ValueSource.expression(pathField, new Template() {
              @Override
              public JsonNode source() {
                return path;
              }

              @Override
              public JsonNode evaluate(dev.sfntest.expr.EvalContext ctx) {
                return call.evaluate(ctx);
              }
            });
          } catch (InvalidPathException e) {
            error("SCHEMA_VALIDATION_FAILED", "The value for the field '" + pathField
                + "' must be a valid JSONPath or intrinsic function: " + e.getMessage(), pointer + "/" + pathField);
            return null;
          }
        }
      }
      ReferencePath ref = referencePath(path.asText(), pathField, pointer + "/" + pathField);
      return ref == null ? null : ValueSource.path(pathField, ref);
    }
    return null;
  }

  private void checkPositiveConstant(ValueSource source, String pointer, long max) {
    if (source == null || source.constant() == null) {
      return;
    }
    JsonNode v = source.constant();
    if (!v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > max) {
      error("SCHEMA_VALIDATION_FAILED", "The value of the field '" + source.field()
          + "' must be a positive integer", pointer + "/" + source.field());
    }
  }

  private Integer positiveInt(JsonNode node, String field, String pointer, int min, int max) {
    if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
      error("SCHEMA_VALIDATION_FAILED", "The value of the field '" + field + "' must be an integer between "
          + min + " and " + max, pointer);
      return null;
    }
    return node.asInt();
  }

  private String requiredString(JsonNode node, String field, String pointer) {
    JsonNode value = node.get(field);
    if (value == null) {
      error("SCHEMA_VALIDATION_FAILED", "These fields are required: [" + field + "]", pointer);
      return null;
    }
    if (!value.isTextual()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: String", pointer + "/" + field);
      return null;
    }
    return value.asText();
  }

  private String optionalString(JsonNode node, String field, String pointer) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      error("SCHEMA_VALIDATION_FAILED", "Expected value of type: String", pointer + "/" + field);
      return null;
    }
    return value.asText();
  }

  private void checkAllowed(JsonNode node, Set<String> allowed, String pointer) {
    checkAllowed(node, allowed, pointer, Set.of(), null);
  }

  /**
   * Reports fields the state type does not have; a field that belongs to the other query language
   * gets AWS's language-specific message.
   */
  private void checkAllowed(JsonNode node, Set<String> allowed, String pointer, Set<String> otherLanguage,
      QueryLanguage language) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String field = names.next();
      if (allowed.contains(field)) {
        continue;
      }
      if (language != null && otherLanguage.contains(field)) {
        error("SCHEMA_VALIDATION_FAILED", "The field '" + field + "' is not supported for the "
            + language.aslName() + " query language", pointer + "/" + escape(field));
      } else {
        error("SCHEMA_VALIDATION_FAILED", "The field '" + field + "' is not supported by Step Functions", pointer);
      }
    }
  }

  private void error(String code, String message, String location) {
    diagnostics.add(Diagnostic.error(code, message, location));
  }

  /** JSON-pointer escaping of one reference token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
