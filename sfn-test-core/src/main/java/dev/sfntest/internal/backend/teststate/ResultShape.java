package dev.sfntest.internal.backend.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.backend.ApiException;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.function.Predicate;

/**
 * The shape of an AWS API response, as TestState checks a mocked result against it ({@code
 * mock.fieldValidationMode}): structures with required members, lists, maps and scalars. STRICT
 * checks that required members are present and present members have their type; PRESENT only the
 * types. Members the shape does not know pass (recorded: AWS lets fields outside the API's model
 * through).
 *
 * <pre>{@code
 * ResultShape startExecution = ResultShape.struct(Map.of("ExecutionArn", ResultShape.STRING,
 *     "StartDate", ResultShape.STRING), List.of("ExecutionArn", "StartDate"));
 * startExecution.check(result, true);   // Required field 'ExecutionArn' is missing
 * }</pre>
 *
 * <p>The messages are recorded from AWS, but for a top-level result that is no object (shape).
 */
abstract class ResultShape {

  private static final String PREFIX = "Mock result schema validation error: ";

  static final ResultShape STRING = new Scalar("a string", JsonNode::isTextual);
  static final ResultShape INTEGER = new Scalar("a number", JsonNode::isIntegralNumber);
  static final ResultShape NUMBER = new Scalar("a number", JsonNode::isNumber);
  static final ResultShape BOOLEAN = new Scalar("a boolean", JsonNode::isBoolean);
  /** A blob: base64 text in JSON. */
  static final ResultShape BLOB = STRING;
  /** A document, or a Lambda payload: any JSON value. */
  static final ResultShape ANY = new Scalar("anything", value -> true);

  /**
   * Checks {@code value}, found under the member {@code field} ({@code null} at the top).
   *
   * @param strict STRICT mode: required members must be present
   * @throws ApiException {@code ValidationException} naming the first member that does not fit
   */
  abstract void check(JsonNode value, String field, boolean strict);

  /** Checks a whole mocked result. */
  void check(JsonNode result, boolean strict) {
    check(result, null, strict);
  }

  static ResultShape struct(Map<String, ResultShape> members, List<String> required) {
    return new Struct(members, required);
  }

  static ResultShape listOf(ResultShape member) {
    return new ListOf(member);
  }

  static ResultShape mapOf(ResultShape value) {
    return new MapOf(value);
  }

  static ApiException mustBe(String field, String what) {
    return ApiException.validation(PREFIX + "Field '" + field + "' must be " + what);
  }

  private static final class Struct extends ResultShape {
    private final Map<String, ResultShape> members;
    /** In the API model's order: AWS names the first one missing. */
    private final List<String> required;

    Struct(Map<String, ResultShape> members, List<String> required) {
      this.members = members;
      this.required = required;
    }

    @Override
    void check(JsonNode value, String field, boolean strict) {
      if (!value.isObject()) {
        if (field == null) {
          throw ApiException.validation("Mock result must be a valid JSON object");
        }
        throw mustBe(field, "an object");
      }
      if (strict) {
        for (String name : required) {
          if (!value.has(name)) {
            throw ApiException.validation(PREFIX + "Required field '" + name + "' is missing");
          }
        }
      }
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> member = fields.next();
        ResultShape shape = members.get(member.getKey());
        if (shape != null) {
          shape.check(member.getValue(), member.getKey(), strict);
        }
      }
    }
  }

  private static final class ListOf extends ResultShape {
    private final ResultShape member;

    ListOf(ResultShape member) {
      this.member = member;
    }

    @Override
    void check(JsonNode value, String field, boolean strict) {
      if (!value.isArray()) {
        throw mustBe(field, "an array");
      }
      // AWS names the list's member by the list's field (recorded: 'EventId' inside 'Entries').
      value.forEach(element -> member.check(element, field, strict));
    }
  }

  private static final class MapOf extends ResultShape {
    private final ResultShape value;

    MapOf(ResultShape value) {
      this.value = value;
    }

    @Override
    void check(JsonNode node, String field, boolean strict) {
      if (!node.isObject()) {
        throw mustBe(field, "an object");
      }
      node.forEach(element -> value.check(element, field, strict));
    }
  }

  private static final class Scalar extends ResultShape {
    private final String what;
    private final Predicate<JsonNode> fits;

    Scalar(String what, Predicate<JsonNode> fits) {
      this.what = what;
      this.fits = fits;
    }

    @Override
    void check(JsonNode value, String field, boolean strict) {
      if (!fits.test(value)) {
        throw mustBe(field, what);
      }
    }
  }
}
