package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.asl.ErrorHandling;
import dev.sfntest.internal.asl.MapState;
import dev.sfntest.internal.asl.ValueSource;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.expr.PathNotFoundException;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;
import java.util.ArrayList;
import java.util.List;

/**
 * Map (inline): runs the item processor for each item as a child frame of the same execution, at
 * most {@code MaxConcurrency} at a time (0: all at once), starting them in index order, and
 * collects the results in index order.
 *
 * <p>History links, as AWS records them: the first iterations' {@code MapIterationStarted} follow
 * {@code MapStateStarted}; an iteration started when another finished follows that one's last
 * event; {@code MapStateSucceeded} and {@code MapStateExited} both follow the last {@code
 * MapIterationSucceeded}. On a failure, {@code MapIterationFailed}, the aborts of the other
 * iterations and {@code MapStateFailed} all follow the event that failed; a retry records {@code
 * MapStateStarted} again.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html">Inline Map</a>
 */
final class MapVisit extends ContainerVisit {

  private final MapState state;
  private DistributedMap distributed;

  MapVisit(Frame frame, MapState state, JsonNode input) {
    super(frame, input);
    this.state = state;
  }

  @Override
  MapState state() {
    return state;
  }

  @Override
  ErrorHandling errorHandling() {
    return state.errorHandling();
  }

  @Override
  EventType abortEventType() {
    return EventType.MapStateAborted;
  }

  @Override
  EventType failedEventType() {
    return EventType.MapStateFailed;
  }

  @Override
  void startAttempt() {
    JsonNode effective = isJsonata() ? rawInput : applyInputPath(rawInput);
    if (state.isDistributed()) {
      DistributedMap before = redriveOf instanceof MapVisit earlier ? earlier.distributed : null;
      redriveOf = null;
      distributed = new DistributedMap(this, effective, before);
      distributed.start();
      return;
    }
    JsonNode items = items(effective);
    int maxConcurrency = maxConcurrency(effective);
    StateProbe probe = probe();
    if (probe != null) {
      // TestState runs no iterations: the mock stands in for them.
      List<JsonNode> selected = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        selected.add(select(effective, items, i));
      }
      probe.mapIterations(this, items, false, selected, null, maxConcurrency, null, null);
      return;
    }
    Redrive earlier = takeRedrive();
    frame.emit(EventType.MapStateStarted, EventDetails.of("length", items.size()));
    Attempt attempt = new Attempt(effective, items, maxConcurrency,
        earlier != null && earlier.size() == items.size() ? earlier : null);
    current = attempt;
    attempt.start();
  }

  JsonNode items(JsonNode effective) {
    JsonNode items;
    if (isJsonata()) {
      if (state.items() == null) {
        items = effective;
      } else {
        items = new JsonataFlow(this).evaluate(state.items(), "Items", rawInput, null);
        if (!items.isArray()) {
          throw dev.sfntest.internal.expr.JsonataEvaluationException.unexpectedResultType(
              JsonataFlow.expressionText(state.items()), "Items", "array", items);
        }
      }
    } else if (state.itemsPath() == null) {
      items = effective;
    } else {
      try {
        items = state.itemsPath().read(context(effective));
      } catch (PathNotFoundException e) {
        throw runtime("Invalid path '" + state.itemsPath().text() + "' : " + e.getMessage());
      }
    }
    if (!items.isArray()) {
      String cause = "Map state input must be an array but was: " + Json.write(items);
      if (isJsonata()) {
        throw new dev.sfntest.internal.expr.JsonataEvaluationException(cause, null);
      }
      throw runtime(cause);
    }
    return items;
  }

  int maxConcurrency(JsonNode effective) {
    ValueSource source = state.maxConcurrency();
    if (source == null) {
      return 0;
    }
    JsonNode value;
    if (source.constant() != null) {
      value = source.constant();
    } else if (source.expression() != null) {
      value = new JsonataFlow(this).evaluate(source.expression(), "MaxConcurrency", rawInput, null);
    } else {
      try {
        value = source.path().read(context(effective));
      } catch (PathNotFoundException e) {
        throw runtime("Invalid path '" + source.path().text() + "' : " + e.getMessage());
      }
    }
    value = numberInText(source, value, false);
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
      String shown = value.isTextual() ? value.asText() : Json.write(value);
      throw runtime("The " + source.field() + " field refers to value \"" + shown + "\" which is not a valid integer: "
          + where(source));
    }
    return value.asInt();
  }

  /** Where a field's value came from, as runtime errors name it: its path, expression or constant. */
  static String where(ValueSource source) {
    if (source.path() != null) {
      return source.path().text();
    }
    return source.expression() != null ? Json.write(source.expression().source()) : Json.write(source.constant());
  }

  /**
   * The number a {@code *Path} field's string holds ({@code "1"} for MaxConcurrencyPath or
   * ToleratedFailureCountPath: AWS accepts it, recorded), else the value as it is: its caller
   * refuses what is not a number. {@code decimal}: a fraction is allowed (a percentage).
   */
  static JsonNode numberInText(ValueSource source, JsonNode value, boolean decimal) {
    if (source.path() == null || !value.isTextual()) {
      return value;
    }
    String text = value.asText();
    if (!text.matches(decimal ? "-?\\d+(\\.\\d+)?" : "-?\\d+")) {
      return value;
    }
    // As the number it spells, however large: the caller's bounds apply to it as to a JSON number.
    return decimal ? Json.NODES.numberNode(new java.math.BigDecimal(text))
        : Json.NODES.numberNode(new java.math.BigInteger(text));
  }

  /** Reads a field written as a constant, a path or a JSONata expression. */
  JsonNode valueOf(ValueSource source, JsonNode effective) {
    if (source.constant() != null) {
      return source.constant();
    }
    if (source.expression() != null) {
      return new JsonataFlow(this).evaluate(source.expression(), source.field(), rawInput, null);
    }
    try {
      return source.path().read(context(effective));
    } catch (PathNotFoundException e) {
      throw runtime("Invalid path '" + source.path().text() + "' : " + e.getMessage());
    }
  }

  /** An item's input: ItemSelector (with {@code $$.Map.Item}) or the item itself. */
  JsonNode select(JsonNode effective, JsonNode items, int index) {
    JsonNode item = items.get(index);
    if (state.itemSelector() == null) {
      return item;
    }
    ObjectNode mapItem = Json.object();
    ObjectNode itemNode = mapItem.putObject("Item");
    itemNode.put("Index", index);
    itemNode.set("Value", item);
    EvalContext ctx = isJsonata()
        ? new JsonataFlow(this).itemContext(rawInput, mapItem)
        : itemContext(effective, mapItem);
    return state.itemSelector().evaluate(ctx);
  }

  private EvalContext itemContext(JsonNode effective, ObjectNode mapItem) {
    // A shallow copy: only "Map" differs per item, and the rest (the execution input too) is shared.
    ObjectNode context = Json.shallowCopy((ObjectNode) contextObject());
    context.set("Map", mapItem);
    return context(effective).withContextObject(context);
  }

  @Override
  void cancelPending() {
    super.cancelPending();
    if (distributed != null) {
      distributed.cancel();
    }
  }

  /** One run over all items. */
  private final class Attempt extends Children {
    private final JsonNode effective;
    private final JsonNode items;
    private final int maxConcurrency;
    private final JsonNode[] inputs;
    private int next;
    private int running;
    private int done;
    private long launchAnchor;
    private long lastSucceeded;
    /** In a redrive, the last attempt of the run that ended unsuccessfully; else {@code null}. */
    private final Redrive earlier;

    Attempt(JsonNode effective, JsonNode items, int maxConcurrency, Redrive earlier) {
      super(items.size());
      this.effective = effective;
      this.items = items;
      this.maxConcurrency = maxConcurrency;
      this.inputs = new JsonNode[items.size()];
      this.launchAnchor = frame.anchor();
      this.lastSucceeded = frame.anchor();
      this.earlier = earlier;
      if (earlier != null) {
        // Iterations that succeeded keep their results and are not run again.
        for (int i = 0; i < results.length; i++) {
          results[i] = earlier.result(i);
          if (results[i] != null) {
            done++;
          }
        }
      }
    }

    void start() {
      if (done == items.size()) {
        allDone();
        return;
      }
      launch();
    }

    /** Starts iterations in index order while the concurrency limit allows. */
    private void launch() {
      int from = next;
      while (next < items.size() && (maxConcurrency == 0 || running < maxConcurrency)) {
        int index = next++;
        if (results[index] != null) {
          continue; // succeeded before a redrive
        }
        running++;
        boolean resumed = earlier != null && earlier.lastVisit(index) != null;
        JsonNode itemInput = resumed ? null : select(index);
        long started = frame.run().append(EventType.MapIterationStarted, launchAnchor,
            EventDetails.of("index", index, "name", state.name()));
        children[index] = new Frame(frame.run(), state.processor().graph(),
            Redrive.scopeFor(earlier, index, frame.scope()), started, frame.path().into(state.name(), index),
            owner(index));
        inputs[index] = itemInput;
      }
      // All starts of a batch are recorded before any iteration runs, as AWS records them.
      for (int i = from; i < next; i++) {
        if (children[i] != null && !over) {
          Redrive.start(earlier, i, children[i], state.processor().graph().startAt(), inputs[i]);
          inputs[i] = null;
        }
      }
    }

    private JsonNode select(int index) {
      return MapVisit.this.select(effective, items, index);
    }

    @Override
    void childSucceeded(int index, Frame child, JsonNode output) {
      results[index] = output;
      long last = child.anchor();
      lastSucceeded = frame.run().append(EventType.MapIterationSucceeded, last,
          EventDetails.of("index", index, "name", state.name()));
      running--;
      done++;
      launchAnchor = last;
      if (done == items.size()) {
        allDone();
      } else {
        launch();
      }
    }

    @Override
    void recordFailure(int index, long failedAt) {
      frame.run().append(EventType.MapIterationFailed, failedAt, EventDetails.of("index", index, "name", state.name()));
    }

    /** An iteration still running records its abort; one that ended records nothing. */
    @Override
    void abortOther(int index, Frame child, long previousEventId) {
      if (!child.ended()) {
        frame.run().append(EventType.MapIterationAborted, previousEventId,
            EventDetails.of("index", index, "name", state.name()));
        child.abortFrom(previousEventId);
      }
    }

    private void allDone() {
      // MapStateSucceeded and MapStateExited both follow the last MapIterationSucceeded.
      allSucceeded(EventType.MapStateSucceeded, lastSucceeded);
    }
  }
}
