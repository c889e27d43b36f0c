package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.ReferencePath;
import dev.sfntest.internal.expr.Template;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Map state, inline or distributed: the item processor and its {@code ProcessorConfig},
 * the items ({@code ItemsPath} / {@code Items}, {@code ItemReader}), {@code ItemSelector}, {@code
 * ItemBatcher}, {@code ResultWriter}, concurrency and tolerated failures, {@code Label}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html">Map state</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html">Distributed Map</a>
 */
final class MapReader {

  private static final Set<String> PROCESSOR_FIELDS = Set.of("StartAt", "States", "Comment", "ProcessorConfig");

  /**
   * Observed: {@code Minimum value is 0}. AWS's API has MaxConcurrency as a 32-bit integer
   * (DescribeMapRun, UpdateMapRun, TestState's inspection data): a constant past it is refused
   * the way AWS refuses other values past their bound, not accepted to fail every execution.
   */
  private static final Fields.Range MAX_CONCURRENCY = Fields.Range.between("0", String.valueOf(Integer.MAX_VALUE));
  /** Observed: {@code Minimum value is 0}; the API's ToleratedFailureCount is a long. */
  private static final Fields.Range TOLERATED_COUNT = Fields.Range.between("0", String.valueOf(Long.MAX_VALUE));
  /** A count of items, as MaxItems is: at least 0 (0: no limit), at most a 32-bit integer. */
  private static final Fields.Range ITEMS_PER_BATCH = Fields.Range.between("0", String.valueOf(Integer.MAX_VALUE));
  /** Observed: {@code Minimum value is 0.0}, {@code Maximum value is 100.0}. */
  private static final Fields.Range PERCENTAGE = Fields.Range.between("0.0", "100.0");
  /** Observed: {@code Maximum value is 100000000}. */
  private static final Fields.Range READER_MAX_ITEMS = Fields.Range.between("0", "100000000");
  /** The documented limit of a batch: 256 KiB. */
  private static final Fields.Range BATCH_BYTES = Fields.Range.between("0", "262144");

  private static final Pattern ITEM_READER_RESOURCE = Pattern.compile("arn:[^:]+:states:::s3:(getObject|listObjectsV2)");
  private static final Pattern RESULT_WRITER_RESOURCE = Pattern.compile("arn:[^:]+:states:::s3:putObject");

  /**
   * A Label may hold up to 40 characters, none of whitespace, brackets, wildcards, special or
   * control characters (the same set as execution names).
   */
  private static final Pattern LABEL = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]{1,40}");

  /** The enumerated ReaderConfig fields, in a fixed order so diagnostics come out the same each run. */
  private static final List<Map.Entry<String, List<String>>> READER_ENUMS = List.of(
      Map.entry("InputType", List.of("CSV", "JSON", "JSONL", "MANIFEST", "PARQUET")),
      Map.entry("CSVHeaderLocation", List.of("FIRST_ROW", "GIVEN")),
      Map.entry("CSVDelimiter", List.of("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB")),
      Map.entry("ManifestType", List.of("ATHENA_DATA", "S3_INVENTORY")),
      Map.entry("Transformation", List.of("NONE", "LOAD_AND_FLATTEN")));

  private final DefinitionReader reader;
  private final Diagnostics diagnostics;
  private final Expressions expressions;
  private final ValueFields values;
  private final ErrorHandlingReader errors;

  MapReader(DefinitionReader reader, ErrorHandlingReader errors) {
    this.reader = reader;
    this.diagnostics = reader.diagnostics;
    this.expressions = reader.expressions;
    this.values = reader.values;
    this.errors = errors;
  }

  MapState read(String name, Fields state, StateIo io, QueryLanguage language, boolean express) {
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    ItemProcessor processor = processor(state, jsonPath, express);
    ReferencePath itemsPath = null;
    Template items = null;
    if (jsonPath) {
      String text = state.string("ItemsPath");
      if (text != null) {
        itemsPath = expressions.path(text, Expressions.PathRule.PATH, state.at("ItemsPath"));
      }
    } else {
      items = items(state);
    }
    Template itemSelector = itemSelector(state, jsonPath);
    ItemReader itemReader = itemReader(state.object("ItemReader"), language);
    ItemBatcher itemBatcher = itemBatcher(state.object("ItemBatcher"), language);
    ResultWriter resultWriter = resultWriter(state.object("ResultWriter"), language);
    ValueSource maxConcurrency = number(state, "MaxConcurrency", language, ValueFields.Kind.INTEGER, MAX_CONCURRENCY);
    ValueSource toleratedCount = number(state, "ToleratedFailureCount", language, ValueFields.Kind.INTEGER,
        TOLERATED_COUNT);
    ValueSource toleratedPercentage = number(state, "ToleratedFailurePercentage", language, ValueFields.Kind.NUMBER,
        PERCENTAGE);
    String label = label(state);
    return new MapState(name, io, processor, itemsPath, items, itemSelector, itemReader, itemBatcher, resultWriter,
        maxConcurrency, toleratedCount, toleratedPercentage, label, errors.read(state, language));
  }

  /** A Map number field: a constant, its {@code ...Path} (no context object), or an expression. */
  private ValueSource number(Fields owner, String field, QueryLanguage language, ValueFields.Kind kind,
      Fields.Range range) {
    return values.read(owner, field, field + "Path", language, kind, range,
        Expressions.PathRule.REFERENCE_NO_CONTEXT, false);
  }

  // ------------------------------------------------------------------ processor

  /**
   * {@code ItemProcessor}, or its legacy spelling {@code Iterator}: exactly one (observed: {@code
   * This object should have only one of the following fields: [ItemProcessor, Iterator]}).
   */
  private ItemProcessor processor(Fields state, boolean jsonPath, boolean express) {
    String field = "ItemProcessor";
    if (jsonPath && state.exclusive("ItemProcessor", "Iterator")) {
      return emptyProcessor();
    }
    if (!state.has(field) && jsonPath && state.has("Iterator")) {
      field = "Iterator";
    }
    if (!state.has(field)) {
      diagnostics.schema(Messages.exactlyOneOf(jsonPath ? List.of("ItemProcessor", "Iterator")
          : List.of("ItemProcessor")), state.at);
      return emptyProcessor();
    }
    Fields processor = state.object(field);
    if (processor == null) {
      return emptyProcessor();
    }
    ItemProcessor.Mode mode = ItemProcessor.Mode.INLINE;
    String executionType = null;
    Fields config = processor.object("ProcessorConfig");
    if (config != null) {
      config.allowOnly(Set.of("Mode", "ExecutionType"));
      String modeText = config.oneOf("Mode", List.of("INLINE", "DISTRIBUTED"));
      if (modeText != null) {
        mode = ItemProcessor.Mode.valueOf(modeText);
      }
      executionType = config.oneOf("ExecutionType", List.of("STANDARD", "EXPRESS"));
      if (mode == ItemProcessor.Mode.DISTRIBUTED) {
        config.require("ExecutionType");
      } else if (config.has("ExecutionType")) {
        // ExecutionType chooses the type of the child workflows, which only distributed mode has.
        diagnostics.schema(Messages.notSupported("ExecutionType"), config.at);
      }
    }
    // Inline iterations run in the parent's execution; distributed ones as child workflows of
    // their own type, which an EXPRESS child restricts like an Express machine.
    boolean childExpress = mode == ItemProcessor.Mode.DISTRIBUTED ? "EXPRESS".equals(executionType) : express;
    StateGraph graph = reader.nestedGraph(processor, PROCESSOR_FIELDS, childExpress);
    return new ItemProcessor(graph, mode, executionType);
  }

  private static ItemProcessor emptyProcessor() {
    return new ItemProcessor(new StateGraph(null, Map.of(), null), ItemProcessor.Mode.INLINE, null);
  }

  // ------------------------------------------------------------------ items

  /** JSONata {@code Items}: an array, or an expression that yields one. */
  private Template items(Fields state) {
    JsonNode items = state.get("Items");
    if (items == null) {
      return null;
    }
    if (!items.isArray() && !Expressions.isExpression(items)) {
      diagnostics.schema(Messages.expectedType("Array"), state.at("Items"));
      return null;
    }
    return expressions.jsonata(items, "Items", state.at("Items"), Expressions.Scope.STATE);
  }

  /** {@code ItemSelector}, or in JSONPath its legacy spelling {@code Parameters}: not both. */
  private Template itemSelector(Fields state, boolean jsonPath) {
    if (!jsonPath) {
      return expressions.jsonata(state.get("ItemSelector"), "ItemSelector", state.at("ItemSelector"),
          Expressions.Scope.STATE);
    }
    if (state.exclusive("ItemSelector", "Parameters")) {
      return null;
    }
    String field = state.has("ItemSelector") ? "ItemSelector" : "Parameters";
    return expressions.payload(state.get(field), state.at(field));
  }

  /**
   * {@code ItemReader}: where a distributed Map reads its items (an S3 object or listing).
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html">ItemReader</a>
   */
  private ItemReader itemReader(Fields itemReader, QueryLanguage language) {
    if (itemReader == null) {
      return null;
    }
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    StateFields.check(itemReader, jsonPath ? Set.of("Resource", "Parameters", "ReaderConfig")
        : Set.of("Resource", "Arguments", "ReaderConfig"), Set.of(jsonPath ? "Arguments" : "Parameters"), language);
    itemReader.require("Resource");
    String resource = itemReader.string("Resource");
    if (resource != null && !ITEM_READER_RESOURCE.matcher(resource).matches()) {
      diagnostics.schema(Messages.RESOURCE_NOT_ALLOWED, itemReader.at("Resource"));
    }
    Template parameters = jsonPath
        ? expressions.payload(itemReader.get("Parameters"), itemReader.at("Parameters"))
        : expressions.jsonata(itemReader.get("Arguments"), "Arguments", itemReader.at("Arguments"),
            Expressions.Scope.STATE);
    Fields config = itemReader.object("ReaderConfig");
    ValueSource maxItems = null;
    if (config != null) {
      StateFields.check(config, jsonPath
          ? Set.of("InputType", "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter", "MaxItems", "MaxItemsPath",
              "ManifestType", "Transformation")
          : Set.of("InputType", "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter", "MaxItems", "ManifestType",
              "Transformation"), jsonPath ? Set.of() : Set.of("MaxItemsPath"), language);
      READER_ENUMS.forEach(field -> config.oneOf(field.getKey(), field.getValue()));
      readerCsv(config);
      maxItems = values.read(config, "MaxItems", "MaxItemsPath", language, ValueFields.Kind.INTEGER,
          READER_MAX_ITEMS, Expressions.PathRule.REFERENCE_NO_CONTEXT, false);
    }
    return new ItemReader(resource, parameters, config == null ? null : config.node, maxItems);
  }

  /** CSV needs a header location (observed), GIVEN needs the headers, and only CSV has either. */
  private void readerCsv(Fields config) {
    JsonNode inputType = config.get("InputType");
    boolean csv = inputType != null && "CSV".equals(inputType.asText());
    if (csv && !config.has("CSVHeaderLocation")) {
      diagnostics.schema(Messages.fieldRequired("CSVHeaderLocation"), config.at);
    }
    if (inputType != null && !csv) {
      for (String field : List.of("CSVHeaderLocation", "CSVHeaders", "CSVDelimiter")) {
        if (config.has(field)) {
          diagnostics.schema(Messages.notSupported(field), config.at);
        }
      }
    }
    JsonNode location = config.get("CSVHeaderLocation");
    if (location != null && "GIVEN".equals(location.asText())) {
      config.require("CSVHeaders");
    }
    JsonNode headers = config.array("CSVHeaders", false);
    if (headers != null) {
      for (int i = 0; i < headers.size(); i++) {
        if (!headers.get(i).isTextual()) {
          diagnostics.schema(Messages.EXPECTED_STRING, config.at("CSVHeaders").index(i));
        }
      }
    }
  }

  /**
   * {@code ItemBatcher}: items grouped into batches.
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itembatcher.html">ItemBatcher</a>
   */
  private ItemBatcher itemBatcher(Fields batcher, QueryLanguage language) {
    if (batcher == null) {
      return null;
    }
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    Set<String> paths = Set.of("MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath");
    StateFields.check(batcher, jsonPath
        ? Set.of("MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath",
            "BatchInput")
        : Set.of("MaxItemsPerBatch", "MaxInputBytesPerBatch", "BatchInput"), jsonPath ? Set.of() : paths, language);
    ValueSource maxItems = number(batcher, "MaxItemsPerBatch", language, ValueFields.Kind.INTEGER, ITEMS_PER_BATCH);
    ValueSource maxBytes = number(batcher, "MaxInputBytesPerBatch", language, ValueFields.Kind.INTEGER, BATCH_BYTES);
    Template batchInput = jsonPath
        ? expressions.payload(batcher.get("BatchInput"), batcher.at("BatchInput"))
        : expressions.jsonata(batcher.get("BatchInput"), "BatchInput", batcher.at("BatchInput"),
            Expressions.Scope.STATE);
    return new ItemBatcher(maxItems, maxBytes, batchInput);
  }

  /**
   * {@code ResultWriter}: where a distributed Map writes its results (an S3 prefix), and how
   * ({@code WriterConfig}); a writer has a Resource with its request, or a WriterConfig, or both.
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html">ResultWriter</a>
   */
  private ResultWriter resultWriter(Fields writer, QueryLanguage language) {
    if (writer == null) {
      return null;
    }
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    String request = jsonPath ? "Parameters" : "Arguments";
    StateFields.check(writer, Set.of("Resource", request, "WriterConfig"),
        Set.of(jsonPath ? "Arguments" : "Parameters"), language);
    if (!writer.has("Resource") && !writer.has("WriterConfig")) {
      writer.require("Resource");
    }
    String resource = writer.string("Resource");
    if (resource != null && !RESULT_WRITER_RESOURCE.matcher(resource).matches()) {
      diagnostics.schema(Messages.RESOURCE_NOT_ALLOWED, writer.at("Resource"));
    }
    if (writer.has("Resource")) {
      writer.require(request);
    }
    Template parameters = jsonPath
        ? expressions.payload(writer.get(request), writer.at(request))
        : expressions.jsonata(writer.get(request), request, writer.at(request), Expressions.Scope.STATE);
    Fields config = writer.object("WriterConfig");
    if (config != null) {
      config.allowOnly(Set.of("Transformation", "OutputType"));
      config.require("Transformation", "OutputType");
      config.oneOf("Transformation", List.of("NONE", "COMPACT", "FLATTEN"));
      config.oneOf("OutputType", List.of("JSON", "JSONL"));
    }
    return new ResultWriter(resource, parameters, config == null ? null : config.node);
  }

  // ------------------------------------------------------------------ label

  /**
   * {@code Label}: names the Map's runs, so it must be unique in the machine.
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html#map-state-distributed-additional-fields">Distributed Map fields</a>
   */
  private String label(Fields state) {
    String label = state.string("Label");
    if (label == null) {
      return null;
    }
    if (!LABEL.matcher(label).matches()) {
      diagnostics.error(Diagnostic.INVALID_LABEL_NAME, Messages.LABEL_NAME, state.at("Label"));
    } else if (!reader.labels.add(label)) {
      diagnostics.error(Diagnostic.DUPLICATE_LABEL_NAME, Messages.duplicateLabel(label), state.at("Label"));
    }
    return label;
  }
}
