package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.sfntest.internal.expr.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code States.Array}, {@code ArrayPartition}, {@code ArrayContains}, {@code ArrayRange}, {@code
 * ArrayGetItem}, {@code ArrayLength} and {@code ArrayUnique}.
 *
 * <pre>{@code
 * States.ArrayPartition($.items, 2)   // [1,2,3] -> [[1,2],[3]]
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-arrays">Intrinsics for arrays</a>
 */
final class ArrayFunctions {

  /** AWS: "The newly generated array can't contain more than 1000 items." */
  static final int MAX_RANGE_ITEMS = 1000;

  private ArrayFunctions() {}

  /** The arguments' values, in order. */
  static JsonNode array(Invocation call) {
    ArrayNode out = Json.array();
    for (int i = 0; i < call.size(); i++) {
      out.add(call.value(i));
    }
    return out;
  }

  /** Chunks of the chunk size (truncated, at least 1); the last chunk holds what is left. */
  static JsonNode partition(Invocation call) {
    ArrayNode items = call.array(0);
    int size = call.truncatedInt(1);
    if (size < 1) {
      throw call.invalid();
    }
    ArrayNode out = Json.array();
    for (int start = 0; start < items.size(); start += size) {
      ArrayNode chunk = Json.array();
      for (int i = start; i < Math.min(items.size(), start + size); i++) {
        chunk.add(items.get(i));
      }
      out.add(chunk);
    }
    return out;
  }

  /**
   * Whether any item's Java text equals the value's: AWS matches {@code true} to {@code "true"}
   * and {@code 1} to {@code "1"}, and an object only to one with its keys in the same order.
   */
  static JsonNode contains(Invocation call) {
    ArrayNode items = call.array(0);
    String wanted = JavaValues.text(call.value(1));
    for (JsonNode item : items) {
      if (JavaValues.text(item).equals(wanted)) {
        return BooleanNode.TRUE;
      }
    }
    return BooleanNode.FALSE;
  }

  /**
   * From the first to the last value (inclusive) in steps (all truncated to ints). A step that
   * points away from the end gives an empty array, a step of 0 or more than 1000 items fails.
   */
  static JsonNode range(Invocation call) {
    int first = call.truncatedInt(0);
    int last = call.truncatedInt(1);
    int step = call.truncatedInt(2);
    if (step == 0) {
      throw call.invalid();
    }
    ArrayNode out = Json.array();
    if (step > 0 ? first > last : first < last) {
      return out;
    }
    long count = Math.abs((long) last - first) / Math.abs((long) step) + 1;
    if (count > MAX_RANGE_ITEMS) {
      throw call.invalid();
    }
    long value = first;
    for (long i = 0; i < count; i++) {
      out.add(IntNode.valueOf((int) value));
      value += step;
    }
    return out;
  }

  /**
   * The item at a zero-based index (truncated). A negative index or one past the end fails, except
   * that AWS answers {@code null} for any index into an empty array.
   */
  static JsonNode getItem(Invocation call) {
    ArrayNode items = call.array(0);
    int index = call.truncatedInt(1);
    if (index < 0) {
      throw call.invalid();
    }
    if (items.isEmpty()) {
      return NullNode.getInstance();
    }
    if (index >= items.size()) {
      throw call.invalid();
    }
    return items.get(index);
  }

  static JsonNode length(Invocation call) {
    return IntNode.valueOf(call.array(0).size());
  }

  /**
   * The distinct items, in the order of a Java {@code HashSet} built from the array, which is the
   * order AWS returns: {@code [true, false, true]} gives {@code [false, true]} and {@code [[1,2],
   * [2,1]]} gives {@code [[2,1],[1,2]]}. Equal items are equal Java values ({@code 1} and {@code
   * 1.0} differ; objects ignore key order); the first of equal items is kept.
   */
  static JsonNode unique(Invocation call) {
    ArrayNode items = call.array(0);
    // The capacity HashSet(Collection) chooses, so that iteration order matches it exactly
    Map<Object, JsonNode> set = new HashMap<>(Math.max((int) (items.size() / .75f) + 1, 16));
    for (JsonNode item : items) {
      set.putIfAbsent(JavaValues.toJava(item), item);
    }
    ArrayNode out = Json.array();
    out.addAll(set.values());
    return out;
  }
}
