package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.asl.ItemBatcher;
import dev.sfntest.internal.asl.ItemReader;
import dev.sfntest.internal.asl.MapState;
import dev.sfntest.internal.asl.StateMachineDefinition;
import dev.sfntest.internal.asl.ValueSource;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;
import java.util.ArrayList;
import java.util.List;

/**
 * One attempt of a distributed Map: reads the items (ItemReader or the input), selects and
 * batches them, runs each batch or item as a child execution of its own (listed with the map
 * run), within MaxConcurrency and the tolerated failures, and writes or returns the results.
 *
 * <p>History, as AWS records it in the parent: {@code MapStateStarted} (length 0 when an
 * ItemReader reads the items), {@code MapRunStarted}, then {@code MapRunSucceeded} and {@code
 * MapStateSucceeded}, or {@code MapRunFailed} and {@code MapStateFailed}. The children's events
 * are in their own histories.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html">Distributed Map</a>
 */
final class DistributedMap {

  private final MapVisit visit;
  private final MapState state;
  private final JsonNode effective;
  private final ExecutionRun parent;
  private MapRun mapRun;
  private long runStartedId;
  private List<JsonNode> inputs;
  private List<Integer> itemsPerInput;
  private ExecutionRun[] children;
  private int next;
  private int running;
  private int done;
  private int failed;
  private boolean over;
  /** What {@code MapStateStarted} reported: the items' count, or 0 when an ItemReader reads them. */
  private int startedLength;
  /** In the parent's redrive, the attempt whose map run this one redrives; else {@code null}. */
  private final DistributedMap earlier;

  /**
   * @param earlier in the parent's redrive, this Map's attempt in the run that ended unsuccessfully
   *     (its map run is redriven when it had started its children); else {@code null}
   */
  DistributedMap(MapVisit visit, JsonNode effective, DistributedMap earlier) {
    this.visit = visit;
    this.state = visit.state();
    this.effective = effective;
    this.parent = visit.frame.run();
    this.earlier = earlier;
  }

  void start() {
    if (canRedrive()) {
      redrive();
      return;
    }
    JsonNode items = state.itemReader() == null ? visit.items(effective) : null;
    int maxConcurrency = visit.maxConcurrency(effective);
    startedLength = items == null ? 0 : items.size();
    visit.frame.emit(EventType.MapStateStarted, EventDetails.of("length", startedLength));
    // AWS checks these after MapStateStarted (recorded): their errors follow it.
    Long toleratedCount = toleratedCount();
    Double toleratedPercentage = toleratedPercentage();
    Long maxItems = maxItems();
    JsonNode readerParameters = readerParameters();
    String label = state.label() != null ? state.label() : parent.ids().uuid().substring(0, 8);
    String machineName = parent.spec().stateMachineName() + "/" + label;
    String arn = arnPrefix("mapRun") + machineName + ":" + parent.ids().uuid();
    mapRun = new MapRun(arn, parent.arn(), state.name(), label, arnPrefix("stateMachine") + machineName, visit.now(),
        maxConcurrency, toleratedPercentage, toleratedCount);
    mapRun.onLimitsChanged(this::limitsChanged);
    runStartedId = visit.frame.emit(EventType.MapRunStarted, EventDetails.of("mapRunArn", arn));
    parent.engine().observer().mapRunStarted(mapRun);
    if (maxItems != null && maxItems < 0) {
      fail(ErrorNames.ITEM_READER_FAILED, "field MaxItems must be positive");
      return;
    }
    if (items == null) {
      try {
        items = parent.engine().itemSource().read(state.itemReader().resource(), readerParameters,
            state.itemReader().readerConfig());
      } catch (ItemSource.ItemReaderException e) {
        fail(ErrorNames.ITEM_READER_FAILED, e.getMessage());
        return;
      }
      if (!items.isArray()) {
        fail(ErrorNames.ITEM_READER_FAILED, "Attempting to map over non-iterable node.");
        return;
      }
    }
    if (maxItems != null && maxItems > 0 && items.size() > maxItems) {
      ArrayNode limited = Json.array();
      for (int i = 0; i < maxItems; i++) {
        limited.add(items.get(i));
      }
      items = limited;
    }
    List<JsonNode> selected = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      selected.add(visit.select(effective, items, i));
    }
    batch(selected);
    StateProbe probe = parent.probe();
    if (probe != null) {
      // TestState starts no child executions: the mock stands in for them.
      probe.mapIterations(visit, items, state.itemReader() != null, selected,
          state.itemBatcher() == null ? null : inputs, maxConcurrency,
          toleratedCount, toleratedPercentage);
      return;
    }
    mapRun.itemsRead(selected.size());
    children = new ExecutionRun[inputs.size()];
    if (inputs.isEmpty()) {
      succeed();
      return;
    }
    launch();
  }

  // ------------------------------------------------------------------ redrive

  /**
   * Whether the parent's redrive redrives the earlier map run: it had read its items and started
   * children, and none of them still runs. Otherwise (it failed before, reading its items say)
   * the redriven Map starts a new map run, as AWS starts one that never started.
   */
  private boolean canRedrive() {
    if (earlier == null || earlier.children == null || earlier.parent.probe() != null) {
      return false;
    }
    for (ExecutionRun child : earlier.children) {
      if (child != null && child.isRunning()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Redrives the earlier map run (documented: "The parent workflow redrives all the unsuccessful
   * states, including a failed Map Run"): the same map run, one more redrive, {@code MapRunRedriven}
   * where {@code MapRunStarted} was; children that succeeded keep their results, the others run
   * again as {@link #startChild} says, and those never started start.
   */
  private void redrive() {
    mapRun = earlier.mapRun;
    inputs = earlier.inputs;
    itemsPerInput = earlier.itemsPerInput;
    startedLength = earlier.startedLength;
    children = earlier.children.clone();
    visit.frame.emit(EventType.MapStateStarted, EventDetails.of("length", startedLength));
    mapRun.redriven(visit.now());
    mapRun.onLimitsChanged(this::limitsChanged);
    runStartedId = visit.frame.emit(EventType.MapRunRedriven,
        EventDetails.of("mapRunArn", mapRun.arn(), "redriveCount", mapRun.redriveCount()));
    for (ExecutionRun child : children) {
      if (succeeded(child)) {
        done++;
      }
    }
    if (done == inputs.size()) {
      succeed();
      return;
    }
    launch();
  }

  private static boolean succeeded(ExecutionRun child) {
    return child != null && child.status() == RunStatus.SUCCEEDED;
  }

  // ------------------------------------------------------------------ settings

  private Long toleratedCount() {
    ValueSource source = state.toleratedFailureCount();
    if (source == null) {
      return null;
    }
    JsonNode value = MapVisit.numberInText(source, visit.valueOf(source, effective), false);
    if (!value.isIntegralNumber()) {
      throw notValid(source, value, "integer");
    }
    if (value.bigIntegerValue().signum() < 0) {
      throw visit.runtime("ToleratedFailureCount cannot be negative.");
    }
    // More failures than a long counts are more than a map run can have: no limit.
    return value.canConvertToLong() ? value.asLong() : Long.MAX_VALUE;
  }

  private Double toleratedPercentage() {
    ValueSource source = state.toleratedFailurePercentage();
    if (source == null) {
      return null;
    }
    JsonNode value = MapVisit.numberInText(source, visit.valueOf(source, effective), true);
    if (!value.isNumber()) {
      throw notValid(source, value, "float");
    }
    double percentage = value.asDouble();
    if (percentage < 0 || percentage > 100) {
      throw visit.runtime("ToleratedFailurePercentage must be between 0 and 100.");
    }
    return percentage;
  }

  private Long maxItems() {
    ItemReader reader = state.itemReader();
    if (reader == null || reader.maxItems() == null) {
      return null;
    }
    JsonNode value = visit.valueOf(reader.maxItems(), effective);
    if (!value.isIntegralNumber()) {
      throw notValid(reader.maxItems(), value, "integer");
    }
    if (value.bigIntegerValue().signum() < 0) {
      // Recorded as the map run's failure, not a runtime error.
      return -1L;
    }
    // More items than a long counts: every item there is.
    return value.canConvertToLong() ? value.asLong() : Long.MAX_VALUE;
  }

  private dev.sfntest.internal.expr.EvaluationException notValid(ValueSource source, JsonNode value, String kind) {
    String shown = value.isTextual() ? value.asText() : Json.write(value);
    String where = MapVisit.where(source);
    return visit.runtime("The " + source.field() + " field refers to value \"" + shown + "\" which is not a valid "
        + kind + ": " + where);
  }

  private JsonNode readerParameters() {
    ItemReader reader = state.itemReader();
    if (reader == null || reader.parameters() == null) {
      return Json.object();
    }
    return visit.isJsonata()
        ? new JsonataFlow(visit).evaluate(reader.parameters(), "ItemReader", visit.rawInput, null)
        : reader.parameters().evaluate(visit.context(effective));
  }

  /** Groups the selected items into the children's inputs: one item each, or ItemBatcher's batches. */
  private void batch(List<JsonNode> selected) {
    inputs = new ArrayList<>();
    itemsPerInput = new ArrayList<>();
    ItemBatcher batcher = state.itemBatcher();
    if (batcher == null) {
      for (JsonNode item : selected) {
        inputs.add(item);
        itemsPerInput.add(1);
      }
      return;
    }
    long maxPerBatch = batcher.maxItemsPerBatch() == null ? Long.MAX_VALUE
        : asPositiveLong(batcher.maxItemsPerBatch(), visit.valueOf(batcher.maxItemsPerBatch(), effective));
    long maxBytes = batcher.maxInputBytesPerBatch() == null ? 256 * 1024
        : asPositiveLong(batcher.maxInputBytesPerBatch(), visit.valueOf(batcher.maxInputBytesPerBatch(), effective));
    JsonNode batchInput = batcher.batchInput() == null ? null
        : visit.isJsonata() ? new JsonataFlow(visit).evaluate(batcher.batchInput(), "BatchInput", visit.rawInput, null)
        : batcher.batchInput().evaluate(visit.context(effective));
    ArrayNode current = Json.array();
    long bytes = 0;
    for (JsonNode item : selected) {
      long size = Json.utf8Size(item);
      if (!current.isEmpty() && (current.size() >= maxPerBatch || bytes + size > maxBytes)) {
        addBatch(current, batchInput);
        current = Json.array();
        bytes = 0;
      }
      current.add(item);
      bytes += size;
    }
    if (!current.isEmpty()) {
      addBatch(current, batchInput);
    }
  }

  private long asPositiveLong(ValueSource source, JsonNode value) {
    if (!value.isNumber() && !(value.isTextual() && value.asText().matches("\\d+"))) {
      throw notValid(source, value, "integer");
    }
    java.math.BigInteger n = value.isNumber() ? value.decimalValue().toBigInteger()
        : new java.math.BigInteger(value.asText());
    // 0 or less: no limit; past a long, no limit either (no batch can be that large)
    return n.signum() <= 0 || n.bitLength() > 63 ? Long.MAX_VALUE : n.longValue();
  }

  private void addBatch(ArrayNode items, JsonNode batchInput) {
    ObjectNode batch = Json.object();
    if (batchInput != null) {
      batch.set("BatchInput", batchInput);
    }
    batch.set("Items", items);
    inputs.add(batch);
    itemsPerInput.add(items.size());
  }

  // ------------------------------------------------------------------ children

  /** Starts children in item order while MaxConcurrency allows (0: no limit). */
  private void launch() {
    while (!over && next < inputs.size() && (mapRun.maxConcurrency() == 0 || running < mapRun.maxConcurrency())) {
      int index = next++;
      if (succeeded(children[index])) {
        continue; // before a redrive
      }
      running++;
      startChild(index);
    }
  }

  /**
   * Starts the child for an input. In a redrive, one that ended unsuccessfully is redriven when it
   * is STANDARD (the same execution continues where it ended), and replaced by a new execution
   * when it is EXPRESS (AWS restarts those with StartExecution).
   */
  private void startChild(int index) {
    ExecutionRun before = children[index];
    if (before != null) {
      boolean standard = !before.spec().express();
      mapRun.childRedriven(before.status(), itemsPerInput.get(index), standard);
      if (standard) {
        parent.engine().observer().childExecutionRedriven(before);
        before.redriveChild(ended -> childEnded(index, ended));
        return;
      }
    }
    String name = parent.ids().uuid();
    String machineName = parent.spec().stateMachineName() + "/" + mapRun.label();
    boolean express = "EXPRESS".equals(state.processor().executionType());
    String childArn = express
        ? arnPrefix("express") + machineName + ":" + name + ":" + parent.ids().uuid()
        : arnPrefix("execution") + machineName + ":" + name;
    StateMachineDefinition definition = new StateMachineDefinition(null, null, null, state.queryLanguage(), null,
        state.processor().graph());
    JsonNode input = inputs.get(index);
    ExecutionSpec spec = new ExecutionSpec(childArn, name, mapRun.stateMachineArn(), machineName,
        definition, input, Json.write(input), parent.spec().roleArn(), express, false, null, null, parent.spec().testCase(),
        parent);
    children[index] = parent.engine().startChild(mapRun, itemsPerInput.get(index), spec,
        ended -> childEnded(index, ended));
    mapRun.childStarted(children[index], itemsPerInput.get(index));
  }

  private String arnPrefix(String resourceType) {
    String[] parts = parent.arn().split(":");
    return "arn:" + parts[1] + ":states:" + parts[3] + ":" + parts[4] + ":" + resourceType + ":";
  }

  private void childEnded(int index, ExecutionRun child) {
    // Counted also once the run is over: the children it stops then are its aborted ones.
    mapRun.childEnded(child.status(), itemsPerInput.get(index));
    if (over) {
      return;
    }
    running--;
    done++;
    if (child.status() != RunStatus.SUCCEEDED) {
      failed += itemsPerInput.get(index);
      if (exceedsTolerance()) {
        failOverTolerance();
        return;
      }
    }
    if (done == inputs.size()) {
      succeed();
    } else {
      // A child that ends frees a slot; the scheduler runs the next one after this turn.
      parent.scheduler().submit(this::launch);
    }
  }

  private boolean exceedsTolerance() {
    if (!mapRun.limitsCount() && !mapRun.limitsPercentage()) {
      return failed > 0;
    }
    boolean overCount = mapRun.limitsCount() && failed > mapRun.toleratedFailureCount();
    boolean overPercentage = mapRun.limitsPercentage()
        && failed * 100.0 / Math.max(1, mapRun.itemCounts().total()) > mapRun.toleratedFailurePercentage();
    return overCount || overPercentage;
  }

  private void failOverTolerance() {
    // Over before stopping the others, so that their ends count as aborted, not as more failures.
    over = true;
    stopChildren();
    fail(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD, "The specified tolerated failure threshold was exceeded");
  }

  /** UpdateMapRun changed the limits: they apply from now on (see {@link MapRun#update}). */
  private void limitsChanged() {
    if (over || children == null) {
      return;
    }
    if (failed > 0 && exceedsTolerance()) {
      failOverTolerance();
      return;
    }
    launch();
  }

  private void stopChildren() {
    for (ExecutionRun child : children) {
      if (child != null && child.isRunning()) {
        child.stop(null, null);
      }
    }
  }

  // ------------------------------------------------------------------ endings

  private void fail(String error, String cause) {
    over = true;
    mapRun.end("FAILED", visit.now());
    visit.frame.setAnchor(runStartedId);
    visit.frame.emit(EventType.MapRunFailed, EventDetails.of("error", error, "cause", cause));
    visit.childFailed(Failure.of(error, cause));
  }

  private void succeed() {
    over = true;
    JsonNode output;
    try {
      output = output();
    } catch (ResultSink.ResultWriterException e) {
      fail(ErrorNames.RESULT_WRITER_FAILED, e.getMessage());
      return;
    }
    mapRun.end("SUCCEEDED", visit.now());
    long runSucceeded = visit.frame.run().append(EventType.MapRunSucceeded, runStartedId, EventDetails.EMPTY);
    visit.frame.run().append(EventType.MapStateSucceeded, runSucceeded, EventDetails.EMPTY);
    // Recorded: MapStateExited follows MapRunSucceeded when the Map state is the state machine's
    // StartAt state, on every entry (a loop back to it included), and MapRunStarted otherwise.
    boolean startAt = visit.frame.graph() == visit.frame.run().spec().definition().graph()
        && visit.frame.graph().startAt().equals(state.name());
    visit.frame.setAnchor(startAt ? runSucceeded : runStartedId);
    visit.finishWith(output);
  }

  /** The Map's result: the children's outputs, or where the ResultWriter put them. */
  private JsonNode output() {
    List<JsonNode> described = new ArrayList<>();
    for (ExecutionRun child : children) {
      described.add(describe(child));
    }
    var writer = state.resultWriter();
    String transformation = writer == null ? "COMPACT" : "NONE";
    String outputType = "JSON";
    if (writer != null && writer.writerConfig() != null) {
      transformation = writer.writerConfig().path("Transformation").asText(transformation);
      outputType = writer.writerConfig().path("OutputType").asText(outputType);
    }
    ArrayNode results = Json.array();
    for (int i = 0; i < children.length; i++) {
      ExecutionRun child = children[i];
      if (child.status() != RunStatus.SUCCEEDED || transformation.equals("NONE")) {
        // A child that did not succeed is always reported in full.
        results.add(described.get(i));
      } else if (transformation.equals("FLATTEN") && child.output().isArray()) {
        child.output().forEach(results::add);
      } else {
        results.add(child.output());
      }
    }
    if (writer == null || writer.resource() == null) {
      return results;
    }
    JsonNode parameters = writer.parameters() == null ? Json.object()
        : visit.isJsonata() ? new JsonataFlow(visit).evaluate(writer.parameters(), "ResultWriter", visit.rawInput, null)
        : writer.parameters().evaluate(visit.context(effective));
    List<JsonNode> written = new ArrayList<>();
    results.forEach(written::add);
    JsonNode details = parent.engine().resultSink().write(writer.resource(), withOutputType(parameters, outputType),
        mapRun.arn(), written);
    // Every child's result is written, also those that failed: all of its items count.
    mapRun.resultsWritten(children.length, itemsPerInput.stream().mapToInt(Integer::intValue).sum());
    ObjectNode output = Json.object();
    output.put("MapRunArn", mapRun.arn());
    output.set("ResultWriterDetails", details);
    return output;
  }

  private static JsonNode withOutputType(JsonNode parameters, String outputType) {
    ObjectNode copy = parameters.isObject() ? ((ObjectNode) parameters).deepCopy() : Json.object();
    copy.put("OutputType", outputType);
    return copy;
  }

  /** A child as the map run reports it in full ({@code Transformation: NONE}). */
  static ObjectNode describe(ExecutionRun child) {
    ObjectNode out = Json.object();
    out.put("ExecutionArn", child.arn());
    out.put("Input", child.spec().inputText());
    out.putObject("InputDetails").put("Included", true);
    out.put("Name", child.spec().name());
    if (child.status() == RunStatus.SUCCEEDED) {
      out.put("Output", Json.write(child.output()));
      out.putObject("OutputDetails").put("Included", true);
    } else {
      if (child.error() != null) {
        out.put("Error", child.error());
      }
      if (child.cause() != null) {
        out.put("Cause", child.cause());
      }
    }
    out.put("RedriveCount", child.redriveCount());
    out.put("StartDate", ContextObject.format(child.startDate()));
    out.put("StateMachineArn", child.spec().stateMachineArn());
    out.put("Status", child.status().name());
    if (child.stopDate() != null) {
      out.put("StopDate", ContextObject.format(child.stopDate()));
    }
    return out;
  }

  /** The parent stops: so do its children. */
  void cancel() {
    over = true;
    if (children != null) {
      stopChildren();
    }
    if (mapRun != null && "RUNNING".equals(mapRun.status())) {
      mapRun.end("ABORTED", visit.now());
    }
  }
}
