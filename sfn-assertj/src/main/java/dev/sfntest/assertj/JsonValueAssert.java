package dev.sfntest.assertj;

import static dev.sfntest.assertj.error.ShouldBeEqualToJson.shouldBeEqualToJson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import java.math.BigDecimal;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions about one JSON value: a value in an execution's output ({@link
 * AbstractExecutionAssert#hasOutputAt(String)}). Values compare as JSON values: member order and
 * number spelling do not matter.
 *
 * <pre>{@code
 * assertThat(run).hasOutputAt("$.status").isText("SHIPPED")
 *     .returnToExecution().hasOutputAt("$.items").isEqualToJson("[1, 2]");
 * }</pre>
 */
public class JsonValueAssert extends AbstractObjectAssert<JsonValueAssert, JsonNode> {

  Origin origin;
  String context;
  /** The navigation here failed (soft): assertions check nothing more. */
  boolean unreachable;

  /** Public: soft-assertion proxies need it. */
  public JsonValueAssert(JsonNode actual) {
    super(actual, JsonValueAssert.class);
  }

  static JsonValueAssert open(Origin origin, JsonNode value, String context, boolean unreachable) {
    JsonValueAssert assertion = origin.navigation().open(JsonValueAssert.class, JsonNode.class, value,
        JsonValueAssert::new);
    assertion.origin = origin;
    assertion.context = context;
    assertion.unreachable = unreachable;
    return assertion;
  }

  /**
   * Verifies the value equals this JSON value.
   *
   * <pre>{@code .isEqualToJson("{\"sku\": \"A-1\", \"qty\": 2}")}</pre>
   *
   * @throws IllegalArgumentException if {@code json} is no JSON
   */
  public JsonValueAssert isEqualToJson(String json) {
    return check(JsonArguments.parse(json));
  }

  /** Verifies the value is this JSON string: {@code .isText("SHIPPED")}. */
  public JsonValueAssert isText(String text) {
    return check(JsonValues.nodes().textNode(Objects.requireNonNull(text, "text")));
  }

  /** Verifies the value is this number, by value ({@code 2} equals {@code 2.0}): {@code .isNumber(42)}. */
  public JsonValueAssert isNumber(Number number) {
    return check(JsonValues.nodes().numberNode(new BigDecimal(Objects.requireNonNull(number, "number").toString())));
  }

  /** Verifies the value is this boolean: {@code .isBoolean(true)}. */
  public JsonValueAssert isBoolean(boolean value) {
    return check(JsonValues.nodes().booleanNode(value));
  }

  /** Verifies the value is JSON {@code null} (not a missing value: the path found it). */
  public JsonValueAssert isJsonNull() {
    return check(JsonValues.nodes().nullNode());
  }

  /** Goes back to the execution's assertions. */
  public AbstractExecutionAssert<?> returnToExecution() {
    return origin.parent();
  }

  private JsonValueAssert check(JsonNode expected) {
    if (unreachable) {
      return myself;
    }
    if (!JsonValues.sameValue(expected, actual)) {
      throwAssertionError(shouldBeEqualToJson(context, expected, actual));
    }
    return myself;
  }
}
