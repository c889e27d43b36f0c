package dev.sfntest.internal.expr;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Converts between Jackson trees and the plain Java values the JSONata library works on.
 *
 * <ul>
 *   <li>JSON {@code null} is {@link Jsonata#NULL_VALUE} going in: the library reads a Java
 *       {@code null} as "undefined".
 *   <li>Numbers go in as {@code Integer}, {@code Long} or {@code Double}, the types the library
 *       computes with; a double that comes out integral is written as an integer ({@code $sum([1,2,3])}
 *       is {@code 6}, as AWS prints it), any other double by its shortest decimal spelling.
 *   <li>Objects keep their member order.
 *   <li>Arrays and objects going in remember the node they came from. When one comes back out
 *       unchanged (the common {@code {% $states.input %}}), the original node is returned instead of
 *       a copy, so a large input is copied once per evaluation, not twice.
 * </ul>
 *
 * <pre>{@code
 * Object value = JsonataValues.toJsonata(node);      // for frame.bind(...)
 * JsonNode back = JsonataValues.toJson(result);      // throws Unsupported for a function
 * }</pre>
 */
final class JsonataValues {

  /** A result that JSON cannot represent, such as a function. */
  static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * A result nested deeper than {@link Json#MAX_DEPTH}: a tail-recursive function builds one
   * without growing the stack, and converting it level by level would.
   */
  static final class TooDeep extends RuntimeException {
    TooDeep() {
      super(null, null, false, false);
    }
  }

  /** Doubles at or above this magnitude are not written as plain integers (as in JavaScript). */
  private static final double PLAIN_INTEGER_LIMIT = 1e21;

  private JsonataValues() {}

  /** A Java value for the library, or {@code null} (undefined) for a missing node. */
  static Object toJsonata(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    switch (node.getNodeType()) {
      case NULL:
        return Jsonata.NULL_VALUE;
      case BOOLEAN:
        return node.booleanValue();
      case STRING:
        return node.textValue();
      case NUMBER:
        return number(node);
      case ARRAY:
        SourceList list = new SourceList((ArrayNode) node);
        for (JsonNode item : node) {
          list.load(toJsonata(item));
        }
        return list;
      case OBJECT:
        SourceMap map = new SourceMap((ObjectNode) node);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          map.load(field.getKey(), toJsonata(field.getValue()));
        }
        return map;
      default:
        // POJO and binary nodes never occur in trees the fake builds from JSON text.
        return node.asText();
    }
  }

  private static Object number(JsonNode node) {
    if (node.isInt() || node.isShort()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return node.longValue();
    }
    if (node.isBigInteger()) {
      BigInteger value = node.bigIntegerValue();
      return value.bitLength() < 64 ? (Object) value.longValue() : (Object) value.doubleValue();
    }
    // The library computes and compares with doubles: a BigDecimal would not equal 0.1.
    return node.doubleValue();
  }

  /**
   * A JSON node for a value the library produced. A Java {@code null} nested in an array or object
   * is JSON null (the library drops undefined members); at the top level the caller decides.
   *
   * @throws Unsupported for values JSON cannot hold (functions, regular expressions, NaN)
   * @throws TooDeep for values nested deeper than {@link Json#MAX_DEPTH}
   */
  static JsonNode toJson(Object value) {
    return toJson(value, 0);
  }

  private static JsonNode toJson(Object value, int depth) {
    if (value == null || value == Jsonata.NULL_VALUE) {
      return Json.NODES.nullNode();
    }
    if (value instanceof String) {
      return Json.NODES.textNode((String) value);
    }
    if (value instanceof Boolean) {
      return Json.NODES.booleanNode((Boolean) value);
    }
    if (value instanceof Number) {
      return number((Number) value);
    }
    if (value instanceof SourceMap && ((SourceMap) value).unchanged()) {
      return ((SourceMap) value).source;
    }
    if (value instanceof SourceList && ((SourceList) value).unchanged()) {
      return ((SourceList) value).source;
    }
    if ((value instanceof Map || value instanceof List) && depth >= Json.MAX_DEPTH) {
      throw new TooDeep();
    }
    if (value instanceof Map) {
      ObjectNode object = Json.object();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        object.set(String.valueOf(entry.getKey()), toJson(entry.getValue(), depth + 1));
      }
      return object;
    }
    if (value instanceof List) {
      ArrayNode array = Json.array();
      for (Object item : (List<?>) value) {
        array.add(toJson(item, depth + 1));
      }
      return array;
    }
    throw new Unsupported();
  }

  private static JsonNode number(Number value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return Json.NODES.numberNode(value.intValue());
    }
    if (value instanceof Long) {
      return Json.NODES.numberNode(value.longValue());
    }
    if (value instanceof BigInteger) {
      return Json.NODES.numberNode((BigInteger) value);
    }
    if (value instanceof BigDecimal) {
      return Json.NODES.numberNode((BigDecimal) value);
    }
    double d = value.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new Unsupported();
    }
    if (d == Math.rint(d) && Math.abs(d) < PLAIN_INTEGER_LIMIT) {
      // An integral double prints as an integer, the way JSON.stringify prints it (and AWS).
      if (d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
        return Json.NODES.numberNode((int) d);
      }
      if (d >= Long.MIN_VALUE && d < 0x1p63) {
        return Json.NODES.numberNode((long) d);
      }
      return Json.NODES.numberNode(new BigDecimal(d).toBigIntegerExact());
    }
    // BigDecimal.valueOf spells the double with the fewest digits that read back the same.
    return Json.NODES.numberNode(BigDecimal.valueOf(d));
  }

  /**
   * An object converted from a node. Any change through the map API marks it changed, so it is
   * written out afresh. The library itself only ever swaps {@link Jsonata#NULL_VALUE} for {@code
   * null} in results (through entries, which this map does not see), which changes nothing JSON sees.
   */
  static final class SourceMap extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
    private final transient ObjectNode source;
    private boolean changed;

    SourceMap(ObjectNode source) {
      super(Math.max(4, source.size() * 4 / 3 + 1));
      this.source = source;
    }

    void load(String key, Object value) {
      super.put(key, value);
    }

    boolean unchanged() {
      return !changed;
    }

    private void touch() {
      changed = true;
    }

    @Override
    public Object put(String key, Object value) {
      touch();
      return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
      touch();
      super.putAll(m);
    }

    @Override
    public Object remove(Object key) {
      touch();
      return super.remove(key);
    }

    @Override
    public boolean remove(Object key, Object value) {
      touch();
      return super.remove(key, value);
    }

    @Override
    public void clear() {
      touch();
      super.clear();
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
      touch();
      return super.putIfAbsent(key, value);
    }

    @Override
    public Object replace(String key, Object value) {
      touch();
      return super.replace(key, value);
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
      touch();
      return super.replace(key, oldValue, newValue);
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> function) {
      touch();
      super.replaceAll(function);
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> function) {
      touch();
      return super.compute(key, function);
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> function) {
      touch();
      return super.computeIfAbsent(key, function);
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> function) {
      touch();
      return super.computeIfPresent(key, function);
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> function) {
      touch();
      return super.merge(key, value, function);
    }

    @Override
    public Object clone() {
      // A clone is a new value: it must not carry the source along.
      return new LinkedHashMap<>(this);
    }
  }

  /**
   * An array converted from a node; see {@link SourceMap}. Replacing {@link Jsonata#NULL_VALUE} by
   * {@code null} (what the library does to every result) does not count as a change.
   */
  static final class SourceList extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
    private final transient ArrayNode source;
    private boolean changed;

    SourceList(ArrayNode source) {
      super(source.size());
      this.source = source;
    }

    void load(Object value) {
      super.add(value);
    }

    boolean unchanged() {
      return !changed;
    }

    private void touch() {
      changed = true;
    }

    @Override
    public Object set(int index, Object element) {
      Object old = super.set(index, element);
      if (!(old == Jsonata.NULL_VALUE && element == null)) {
        touch();
      }
      return old;
    }

    @Override
    public boolean add(Object o) {
      touch();
      return super.add(o);
    }

    @Override
    public void add(int index, Object element) {
      touch();
      super.add(index, element);
    }

    @Override
    public Object remove(int index) {
      touch();
      return super.remove(index);
    }

    @Override
    public boolean remove(Object o) {
      touch();
      return super.remove(o);
    }

    @Override
    public void clear() {
      touch();
      super.clear();
    }

    @Override
    public boolean addAll(Collection<?> c) {
      touch();
      return super.addAll(c);
    }

    @Override
    public boolean addAll(int index, Collection<?> c) {
      touch();
      return super.addAll(index, c);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
      touch();
      return super.removeAll(c);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
      touch();
      return super.retainAll(c);
    }

    @Override
    public boolean removeIf(Predicate<? super Object> filter) {
      touch();
      return super.removeIf(filter);
    }

    @Override
    public void replaceAll(UnaryOperator<Object> operator) {
      touch();
      super.replaceAll(operator);
    }

    @Override
    public void sort(Comparator<? super Object> c) {
      touch();
      super.sort(c);
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
      touch();
      super.removeRange(fromIndex, toIndex);
    }

    @Override
    public List<Object> subList(int fromIndex, int toIndex) {
      // A sub-list writes straight into this list's storage: assume it will.
      touch();
      return super.subList(fromIndex, toIndex);
    }

    @Override
    public Object clone() {
      return new ArrayList<>(this);
    }
  }
}
