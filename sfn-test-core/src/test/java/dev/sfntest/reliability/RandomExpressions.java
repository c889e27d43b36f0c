package dev.sfntest.reliability;

import dev.sfntest.internal.expr.Json;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random expressions of the three languages a definition holds: JSONPath paths (reference paths,
 * filters, slices, the context object, garbage), intrinsic function calls (the 18 functions and
 * some that do not exist, nested, with arguments of every kind), and JSONata (operators, paths,
 * lambdas, blocks and AWS's function library). Most are meant to be wrong in some way.
 */
final class RandomExpressions {

  private static final List<String> INTRINSICS = List.of("States.Format", "States.StringToJson",
      "States.JsonToString", "States.Array", "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange",
      "States.ArrayGetItem", "States.ArrayLength", "States.ArrayUnique", "States.Base64Encode",
      "States.Base64Decode", "States.Hash", "States.JsonMerge", "States.MathRandom", "States.MathAdd",
      "States.StringSplit", "States.UUID", "States.Nope", "states.format", "States.");

  private static final List<String> JSONATA_FUNCTIONS = List.of("$sum", "$count", "$string", "$number",
      "$substring", "$pad", "$join", "$split", "$keys", "$lookup", "$merge", "$spread", "$append", "$reverse",
      "$sort", "$distinct", "$formatNumber", "$formatBase", "$round", "$power", "$sqrt", "$random", "$uuid",
      "$now", "$millis", "$toMillis", "$fromMillis", "$partition", "$range", "$hash", "$parse", "$eval",
      "$match", "$replace", "$contains", "$uppercase", "$trim", "$base64encode", "$base64decode",
      "$encodeUrlComponent", "$exists", "$type", "$boolean", "$not", "$abs", "$floor", "$max", "$average",
      "$single", "$error", "$assert", "$zip", "$shuffle", "$each", "$sift", "$nope");

  private RandomExpressions() {}

  /** JSONPath paths: mostly well formed over the keys inputs have, some broken. */
  static Arbitrary<String> jsonPaths() {
    Arbitrary<String> steps = Arbitraries.oneOf(
        RandomJson.keys().filter(k -> k.matches("[A-Za-z_][A-Za-z0-9_]*")).map(k -> "." + k),
        Arbitraries.of(".a", ".b", ".items", ".n", "[0]", "[-1]", "[*]", "[1:3]", "[0,2]", "..a", "['a']",
            "[\"b\"]", ".length()", "[?(@.n > 1)]", "[?(@.s == 'x')]", "[?(@)]", "[(@.length-1)]", "[:-1]", ".*",
            "[99999999999]", "['']", ".é"));
    Arbitrary<String> wellFormed = Combinators.combine(Arbitraries.of("$", "$$", "$$.Execution", "$$.Map.Item",
            "$$.State", "$v", "$states"), steps.list().ofMaxSize(3))
        .as((root, rest) -> root + String.join("", rest));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, wellFormed),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("$.[]*@?()'\"{}:,ab0 ").ofMaxLength(15)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "$.", "$[", "$..", "$[?(", "a.b", "$.a[", "$.a.", "$$$")));
  }

  /** Intrinsic calls nested at most {@code depth} deep. */
  static Arbitrary<String> intrinsics(int depth) {
    Arbitrary<String> literals = Arbitraries.oneOf(
        Arbitraries.of("'x'", "''", "'{}'", "'a,b'", "'{\"a\":1}'", "'\\\\''", "'\\\\{'", "'SHA-256'", "'MD5'",
            "'aGVsbG8='", "'%%%'", "'é😀'", "null", "true", "false"),
        Arbitraries.integers().between(-3, 1005).map(String::valueOf),
        Arbitraries.of("1.5", "-0", "1e3", "99999999999", "0.000001"));
    Arbitrary<String> arguments = depth == 0
        ? Arbitraries.oneOf(literals, jsonPaths())
        : Arbitraries.oneOf(literals, jsonPaths(), intrinsics(depth - 1));
    return Combinators.combine(Arbitraries.of(INTRINSICS), arguments.list().ofMaxSize(4))
        .as((name, args) -> name + "(" + String.join(", ", args) + ")");
  }

  /** JSONata expressions nested at most {@code depth} deep. */
  static Arbitrary<String> jsonata(int depth) {
    Arbitrary<String> atoms = Arbitraries.oneOf(
        Arbitraries.of("1", "-2.5", "1e308", "0", "'x'", "\"é😀\"", "true", "false", "null", "[]", "{}", "[1,2,3]",
            "{'a': 1}", "$states.input", "$states.input.a", "$states.input.items", "$states.input.n",
            "$states.context.Execution.Id", "$states.context.State.Name", "$v", "$undefinedVariable", "$",
            "$$", "[1..5]", "/a+/", "$states", "$states.result", "$states.errorOutput"),
        RandomJson.strings().map(s -> "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"));
    if (depth == 0) {
      return atoms;
    }
    Arbitrary<String> inner = jsonata(depth - 1);
    Arbitrary<String> binary = Combinators.combine(inner, Arbitraries.of("+", "-", "*", "/", "%", "&", "=", "!=",
            "<", ">=", "and", "or", "in", "..", "~>"), inner)
        .as((a, op, b) -> "(" + a + " " + op + " " + b + ")");
    Arbitrary<String> calls = Combinators.combine(Arbitraries.of(JSONATA_FUNCTIONS), inner.list().ofMaxSize(3))
        .as((name, args) -> name + "(" + String.join(", ", args) + ")");
    Arbitrary<String> paths = Combinators.combine(inner, Arbitraries.of(".a", "[0]", "[-1]", "[a > 1]", ".*", "**",
            ".$string()", "#$i", "@$x", "^(a)", "{a: b}", "[]"))
        .as((a, step) -> a + step);
    Arbitrary<String> shapes = Combinators.combine(inner, inner, inner, Arbitraries.integers().between(0, 9))
        .as((a, b, c, shape) -> switch (shape) {
          case 0 -> a + " ? " + b + " : " + c;
          case 1 -> "(" + a + "; " + b + ")";
          case 2 -> "($x := " + a + "; " + b + ")";
          case 3 -> "[" + a + ", " + b + "]";
          case 4 -> "{" + a + ": " + b + "}";
          case 5 -> "$map(" + a + ", function($x) { " + b + " })";
          case 6 -> "$filter(" + a + ", function($x, $i) { " + b + " })";
          case 7 -> "$reduce(" + a + ", function($acc, $x) { " + b + " }, " + c + ")";
          case 8 -> "function($x) { " + a + " }";
          default -> a + "[" + b + "]";
        });
    return Arbitraries.oneOf(atoms, binary, calls, paths, shapes);
  }

  /** A JSONata expression as a string value of a definition: {@code "{% ... %}"}. */
  static String template(String expression) {
    return Json.write(Json.NODES.textNode("{% " + expression + " %}"));
  }

  /** A string as a JSON string literal. */
  static String quoted(String text) {
    return Json.write(Json.NODES.textNode(text));
  }
}
