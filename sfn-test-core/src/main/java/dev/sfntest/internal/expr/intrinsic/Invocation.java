package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/**
 * One call of a function with its evaluated arguments, and the argument checks AWS applies. Every
 * rejected argument fails with AWS's {@code Invalid arguments in States.X}.
 */
final class Invocation {

  private final String function;
  private final List<Argument> arguments;
  private final JsonNode[] values;
  private final Evaluation evaluation;

  Invocation(String function, List<Argument> arguments, JsonNode[] values, Evaluation evaluation) {
    this.function = function;
    this.arguments = arguments;
    this.values = values;
    this.evaluation = evaluation;
  }

  String function() {
    return function;
  }

  int size() {
    return values.length;
  }

  JsonNode value(int i) {
    return values[i];
  }

  /** The argument as written (to tell a string literal from a path that yields a string). */
  Argument argument(int i) {
    return arguments.get(i);
  }

  Evaluation evaluation() {
    return evaluation;
  }

  IntrinsicFailure invalid() {
    return IntrinsicFailure.invalidArguments(function);
  }

  ArrayNode array(int i) {
    JsonNode v = values[i];
    if (!v.isArray()) {
      throw invalid();
    }
    return (ArrayNode) v;
  }

  String string(int i) {
    JsonNode v = values[i];
    if (!v.isTextual()) {
      throw invalid();
    }
    return v.textValue();
  }

  /**
   * A number argument as an int, a fraction cut off toward zero. AWS's array and random functions
   * truncate: {@code ArrayPartition(a, 2.6)} makes chunks of 2 and {@code ArrayRange(5.4, -0.6,
   * -2.4)} counts {@code 5, 3, 1}.
   */
  int truncatedInt(int i) {
    JsonNode v = number(i);
    if (v.isIntegralNumber()) {
      if (!v.canConvertToInt()) {
        throw invalid();
      }
      return v.intValue();
    }
    return (int) v.doubleValue();
  }

  /** Like {@link #truncatedInt} for a seed, which is a long. */
  long truncatedLong(int i) {
    JsonNode v = number(i);
    if (v.isIntegralNumber()) {
      if (!v.canConvertToLong()) {
        throw invalid();
      }
      return v.longValue();
    }
    return (long) v.doubleValue();
  }

  /**
   * A number argument rounded to the nearest int, halves toward positive infinity as Java's {@code
   * Math.round} does: AWS answers {@code MathAdd(-1.5, 0)} with -1 and {@code MathAdd(2.5, 0)} with
   * 3. Values outside the int range are rejected, as AWS documents for {@code States.MathAdd}.
   */
  int roundedInt(int i) {
    JsonNode v = number(i);
    long rounded;
    if (v.isIntegralNumber()) {
      if (!v.canConvertToLong()) {
        throw invalid();
      }
      rounded = v.longValue();
    } else {
      rounded = Math.round(v.doubleValue());
    }
    if (rounded < Integer.MIN_VALUE || rounded > Integer.MAX_VALUE) {
      throw invalid();
    }
    return (int) rounded;
  }

  private JsonNode number(int i) {
    JsonNode v = values[i];
    if (!v.isNumber()) {
      throw invalid();
    }
    return v;
  }
}
