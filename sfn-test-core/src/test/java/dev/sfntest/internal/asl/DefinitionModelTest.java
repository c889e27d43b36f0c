package dev.sfntest.internal.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Two definitions that use every field of the ASL, one per query language, parse without a
 * diagnostic, and every field reaches the model: nothing the engine may need is dropped.
 */
class DefinitionModelTest {

  static String resource(String name) {
    try (InputStream in = DefinitionModelTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class every_jsonpath_field {

    final DefinitionParser.Result result = DefinitionParser.parseWithDiagnostics(resource("every-field-jsonpath.asl.json"));
    final StateMachineDefinition definition = result.definition();

    @Test
    void parses_without_diagnostics() {
      // GIVEN the definition using every JSONPath field
      // WHEN it is parsed
      // THEN nothing is reported
      assertThat(result.diagnostics()).isEmpty();
      assertThat(definition).isNotNull();
    }

    @Test
    void keeps_the_top_level_fields() {
      // GIVEN / WHEN the parsed definition
      // THEN
      assertThat(definition.comment()).isEqualTo("Every JSONPath field");
      assertThat(definition.version()).isEqualTo("1.0");
      assertThat(definition.queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
      assertThat(definition.timeoutSeconds()).isEqualTo(3600);
      assertThat(definition.graph().startAt()).isEqualTo("Init");
      assertThat(definition.source()).isNotNull();
    }

    @Test
    void keeps_the_pass_fields() {
      // GIVEN / WHEN
      PassState pass = (PassState) definition.graph().state("Init");
      // THEN
      StateIo io = pass.io();
      assertThat(io.comment()).isEqualTo("pass comment");
      assertThat(io.queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
      assertThat(io.inputPath().path().text()).isEqualTo("$.in");
      assertThat(io.parameters().source().toString()).isEqualTo("{\"who.$\":\"$.name\",\"fixed\":1}");
      assertThat(pass.result().toString()).isEqualTo("{\"ok\":true}");
      assertThat(io.resultPath().path().text()).isEqualTo("$.init");
      assertThat(io.outputPath().path().text()).isEqualTo("$");
      assertThat(io.assign().source().toString()).isEqualTo("{\"count\":1,\"who.$\":\"$.name\"}");
      assertThat(io.next()).isEqualTo("WaitSecondsPath");
      assertThat(io.end()).isFalse();
    }

    @Test
    void keeps_the_wait_fields() {
      // GIVEN / WHEN
      WaitState secondsPath = (WaitState) definition.graph().state("WaitSecondsPath");
      WaitState timestamp = (WaitState) definition.graph().state("WaitTimestamp");
      WaitState seconds = (WaitState) definition.graph().state("WaitSeconds");
      WaitState timestampPath = (WaitState) definition.graph().state("WaitTimestampPath");
      // THEN
      assertThat(secondsPath.seconds().path().text()).isEqualTo("$.delay");
      assertThat(timestamp.timestamp().constant().asText()).isEqualTo("2016-03-14T01:59:00Z");
      assertThat(seconds.seconds().constant().asInt()).isEqualTo(5);
      assertThat(timestampPath.timestamp().path().text()).isEqualTo("$.until");
      assertThat(timestampPath.io().assign()).isNotNull();
      assertThat(timestampPath.io().inputPath()).isNotNull();
      assertThat(timestampPath.io().outputPath()).isNotNull();
    }

    @Test
    void keeps_the_task_fields() {
      // GIVEN / WHEN
      TaskState task = (TaskState) definition.graph().state("Work");
      TaskState activity = (TaskState) definition.graph().state("Activity");
      // THEN
      assertThat(task.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
      assertThat(task.io().parameters()).isNotNull();
      assertThat(task.io().resultSelector().source().toString()).isEqualTo("{\"body.$\":\"$.Payload\"}");
      assertThat(task.io().resultPath().path().text()).isEqualTo("$.work");
      assertThat(task.timeout().path().text()).isEqualTo("$.timeout");
      assertThat(task.heartbeat().constant().asInt()).isEqualTo(10);
      assertThat(task.credentials().get("RoleArn").asText()).isEqualTo("arn:aws:iam::123456789012:role/r");
      assertThat(task.io().assign()).isNotNull();
      assertThat(activity.timeout().constant().asInt()).isEqualTo(60);
      assertThat(activity.heartbeat().path().text()).isEqualTo("$.heartbeat");
    }

    @Test
    void keeps_every_retrier_and_catcher_field() {
      // GIVEN / WHEN
      ErrorHandling handling = ((TaskState) definition.graph().state("Work")).errorHandling();
      // THEN
      Retrier retrier = handling.retry().get(0);
      assertThat(retrier).isEqualTo(new Retrier(List.of("Busy"), 2, 4, 1.5, 30, JitterStrategy.FULL, "retry comment"));
      assertThat(handling.retry().get(1))
          .isEqualTo(new Retrier(List.of("States.ALL"), 1, 3, 2.0, null, JitterStrategy.NONE, null));
      Catcher catcher = handling.catchers().get(0);
      assertThat(catcher.errorEquals()).containsExactly("States.ALL");
      assertThat(catcher.next()).isEqualTo("Boom");
      assertThat(catcher.resultPath().path().text()).isEqualTo("$.error");
      assertThat(catcher.comment()).isEqualTo("catch comment");
      assertThat(catcher.assign().source().toString()).isEqualTo("{\"failed\":true}");
    }

    @Test
    void keeps_every_choice_operator_and_combinator() {
      // GIVEN / WHEN
      ChoiceState choice = (ChoiceState) definition.graph().state("Decide");
      // THEN
      Set<ComparisonOperator> used = new HashSet<>();
      choice.choices().forEach(c -> collect(c.rule(), used));
      assertThat(used).containsExactlyInAnyOrder(ComparisonOperator.values());
      assertThat(choice.choices().get(0).rule()).isInstanceOf(ChoiceRule.And.class);
      assertThat(choice.choices().get(1).rule()).isInstanceOf(ChoiceRule.Or.class);
      assertThat(choice.choices().get(2).rule()).isInstanceOf(ChoiceRule.Not.class);
      assertThat(choice.choices().get(0).comment()).isEqualTo("rule comment");
      assertThat(choice.choices().get(0).assign()).isNotNull();
      assertThat(choice.choices().get(0).next()).isEqualTo("Fan");
      assertThat(choice.defaultState()).isEqualTo("Fan");
      assertThat(choice.io().assign()).isNotNull();
      assertThat(choice.io().comment()).isEqualTo("choice comment");
      assertThat(choice.io().inputPath()).isNotNull();
      assertThat(choice.io().outputPath()).isNotNull();
    }

    private void collect(ChoiceRule rule, Set<ComparisonOperator> used) {
      if (rule instanceof ChoiceRule.And) {
        ((ChoiceRule.And) rule).rules().forEach(r -> collect(r, used));
      } else if (rule instanceof ChoiceRule.Or) {
        ((ChoiceRule.Or) rule).rules().forEach(r -> collect(r, used));
      } else if (rule instanceof ChoiceRule.Not) {
        collect(((ChoiceRule.Not) rule).rule(), used);
      } else {
        ChoiceRule.Comparison comparison = (ChoiceRule.Comparison) rule;
        assertThat(comparison.variable()).isNotNull();
        assertThat(comparison.operator().isPath() ? comparison.valuePath() : comparison.value()).isNotNull();
        used.add(comparison.operator());
      }
    }

    @Test
    void keeps_the_parallel_fields() {
      // GIVEN / WHEN
      ParallelState parallel = (ParallelState) definition.graph().state("Fan");
      // THEN
      assertThat(parallel.branches()).hasSize(2);
      assertThat(parallel.branches().get(0).comment()).isEqualTo("branch comment");
      assertThat(parallel.branches().get(1).state("B2")).isInstanceOf(SucceedState.class);
      assertThat(parallel.io().parameters()).isNotNull();
      assertThat(parallel.io().resultSelector()).isNotNull();
      assertThat(parallel.io().resultPath()).isNotNull();
      assertThat(parallel.io().assign()).isNotNull();
      assertThat(parallel.io().comment()).isEqualTo("parallel comment");
      assertThat(parallel.errorHandling().retry()).hasSize(1);
      assertThat(parallel.errorHandling().catchers()).hasSize(1);
    }

    @Test
    void keeps_the_inline_map_fields() {
      // GIVEN / WHEN
      MapState map = (MapState) definition.graph().state("Each");
      MapState legacy = (MapState) definition.graph().state("Legacy");
      // THEN
      assertThat(map.itemsPath().text()).isEqualTo("$.items");
      assertThat(map.itemSelector().source().toString()).isEqualTo("{\"item.$\":\"$$.Map.Item.Value\"}");
      assertThat(map.processor().mode()).isEqualTo(ItemProcessor.Mode.INLINE);
      assertThat(map.processor().graph().comment()).isEqualTo("processor comment");
      assertThat(map.maxConcurrency().path().text()).isEqualTo("$.concurrency");
      assertThat(map.io().resultSelector()).isNotNull();
      assertThat(map.io().resultPath()).isNotNull();
      assertThat(map.io().assign()).isNotNull();
      assertThat(map.io().comment()).isEqualTo("map comment");
      assertThat(map.errorHandling().retry()).hasSize(1);
      assertThat(map.errorHandling().catchers()).hasSize(1);
      assertThat(legacy.processor().graph().state("L1")).isNotNull();
      assertThat(legacy.itemSelector().source().toString()).isEqualTo("{\"item.$\":\"$$.Map.Item.Value\"}");
      assertThat(legacy.maxConcurrency().constant().asInt()).isEqualTo(2);
    }

    @Test
    void keeps_the_distributed_map_fields() {
      // GIVEN / WHEN
      MapState map = (MapState) definition.graph().state("Distributed");
      MapState tolerant = (MapState) definition.graph().state("Tolerant");
      // THEN
      assertThat(map.isDistributed()).isTrue();
      assertThat(map.processor().executionType()).isEqualTo("EXPRESS");
      assertThat(map.label()).isEqualTo("distributed");
      assertThat(map.itemReader().resource()).isEqualTo("arn:aws:states:::s3:getObject");
      assertThat(map.itemReader().parameters()).isNotNull();
      assertThat(map.itemReader().readerConfig().get("CSVHeaders").size()).isEqualTo(2);
      assertThat(map.itemReader().maxItems().path().text()).isEqualTo("$.maxItems");
      assertThat(map.itemBatcher().maxItemsPerBatch().constant().asInt()).isEqualTo(10);
      assertThat(map.itemBatcher().maxInputBytesPerBatch().path().text()).isEqualTo("$.maxBytes");
      assertThat(map.itemBatcher().batchInput()).isNotNull();
      assertThat(map.resultWriter().resource()).isEqualTo("arn:aws:states:::s3:putObject");
      assertThat(map.resultWriter().parameters()).isNotNull();
      assertThat(map.resultWriter().writerConfig().get("OutputType").asText()).isEqualTo("JSONL");
      assertThat(map.toleratedFailurePercentage().constant().decimalValue()).isEqualByComparingTo("12.5");
      assertThat(map.toleratedFailureCount().path().text()).isEqualTo("$.failures");
      assertThat(tolerant.toleratedFailureCount().constant().asInt()).isEqualTo(3);
      assertThat(tolerant.toleratedFailurePercentage().path().text()).isEqualTo("$.percentage");
    }

    @Test
    void keeps_the_succeed_and_fail_fields() {
      // GIVEN / WHEN
      SucceedState done = (SucceedState) definition.graph().state("Done");
      FailState boom = (FailState) definition.graph().state("Boom");
      // THEN
      assertThat(done.io().comment()).isEqualTo("succeed comment");
      assertThat(done.io().inputPath()).isNotNull();
      assertThat(done.io().outputPath()).isNotNull();
      assertThat(done.isEnd()).isTrue();
      assertThat(boom.error().path().text()).isEqualTo("$.error.Error");
      assertThat(boom.cause().path().text()).isEqualTo("$.error.Cause");
    }

    @Test
    void reaches_every_state_of_the_definition() {
      // GIVEN the names in the JSON
      JsonNode states = definition.source().get("States");
      // WHEN / THEN every one is in the model
      List<String> names = new java.util.ArrayList<>();
      states.fieldNames().forEachRemaining(names::add);
      assertThat(definition.graph().states().keySet()).containsExactlyElementsOf(names);
    }
  }

  @Nested
  class every_jsonata_field {

    final DefinitionParser.Result result = DefinitionParser.parseWithDiagnostics(resource("every-field-jsonata.asl.json"));
    final StateMachineDefinition definition = result.definition();

    @Test
    void parses_without_diagnostics() {
      // GIVEN the definition using every JSONata field
      // WHEN it is parsed
      // THEN
      assertThat(result.diagnostics()).isEmpty();
      assertThat(definition.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    }

    @Test
    void keeps_the_state_fields() {
      // GIVEN / WHEN
      PassState pass = (PassState) definition.graph().state("Init");
      WaitState seconds = (WaitState) definition.graph().state("WaitSeconds");
      WaitState timestamp = (WaitState) definition.graph().state("WaitTimestamp");
      TaskState task = (TaskState) definition.graph().state("Work");
      FailState boom = (FailState) definition.graph().state("Boom");
      SucceedState done = (SucceedState) definition.graph().state("Done");
      // THEN
      assertThat(pass.io().queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
      assertThat(pass.io().output()).isNotNull();
      assertThat(pass.io().assign()).isNotNull();
      assertThat(pass.io().comment()).isEqualTo("pass comment");
      assertThat(seconds.seconds().expression()).isNotNull();
      assertThat(timestamp.timestamp().constant().asText()).isEqualTo("2016-03-14T01:59:00Z");
      assertThat(timestamp.io().output()).isNotNull();
      assertThat(task.io().arguments()).isNotNull();
      assertThat(task.io().output()).isNotNull();
      assertThat(task.io().assign()).isNotNull();
      assertThat(task.timeout().expression()).isNotNull();
      assertThat(task.heartbeat().constant().asInt()).isEqualTo(10);
      assertThat(task.credentials()).isNotNull();
      assertThat(task.errorHandling().catchers().get(0).output()).isNotNull();
      assertThat(task.errorHandling().catchers().get(0).assign()).isNotNull();
      assertThat(task.errorHandling().catchers().get(0).comment()).isEqualTo("catch comment");
      assertThat(boom.error().expression()).isNotNull();
      assertThat(boom.cause().expression()).isNotNull();
      assertThat(done.io().output()).isNotNull();
    }

    @Test
    void keeps_the_choice_fields() {
      // GIVEN / WHEN
      ChoiceState choice = (ChoiceState) definition.graph().state("Decide");
      // THEN
      Choice first = choice.choices().get(0);
      assertThat(first.rule()).isInstanceOf(ChoiceRule.Condition.class);
      assertThat(first.output()).isNotNull();
      assertThat(first.assign()).isNotNull();
      assertThat(first.comment()).isEqualTo("rule comment");
      assertThat(((ChoiceRule.Condition) choice.choices().get(1).rule()).condition().source().asBoolean()).isTrue();
      assertThat(choice.defaultState()).isEqualTo("Fan");
      assertThat(choice.io().output()).isNotNull();
      assertThat(choice.io().assign()).isNotNull();
    }

    @Test
    void keeps_the_parallel_and_map_fields() {
      // GIVEN / WHEN
      ParallelState parallel = (ParallelState) definition.graph().state("Fan");
      MapState each = (MapState) definition.graph().state("Each");
      MapState distributed = (MapState) definition.graph().state("Distributed");
      // THEN
      assertThat(parallel.io().arguments()).isNotNull();
      assertThat(parallel.io().output()).isNotNull();
      assertThat(parallel.io().assign()).isNotNull();
      assertThat(each.items()).isNotNull();
      assertThat(each.itemsPath()).isNull();
      assertThat(each.itemSelector()).isNotNull();
      assertThat(each.maxConcurrency().expression()).isNotNull();
      assertThat(each.toleratedFailureCount().expression()).isNotNull();
      assertThat(each.toleratedFailurePercentage().constant().asInt()).isEqualTo(50);
      assertThat(each.io().output()).isNotNull();
      assertThat(distributed.label()).isEqualTo("jsonata");
      assertThat(distributed.itemReader().parameters()).isNotNull();
      assertThat(distributed.itemReader().maxItems().expression()).isNotNull();
      assertThat(distributed.itemBatcher().maxItemsPerBatch().expression()).isNotNull();
      assertThat(distributed.itemBatcher().maxInputBytesPerBatch().constant().asInt()).isEqualTo(1024);
      assertThat(distributed.itemBatcher().batchInput()).isNotNull();
      assertThat(distributed.resultWriter().parameters()).isNotNull();
      assertThat(distributed.processor().executionType()).isEqualTo("STANDARD");
    }
  }

  @Nested
  class mixed_query_languages {

    @Test
    void a_jsonata_state_in_a_jsonpath_machine_is_jsonata_and_its_neighbours_jsonpath() {
      // GIVEN
      String json = """
          {"StartAt": "A", "States": {
            "A": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% 1 %}", "Next": "B"},
            "B": {"Type": "Pass", "ResultPath": "$.b", "End": true}}}
          """;
      // WHEN
      StateMachineDefinition definition = DefinitionParser.parse(json);
      // THEN
      assertThat(definition.graph().state("A").queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
      assertThat(definition.graph().state("B").queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
    }

    @Test
    void a_nested_state_takes_the_machines_language_not_its_parents() {
      // GIVEN a JSONata Map in a JSONPath machine (observed: the Map's language does not reach
      // the states of its ItemProcessor)
      String json = """
          {"StartAt": "M", "States": {"M": {"Type": "Map", "QueryLanguage": "JSONata", "Items": "{% [1] %}",
            "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "ResultPath": "$.x", "End": true}}},
            "End": true}}}
          """;
      // WHEN
      StateMachineDefinition definition = DefinitionParser.parse(json);
      // THEN
      MapState map = (MapState) definition.graph().state("M");
      assertThat(map.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
      assertThat(map.processor().graph().state("P").queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
    }
  }
}
