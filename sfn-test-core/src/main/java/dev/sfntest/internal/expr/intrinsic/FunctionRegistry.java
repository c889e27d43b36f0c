package dev.sfntest.internal.expr.intrinsic;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 18 intrinsic functions of AWS Step Functions, by name.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html">Intrinsic functions</a>
 */
final class FunctionRegistry {

  private static final Map<String, FunctionSpec> FUNCTIONS = List.of(
          FunctionSpec.atLeast("States.Format", 1, StringFunctions::format),
          FunctionSpec.of("States.StringToJson", 1, JsonFunctions::stringToJson),
          FunctionSpec.of("States.JsonToString", 1, JsonFunctions::jsonToString),
          FunctionSpec.atLeast("States.Array", 0, ArrayFunctions::array),
          FunctionSpec.of("States.ArrayPartition", 2, ArrayFunctions::partition),
          FunctionSpec.of("States.ArrayContains", 2, ArrayFunctions::contains),
          FunctionSpec.of("States.ArrayRange", 3, ArrayFunctions::range),
          FunctionSpec.of("States.ArrayGetItem", 2, ArrayFunctions::getItem),
          FunctionSpec.of("States.ArrayLength", 1, ArrayFunctions::length),
          FunctionSpec.of("States.ArrayUnique", 1, ArrayFunctions::unique),
          FunctionSpec.of("States.Base64Encode", 1, EncodingFunctions::encode),
          FunctionSpec.of("States.Base64Decode", 1, EncodingFunctions::decode),
          FunctionSpec.of("States.Hash", 2, HashFunction::hash),
          FunctionSpec.of("States.JsonMerge", 3, JsonFunctions::merge),
          new FunctionSpec("States.MathRandom", 2, 3, MathFunctions::random),
          FunctionSpec.of("States.MathAdd", 2, MathFunctions::add),
          FunctionSpec.of("States.StringSplit", 2, StringFunctions::split),
          FunctionSpec.atLeast("States.UUID", 0, UuidFunction::uuid))
      .stream()
      .collect(Collectors.toUnmodifiableMap(FunctionSpec::name, Function.identity()));

  private FunctionRegistry() {}

  /** The function of that exact (case-sensitive) name, or {@code null}. */
  static FunctionSpec find(String name) {
    return FUNCTIONS.get(name);
  }
}
