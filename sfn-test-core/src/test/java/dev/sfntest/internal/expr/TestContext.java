package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** A hand-built {@link EvalContext} for expression tests: every part settable, nothing else. */
class TestContext implements EvalContext {

  private JsonNode input = Json.object();
  private JsonNode context = Json.object();
  private JsonNode result;
  private JsonNode errorOutput;
  private final Map<String, JsonNode> variables = new HashMap<>();
  private final Map<String, Integer> variableReads = new HashMap<>();
  private RandomSource random;
  private Instant now;

  static TestContext empty() {
    return new TestContext();
  }

  /** JSON written with single quotes for readability: {@code json("{'a': 1}")}. */
  static JsonNode json(String text) {
    return Json.parseUnchecked(text.replace('\'', '"'));
  }

  TestContext input(String json) {
    this.input = json(json);
    return this;
  }

  TestContext input(JsonNode input) {
    this.input = input;
    return this;
  }

  TestContext context(String json) {
    this.context = json(json);
    return this;
  }

  TestContext result(String json) {
    this.result = json(json);
    return this;
  }

  TestContext errorOutput(String json) {
    this.errorOutput = json(json);
    return this;
  }

  TestContext variable(String name, String json) {
    variables.put(name, json(json));
    return this;
  }

  TestContext variable(String name, JsonNode value) {
    variables.put(name, value);
    return this;
  }

  TestContext random(java.util.random.RandomGenerator generator) {
    this.random = new RandomSource() {
      @Override
      public String uuid() {
        return new java.util.UUID(generator.nextLong(), generator.nextLong()).toString();
      }

      @Override
      public int nextInt(int bound) {
        return generator.nextInt(bound);
      }

      @Override
      public long nextLong() {
        return generator.nextLong();
      }

      @Override
      public double nextDouble() {
        return generator.nextDouble();
      }
    };
    return this;
  }

  TestContext now(Instant now) {
    this.now = now;
    return this;
  }

  /** How often {@code variable(name)} was asked for. */
  int reads(String name) {
    return variableReads.getOrDefault(name, 0);
  }

  @Override
  public JsonNode input() {
    return input;
  }

  @Override
  public JsonNode contextObject() {
    return context;
  }

  @Override
  public JsonNode variable(String name) {
    variableReads.merge(name, 1, Integer::sum);
    return variables.get(name);
  }

  @Override
  public JsonNode result() {
    return result;
  }

  @Override
  public JsonNode errorOutput() {
    return errorOutput;
  }

  @Override
  public RandomSource random() {
    return random != null ? random : RandomSource.seeded(0);
  }

  @Override
  public Instant now() {
    return now != null ? now : EvalContext.super.now();
  }
}
