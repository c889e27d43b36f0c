package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One step of a compiled {@link JsonPath}. */
sealed interface PathToken {

  /** Whether this step selects at most one value. */
  boolean definite();

  /** The step as the JSONPath library prints it in normalised paths. */
  String fragment();

  /** {@code .name}, {@code ['name']} or the union {@code ['a','b']}. */
  record Property(List<String> names) implements PathToken {
    @Override
    public boolean definite() {
      return names.size() == 1;
    }

    @Override
    public String fragment() {
      return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(",", "[", "]"));
    }
  }

  /** {@code .*} or {@code [*]}. */
  record Wildcard() implements PathToken {
    @Override
    public boolean definite() {
      return false;
    }

    @Override
    public String fragment() {
      return "[*]";
    }
  }

  /** {@code [0]} or {@code [0,2]}. */
  record Index(List<Integer> indexes) implements PathToken {
    @Override
    public boolean definite() {
      return indexes.size() == 1;
    }

    @Override
    public String fragment() {
      return indexes.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
  }

  /** {@code [from:to]}, either bound optional. */
  record Slice(Integer from, Integer to) implements PathToken {
    @Override
    public boolean definite() {
      return false;
    }

    @Override
    public String fragment() {
      return "[" + (from == null ? "" : from) + ":" + (to == null ? "" : to) + "]";
    }
  }

  /** {@code ..}: the next step applies at every depth. */
  record Scan() implements PathToken {
    @Override
    public boolean definite() {
      return false;
    }

    @Override
    public String fragment() {
      return "..";
    }
  }

  /** {@code [?(...)]}. */
  record Filter(FilterPredicate predicate) implements PathToken {
    @Override
    public boolean definite() {
      return false;
    }

    @Override
    public String fragment() {
      return "[?]";
    }
  }

  /** A trailing function such as {@code .length()}. */
  record Function(String name) implements PathToken {
    static final List<String> NAMES =
        List.of("length", "size", "min", "max", "avg", "stddev", "sum", "keys", "first", "last");

    @Override
    public boolean definite() {
      return true;
    }

    @Override
    public String fragment() {
      return "." + name + "()";
    }

    JsonNode apply(JsonNode model) {
      switch (name) {
        case "length", "size" -> {
          if (model.isArray() || model.isObject()) {
            return Json.NODES.numberNode(model.size());
          }
          if (model.isTextual()) {
            return Json.NODES.numberNode(model.asText().length());
          }
          throw new PathNotFoundException("Invalid function: length() on " + Json.write(model));
        }
        case "keys" -> {
          var keys = Json.array();
          model.fieldNames().forEachRemaining(keys::add);
          return keys;
        }
        case "first" -> {
          return requireNonEmpty(model).get(0);
        }
        case "last" -> {
          return requireNonEmpty(model).get(model.size() - 1);
        }
        default -> {
          List<BigDecimal> numbers = new ArrayList<>();
          for (JsonNode item : requireNonEmpty(model)) {
            if (item.isNumber()) {
              numbers.add(item.decimalValue());
            }
          }
          if (numbers.isEmpty()) {
            throw new PathNotFoundException("Aggregation function attempted to calculate value using empty array");
          }
          return aggregate(numbers);
        }
      }
    }

    private JsonNode aggregate(List<BigDecimal> numbers) {
      BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      return switch (name) {
        case "sum" -> Json.NODES.numberNode(sum.doubleValue());
        case "avg" -> Json.NODES.numberNode(sum.doubleValue() / numbers.size());
        case "min" -> Json.NODES.numberNode(numbers.stream().min(BigDecimal::compareTo).orElseThrow().doubleValue());
        case "max" -> Json.NODES.numberNode(numbers.stream().max(BigDecimal::compareTo).orElseThrow().doubleValue());
        default -> {
          double mean = sum.doubleValue() / numbers.size();
          double squares = 0;
          for (BigDecimal n : numbers) {
            squares += Math.pow(n.doubleValue() - mean, 2);
          }
          yield Json.NODES.numberNode(new BigDecimal(Math.sqrt(squares / numbers.size()), MathContext.DECIMAL64).doubleValue());
        }
      };
    }

    private static JsonNode requireNonEmpty(JsonNode model) {
      if (!model.isArray() || model.isEmpty()) {
        throw new PathNotFoundException("Aggregation function attempted to calculate value using empty array");
      }
      return model;
    }
  }
}
