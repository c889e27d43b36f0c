package dev.sfntest.internal.expr;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The JSONata dialect of Step Functions: the functions AWS adds ({@code $partition}, {@code
 * $range}, {@code $hash}, {@code $random} with a seed, {@code $uuid}, {@code $parse}), the one it
 * removes ({@code $eval}), and the clock and random functions answered from the fake's seed and
 * virtual clock instead of the machine's. The two that answer several values, {@code $range} and
 * {@code $partition}, answer a JSONata sequence, so one value comes out as itself, as JSONata's own
 * functions do; {@code $parse} answers the JSON value the text holds, arrays as they are.
 *
 * <pre>{@code
 * "Assign": {
 *   "chunks": "{% $partition([1,2,3,4], 2) %}",         // [[1,2],[3,4]]
 *   "evens":  "{% $range(0, 6, 2) %}",                  // [0,2,4,6]; $range(1, 1, 1) is 1
 *   "digest": "{% $hash('input', 'SHA-1') %}",          // "140f86aae51ab9e1cda9b4254fe98a74eb54c1a1"
 *   "dice":   "{% $random(42) %}",                      // 0.7275636800328681, as java.util.Random(42)
 *   "id":     "{% $uuid() %}",                          // a v4 UUID from the fake's seed
 *   "order":  "{% $parse($states.input.orderJson) %}"
 * }
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html#jsonata-functions-provided-by-sfn">JSONata functions provided by Step Functions</a>
 */
final class JsonataFunctions {

  /** The hash algorithms {@code $hash} accepts, as {@code States.Hash} does. */
  static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  /** A guard against runaway allocations; AWS fails such expressions on its memory limit. */
  static final int MAX_RANGE_SIZE = 1_000_000;

  /** The functions that read the evaluation's clock or random generator. */
  static final Set<String> PER_EVALUATION = Set.of("random", "uuid", "now", "millis");

  private static final JFunction PARTITION = new JFunction(JsonataFunctions::partition, "<an:a>");
  private static final JFunction RANGE = new JFunction(JsonataFunctions::range, "<nnn:a>");
  private static final JFunction HASH = new JFunction(JsonataFunctions::hash, "<ss:s>");
  private static final JFunction PARSE = new JFunction(JsonataFunctions::parse, "<s:j>");
  private static final JFunction PAD = new JFunction(JsonataFunctions::pad, "<s-ns?:s>");

  /** The widest {@code $pad}: a guard against runaway allocations, as {@link #MAX_RANGE_SIZE} is. */
  static final int MAX_PAD_WIDTH = 10_000_000;

  private JsonataFunctions() {}

  /**
   * An error raised by one of Step Functions' own functions. It has no JSONata code, so AWS's cause
   * ends with {@code threw an error during evaluation: message}.
   */
  static final class FunctionError extends RuntimeException {
    FunctionError(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Installs the functions that do not depend on the evaluation into a compiled expression, once.
   * Only the names the expression mentions are installed.
   */
  static void install(Jsonata expression, JsonataReferences references) {
    if (references.mentions("partition")) {
      expression.registerFunction("partition", PARTITION);
    }
    if (references.mentions("range")) {
      expression.registerFunction("range", RANGE);
    }
    if (references.mentions("hash")) {
      expression.registerFunction("hash", HASH);
    }
    if (references.mentions("parse")) {
      expression.registerFunction("parse", PARSE);
    }
    if (references.mentions("pad")) {
      expression.registerFunction("pad", PAD);
    }
    if (references.mentions("eval")) {
      // Step Functions removes $eval: calling it is calling a non-function (T1006), as on AWS.
      expression.assign("eval", null);
    }
  }

  /**
   * Binds the functions that read the evaluation's random generator or clock ({@code $random},
   * {@code $uuid}, {@code $now}, {@code $millis}) into one evaluation's frame, if mentioned. As in
   * JSONata, every {@code $now()} of one evaluation reports the same instant.
   */
  static void bindPerEvaluation(Jsonata.Frame frame, JsonataReferences references, EvalContext ctx) {
    if (references.mentions("random") || references.mentions("uuid")) {
      Draws draws = new Draws(ctx);
      if (references.mentions("random")) {
        frame.bind("random", new JFunction((input, args) -> random(draws, args), "<n?:n>"));
      }
      if (references.mentions("uuid")) {
        frame.bind("uuid", new JFunction((input, args) -> uuid(draws.generator()), "<:s>"));
      }
    }
    if (references.mentions("now") || references.mentions("millis")) {
      Clock clock = new Clock(ctx);
      if (references.mentions("now")) {
        frame.bind("now", new JFunction((input, args) -> now(clock.millis(), args), "<s?s?:s>"));
      }
      if (references.mentions("millis")) {
        frame.bind("millis", new JFunction((input, args) -> clock.millis(), "<:n>"));
      }
    }
  }

  /**
   * {@code $pad(string, width, char)}: the library's answer, in linear time. The library adds the
   * padding one character at a time to a new string, so its time grows with the square of the
   * width: {@code $pad('x', 1000000)} ran for minutes.
   */
  static Object pad(Object input, List<?> args) {
    String string = (String) args.get(0);
    Number width = (Number) args.get(1);
    String character = args.size() > 2 ? (String) args.get(2) : null;
    if (string == null || width == null) {
      return com.dashjoin.jsonata.Functions.pad(string, width, character);
    }
    if (character == null || character.isEmpty()) {
      character = " ";
    }
    int target = Math.abs(width.intValue());
    if (target > MAX_PAD_WIDTH) {
      throw new FunctionError("The width of $pad must be at most " + MAX_PAD_WIDTH + ", but was " + target);
    }
    int pads = target - string.codePointCount(0, string.length());
    if (pads <= 0) {
      return string;
    }
    String padding = character.repeat(pads / character.codePointCount(0, character.length()) + 1);
    padding = padding.substring(0, padding.offsetByCodePoints(0, pads));
    return width.intValue() < 0 ? padding + string : string + padding;
  }

  /** {@code $partition(array, size)}: consecutive chunks of {@code size}; the last may be shorter. */
  static Object partition(Object input, List<?> args) {
    if (anyUndefined(args, 2)) {
      return null;
    }
    List<?> array = asList(args.get(0));
    long size = integer(args.get(1), "The chunk size of $partition");
    if (size <= 0) {
      throw new FunctionError("The chunk size of $partition must be greater than 0, but was " + size);
    }
    List<Object> chunks = new ArrayList<>();
    for (int from = 0; from < array.size(); from += size) {
      chunks.add(new ArrayList<Object>(array.subList(from, (int) Math.min(array.size(), from + size))));
    }
    return sequence(chunks);
  }

  /**
   * {@code $range(start, end, step)}: from {@code start} by {@code step}, up to and including
   * {@code end} when a step lands on it; a negative step counts down.
   */
  static Object range(Object input, List<?> args) {
    if (anyUndefined(args, 3)) {
      return null;
    }
    long start = integer(args.get(0), "The start of $range");
    long end = integer(args.get(1), "The end of $range");
    long step = integer(args.get(2), "The step of $range");
    if (step == 0) {
      throw new FunctionError("The step of $range must not be 0");
    }
    List<Object> values = new ArrayList<>();
    for (long value = start; step > 0 ? value <= end : value >= end; value += step) {
      if (values.size() == MAX_RANGE_SIZE) {
        throw new FunctionError("$range would return more than " + MAX_RANGE_SIZE + " values");
      }
      values.add(value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : value);
    }
    return sequence(values);
  }

  /**
   * The values as a JSONata sequence: one value is that value, not a one-element array (recorded
   * for {@code $range(1, 1, 1)}: {@code 1}), unless the expression keeps arrays with {@code []}.
   * No value stays an empty array, as before: AWS's answer for it is not known.
   */
  private static Object sequence(List<Object> values) {
    if (values.isEmpty()) {
      return values;
    }
    List<Object> sequence = com.dashjoin.jsonata.Utils.createSequence();
    sequence.addAll(values);
    return sequence;
  }

  /** {@code $hash(text, algorithm)}: the lower-case hex digest of the text's UTF-8 bytes. */
  static Object hash(Object input, List<?> args) {
    if (anyUndefined(args, 2)) {
      return null;
    }
    String text = (String) args.get(0);
    String algorithm = (String) args.get(1);
    if (!HASH_ALGORITHMS.contains(algorithm)) {
      throw new FunctionError("The hashing algorithm '" + algorithm + "' is not supported; use one of "
          + "MD5, SHA-1, SHA-256, SHA-384, SHA-512");
    }
    try {
      byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM lacks " + algorithm, e);
    }
  }

  /** {@code $parse(json)}: the value a JSON text stands for. */
  static Object parse(Object input, List<?> args) {
    if (anyUndefined(args, 1)) {
      return null;
    }
    String text = (String) args.get(0);
    try {
      return JsonataValues.toJsonata(Json.parse(text));
    } catch (JsonProcessingException e) {
      throw new FunctionError("The argument of $parse is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * {@code $random()} and {@code $random(seed)}: a number in [0, 1). A seed gives what {@code new
   * java.util.Random(seed).nextDouble()} gives, which is what AWS answers; without one, the
   * evaluation's generator is used.
   */
  static Object random(Draws draws, List<?> args) {
    Object seed = args.isEmpty() ? null : args.get(0);
    if (seed == null) {
      return draws.generator().nextDouble();
    }
    return new Random(integer(seed, "The seed of $random")).nextDouble();
  }

  /** {@code $uuid()}: a version 4 UUID from the evaluation's generator. */
  static Object uuid(RandomGenerator generator) {
    long most = (generator.nextLong() & ~0xF000L) | 0x4000L;
    long least = (generator.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }

  /** {@code $now(picture?, timezone?)}: the evaluation's instant as ISO 8601, or as pictured. */
  static Object now(long millis, List<?> args) {
    String picture = args.size() > 0 ? (String) args.get(0) : null;
    String timezone = args.size() > 1 ? (String) args.get(1) : null;
    return Functions.dateTimeFromMillis(millis, picture, timezone);
  }

  /**
   * Whether a required argument is undefined: like JSONata's own functions, these then return
   * undefined (which AWS reports as "returned nothing") rather than fail.
   */
  private static boolean anyUndefined(List<?> args, int required) {
    for (int i = 0; i < required; i++) {
      if (i >= args.size() || args.get(i) == null) {
        return true;
      }
    }
    return false;
  }

  private static List<?> asList(Object value) {
    if (value instanceof List) {
      return (List<?>) value;
    }
    List<Object> single = new ArrayList<>();
    if (value != null) {
      single.add(value);
    }
    return single;
  }

  private static long integer(Object value, String what) {
    if (!(value instanceof Number)) {
      throw new FunctionError(what + " must be an integer, but was " + JsonataErrors.stringify(value));
    }
    double d = ((Number) value).doubleValue();
    if (d != Math.rint(d) || Double.isInfinite(d)) {
      throw new FunctionError(what + " must be an integer, but was " + JsonataErrors.stringify(value));
    }
    return ((Number) value).longValue();
  }

  /** The evaluation's random generator, asked for once. */
  private static final class Draws {
    private final EvalContext ctx;
    private RandomGenerator generator;

    Draws(EvalContext ctx) {
      this.ctx = ctx;
    }

    RandomGenerator generator() {
      if (generator == null) {
        generator = ctx.random();
      }
      return generator;
    }
  }

  /** The evaluation's instant, read once: every {@code $now()} in an evaluation agrees. */
  private static final class Clock {
    private final EvalContext ctx;
    private Long millis;

    Clock(EvalContext ctx) {
      this.ctx = ctx;
    }

    long millis() {
      if (millis == null) {
        Instant now = ctx.now();
        millis = now.toEpochMilli();
      }
      return millis;
    }
  }
}
