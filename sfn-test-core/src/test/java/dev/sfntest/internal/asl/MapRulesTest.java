package dev.sfntest.internal.asl;

import static dev.sfntest.internal.asl.Asl.assertAccepted;
import static dev.sfntest.internal.asl.Asl.error;
import static dev.sfntest.internal.asl.Asl.errors;
import static dev.sfntest.internal.asl.Asl.jsonata;
import static dev.sfntest.internal.asl.Asl.map;
import static dev.sfntest.internal.asl.Asl.one;
import static dev.sfntest.internal.asl.Asl.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Map states: processor, ProcessorConfig, ItemSelector, ItemReader, ItemBatcher, ResultWriter, Label. */
class MapRulesTest {

  private static final String PROCESSOR =
      "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";

  private static String distributed(String fields) {
    return one("{\"Type\": \"Map\", " + fields + ", \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\","
        + " \"ExecutionType\": \"STANDARD\"}, \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}},"
        + " \"End\": true}");
  }

  @Nested
  class processor {

    @Test
    void a_map_has_an_item_processor_or_an_iterator() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(one("{\"Type\": \"Map\", \"End\": true}"))).containsExactly(
          schema(Messages.exactlyOneOf(List.of("ItemProcessor", "Iterator")), "/States/S"));
      assertThat(errors(one("{\"Type\": \"Map\", \"ItemProcessor\": " + PROCESSOR + ", \"Iterator\": " + PROCESSOR
          + ", \"End\": true}"))).contains(
          schema(Messages.onlyOneOf(List.of("ItemProcessor", "Iterator")), "/States/S/ItemProcessor"));
      assertAccepted(one("{\"Type\": \"Map\", \"Iterator\": " + PROCESSOR + ", \"End\": true}"));
    }

    @Test
    void distributed_mode_needs_an_execution_type() {
      // GIVEN / WHEN / THEN
      String json = one("{\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\"},"
          + " \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}}");
      assertThat(errors(json)).containsExactly(
          schema(Messages.required(List.of("ExecutionType")), "/States/S/ItemProcessor/ProcessorConfig"));
      assertAccepted(json.replace("\"DISTRIBUTED\"}", "\"DISTRIBUTED\", \"ExecutionType\": \"EXPRESS\"}"));
    }

    @Test
    void inline_mode_has_no_execution_type() {
      // GIVEN / WHEN / THEN
      String json = one("{\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"INLINE\","
          + " \"ExecutionType\": \"STANDARD\"}, \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}}");
      assertThat(errors(json)).containsExactly(
          schema(Messages.notSupported("ExecutionType"), "/States/S/ItemProcessor/ProcessorConfig"));
    }

    @Test
    void mode_and_execution_type_are_enumerations() {
      // GIVEN / WHEN / THEN
      String json = one("{\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"PARALLEL\","
          + " \"ExecutionType\": \"FAST\"}, \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}}");
      assertThat(errors(json)).contains(
          schema(Messages.oneOfValues(List.of("INLINE", "DISTRIBUTED")), "/States/S/ItemProcessor/ProcessorConfig/Mode"),
          schema(Messages.oneOfValues(List.of("STANDARD", "EXPRESS")),
              "/States/S/ItemProcessor/ProcessorConfig/ExecutionType"));
    }
  }

  @Nested
  class items {

    @Test
    void item_selector_and_its_legacy_parameters_are_exclusive() {
      // GIVEN / WHEN / THEN
      assertThat(errors(map("\"ItemSelector\": {}, \"Parameters\": {}"))).containsExactly(
          schema(Messages.onlyOneOf(List.of("ItemSelector", "Parameters")), "/States/S/ItemSelector"));
      assertAccepted(map("\"Parameters\": {\"v.$\": \"$$.Map.Item.Value\"}"));
    }

    @Test
    void jsonata_items_are_an_array_or_an_expression() {
      // GIVEN / WHEN / THEN
      String state = "{\"Type\": \"Map\", \"Items\": %s, \"ItemProcessor\": " + PROCESSOR + ", \"End\": true}";
      assertThat(errors(jsonata(state.formatted("{\"a\": 1}")))).containsExactly(
          schema(Messages.expectedType("Array"), "/States/S/Items"));
      assertAccepted(jsonata(state.formatted("[1, 2]")));
      assertAccepted(jsonata(state.formatted("\"{% $states.input.items %}\"")));
    }
  }

  @Nested
  class item_reader {

    @Test
    void the_reader_reads_an_s3_object_or_listing() {
      // GIVEN / WHEN / THEN (observed message)
      String json = distributed("\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:unknownOperation\","
          + " \"Parameters\": {\"Bucket\": \"b\", \"Key\": \"k\"}, \"ReaderConfig\": {\"InputType\": \"JSON\"}}");
      assertThat(errors(json)).containsExactly(schema(Messages.RESOURCE_NOT_ALLOWED, "/States/S/ItemReader/Resource"));
      assertAccepted(json.replace("unknownOperation", "getObject"));
      assertAccepted(json.replace("unknownOperation", "listObjectsV2").replace(", \"ReaderConfig\": {\"InputType\": \"JSON\"}", ""));
    }

    @Test
    void the_input_type_is_an_enumeration() {
      // GIVEN / WHEN / THEN (observed location)
      String json = distributed("\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:getObject\","
          + " \"Parameters\": {\"Bucket\": \"b\", \"Key\": \"k\"}, \"ReaderConfig\": {\"InputType\": \"UNSUPPORTED\"}}");
      assertThat(errors(json)).containsExactly(schema(Messages.oneOfValues(List.of("CSV", "JSON", "JSONL", "MANIFEST",
          "PARQUET")), "/States/S/ItemReader/ReaderConfig/InputType"));
    }

    @Test
    void csv_needs_its_header_location_and_given_headers() {
      // GIVEN / WHEN / THEN
      String reader = "\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:getObject\","
          + " \"Parameters\": {\"Bucket\": \"b\", \"Key\": \"k\"}, \"ReaderConfig\": %s}";
      assertThat(errors(distributed(reader.formatted("{\"InputType\": \"CSV\"}")))).containsExactly(
          schema(Messages.fieldRequired("CSVHeaderLocation"), "/States/S/ItemReader/ReaderConfig"));
      assertThat(errors(distributed(reader.formatted("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\"}"))))
          .containsExactly(schema(Messages.required(List.of("CSVHeaders")), "/States/S/ItemReader/ReaderConfig"));
      assertThat(errors(distributed(reader.formatted("{\"InputType\": \"JSON\", \"CSVHeaderLocation\": \"FIRST_ROW\"}"))))
          .containsExactly(schema(Messages.notSupported("CSVHeaderLocation"), "/States/S/ItemReader/ReaderConfig"));
      assertAccepted(distributed(reader.formatted("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\","
          + " \"CSVHeaders\": [\"a\"], \"MaxItems\": 100000000}")));
    }

    @Test
    void max_items_is_at_most_100_million() {
      // GIVEN / WHEN / THEN (observed)
      String json = distributed("\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:getObject\","
          + " \"Parameters\": {\"Bucket\": \"b\", \"Key\": \"k\"}, \"ReaderConfig\": {\"InputType\": \"JSON\","
          + " \"MaxItems\": 100000001}}");
      assertThat(errors(json)).containsExactly(
          schema(Messages.maximum("100000000"), "/States/S/ItemReader/ReaderConfig/MaxItems"));
    }
  }

  @Nested
  class item_batcher {

    @Test
    void a_batch_is_at_most_256_kib() {
      // GIVEN / WHEN / THEN
      assertThat(errors(distributed("\"ItemBatcher\": {\"MaxInputBytesPerBatch\": 262145}"))).containsExactly(
          schema(Messages.maximum("262144"), "/States/S/ItemBatcher/MaxInputBytesPerBatch"));
      assertAccepted(distributed("\"ItemBatcher\": {\"MaxInputBytesPerBatch\": 262144, \"MaxItemsPerBatch\": 5}"));
    }

    @Test
    void the_batcher_paths_are_jsonpath_only() {
      // GIVEN / WHEN / THEN
      String json = "{\"Type\": \"Map\", \"ItemBatcher\": {\"MaxItemsPerBatchPath\": \"$.n\"}, \"ItemProcessor\": "
          + PROCESSOR + ", \"End\": true}";
      assertThat(errors(jsonata(json))).containsExactly(
          schema(Messages.wrongLanguage(QueryLanguage.JSONATA, "MaxItemsPerBatchPath"), "/States/S/ItemBatcher"));
    }
  }

  @Nested
  class result_writer {

    @Test
    void a_writer_with_a_resource_has_its_request() {
      // GIVEN / WHEN / THEN
      assertThat(errors(distributed("\"ResultWriter\": {\"Resource\": \"arn:aws:states:::s3:putObject\"}")))
          .containsExactly(schema(Messages.required(List.of("Parameters")), "/States/S/ResultWriter"));
      assertThat(errors(distributed("\"ResultWriter\": {}")))
          .containsExactly(schema(Messages.required(List.of("Resource")), "/States/S/ResultWriter"));
      assertAccepted(distributed("\"ResultWriter\": {\"Resource\": \"arn:aws:states:::s3:putObject\","
          + " \"Parameters\": {\"Bucket\": \"b\", \"Prefix\": \"p\"}}"));
    }

    @Test
    void the_writer_writes_to_s3() {
      // GIVEN / WHEN / THEN
      assertThat(errors(distributed("\"ResultWriter\": {\"Resource\": \"arn:aws:states:::s3:getObject\","
          + " \"Parameters\": {\"Bucket\": \"b\"}}")))
          .containsExactly(schema(Messages.RESOURCE_NOT_ALLOWED, "/States/S/ResultWriter/Resource"));
    }

    @Test
    void writer_config_has_a_transformation_and_an_output_type() {
      // GIVEN / WHEN / THEN
      assertThat(errors(distributed("\"ResultWriter\": {\"WriterConfig\": {\"Transformation\": \"COMPACT\"}}")))
          .containsExactly(schema(Messages.required(List.of("OutputType")), "/States/S/ResultWriter/WriterConfig"));
      assertAccepted(distributed("\"ResultWriter\": {\"WriterConfig\": {\"Transformation\": \"COMPACT\","
          + " \"OutputType\": \"JSON\"}}"));
    }
  }

  @Nested
  class label {

    @Test
    void a_label_has_no_special_characters_and_at_most_40_characters() {
      // GIVEN / WHEN / THEN
      assertThat(errors(map("\"Label\": \"my label\""))).containsExactly(
          error(Diagnostic.INVALID_LABEL_NAME, Messages.LABEL_NAME, "/States/S/Label"));
      assertThat(errors(map("\"Label\": \"" + "l".repeat(41) + "\""))).containsExactly(
          error(Diagnostic.INVALID_LABEL_NAME, Messages.LABEL_NAME, "/States/S/Label"));
      assertAccepted(map("\"Label\": \"my-label_1\""));
    }

    @Test
    void a_label_is_unique_in_the_machine() {
      // GIVEN two Maps with one label
      String json = """
          {"StartAt": "A", "States": {
            "A": {"Type": "Map", "Label": "run", "Next": "B",
                  "ItemProcessor": {"StartAt": "P1", "States": {"P1": {"Type": "Pass", "End": true}}}},
            "B": {"Type": "Map", "Label": "run", "End": true,
                  "ItemProcessor": {"StartAt": "P2", "States": {"P2": {"Type": "Pass", "End": true}}}}}}
          """;
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(
          error(Diagnostic.DUPLICATE_LABEL_NAME, Messages.duplicateLabel("run"), "/States/B/Label"));
    }
  }
}
