package dev.sfntest.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.expr.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every definition of the conformance corpus was accepted by AWS (each case is a recorded
 * execution), so each must be accepted here, placeholders replaced by plausible values.
 *
 * <p>Cases that cannot be accepted yet because of work still under way elsewhere are listed below
 * by reason. Such a case passes if it is accepted, and otherwise must fail for that reason only,
 * then shows as skipped: delete its line when the work lands. Today that is every case using an
 * intrinsic function, since {@code Intrinsics.parse} is a stub that refuses every call (issue #4).
 * JSONata needs no list: its stub accepts every expression (issue #5).
 *
 * <p>The corpus is read from {@code sfntest.conformance.cases} if set, else from the copy vendored
 * in {@code sfn-conformance}, else from the shared folder it was taken from; with none, the test is
 * skipped.
 */
class ConformanceDefinitionsTest {

  /** Reason: the definition calls intrinsic functions; {@code Intrinsics.parse} is a stub (issue #4). */
  private static final Set<String> PENDING_INTRINSICS = Set.of("""
          v2_assign_test_assign_base.py_TestAssignBase_test_base_cases_BASE_PATHS__c3d6c90e
          v2_assign_test_assign_reference_variables.py_TestAssignReferenceVariables_test_assign_from_value_BASE_ASSIGN_FROM_INTRINSIC_FUNCTION__4274b905
          v2_assign_test_assign_reference_variables.py_TestAssignReferenceVariables_test_reference_assign_BASE_REFERENCE_IN_INTRINSIC_FUNCTION__9fd0f5d4
          v2_assign_test_assign_reference_variables.py_TestAssignReferenceVariables_test_reference_assign_BASE_REFERENCE_IN_ITERATOR_OUTER_SCOPE__5bb3c56a
          v2_intrinsic_functions_test_array.py_TestArray_test_array_0__18a2dd64
          v2_intrinsic_functions_test_array.py_TestArray_test_array_2_exec_hist_resp_0__5cbfebd8
          v2_intrinsic_functions_test_array.py_TestArray_test_array_2_exec_hist_resp_1__df8fb592
          v2_intrinsic_functions_test_array.py_TestArray_test_array_2_exec_hist_resp_2__9df82522
          v2_intrinsic_functions_test_array.py_TestArray_test_array_2_exec_hist_resp_3__fe0de16e
          v2_intrinsic_functions_test_array.py_TestArray_test_array_2_exec_hist_resp_4__32170e96
          v2_intrinsic_functions_test_array.py_TestArray_test_array_2_exec_hist_resp_5__74fecbe5
          v2_intrinsic_functions_test_array.py_TestArray_test_array_2_exec_hist_resp_6__6fa6194b
          v2_intrinsic_functions_test_array.py_TestArray_test_array_2_exec_hist_resp_7__ebf9be06
          v2_intrinsic_functions_test_array.py_TestArray_test_array_get_item__1418d2f4
          v2_intrinsic_functions_test_array.py_TestArray_test_array_length__529bf73d
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_0__5d6c0c85
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_10__18f7decc
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_11__f0332dd8
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_12__bc47190a
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_13__86f75554
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_14__eb9a9213
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_15__d77c343a
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_16__1c004174
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_17__d2449721
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_18__cb9ac1b2
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_19__daadb1ac
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_1__4e571a30
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_20__fb882ba2
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_21__1296c0a3
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_22__16acbc04
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_23__395294a7
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_24__81f2c722
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_2__b77272b5
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_3__8ae127dd
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_4__1fd43285
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_5__7ca0494f
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_6__65566dd6
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_7__5ffffe91
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_8__89a389a5
          v2_intrinsic_functions_test_array.py_TestArray_test_array_partition_exec_hist_resp_9__fcfd163f
          v2_intrinsic_functions_test_array.py_TestArray_test_array_range_exec_hist_resp_0__56a927ce
          v2_intrinsic_functions_test_array.py_TestArray_test_array_range_exec_hist_resp_1__8778aaa0
          v2_intrinsic_functions_test_array.py_TestArray_test_array_range_exec_hist_resp_2__0f195752
          v2_intrinsic_functions_test_array.py_TestArray_test_array_range_exec_hist_resp_3__0e6998bc
          v2_intrinsic_functions_test_encode_decode.py_TestEncodeDecode_test_base_64_decode_exec_hist_resp_0__a5d182d9
          v2_intrinsic_functions_test_encode_decode.py_TestEncodeDecode_test_base_64_decode_exec_hist_resp_1__d02aaf48
          v2_intrinsic_functions_test_encode_decode.py_TestEncodeDecode_test_base_64_encode_exec_hist_resp_0__7c8b67f2
          v2_intrinsic_functions_test_encode_decode.py_TestEncodeDecode_test_base_64_encode_exec_hist_resp_1__f0fb8e8d
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_context_json_path__7e42330c
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_1_exec_hist_resp_0__5643bf27
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_1_exec_hist_resp_1__220697a5
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_1_exec_hist_resp_2__48e29628
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_1_exec_hist_resp_3__51ea61c3
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_1_exec_hist_resp_4__f3ce1346
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_1_exec_hist_resp_5__0269a14c
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_1_exec_hist_resp_6__3c6e0d1f
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_2_exec_hist_resp_0__eb90884e
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_2_exec_hist_resp_1__c93d257f
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_2_exec_hist_resp_2__5fcdd26b
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_2_exec_hist_resp_3__0b9bcbb5
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_2_exec_hist_resp_4__aff0a36c
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_2_exec_hist_resp_5__1bc3f7b9
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_2_exec_hist_resp_6__56a4efd8
          v2_intrinsic_functions_test_generic.py_TestGeneric_test_format_2_exec_hist_resp_7__76c2a64f
          v2_intrinsic_functions_test_hash_calculations.py_TestHashCalculations_test_hash_exec_hist_resp_0__0eabcaeb
          v2_intrinsic_functions_test_hash_calculations.py_TestHashCalculations_test_hash_exec_hist_resp_1__609ba222
          v2_intrinsic_functions_test_hash_calculations.py_TestHashCalculations_test_hash_exec_hist_resp_2__77340813
          v2_intrinsic_functions_test_hash_calculations.py_TestHashCalculations_test_hash_exec_hist_resp_3__578fb71c
          v2_intrinsic_functions_test_hash_calculations.py_TestHashCalculations_test_hash_exec_hist_resp_4__1362acc8
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_json_merge_escaped_argument__3d06c3f4
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_json_to_string_exec_hist_resp_0__a055e070
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_json_to_string_exec_hist_resp_1__360d5c26
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_json_to_string_exec_hist_resp_2__f7ed5392
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_json_to_string_exec_hist_resp_3__c0003a83
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_json_to_string_exec_hist_resp_4__a52c8426
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_json_to_string_exec_hist_resp_5__bdaa7301
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_json_to_string_exec_hist_resp_6__704ec0c8
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_json_to_string_exec_hist_resp_7__c6b30f3e
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_string_to_json_exec_hist_resp_0__e9135897
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_string_to_json_exec_hist_resp_1__ec2d297b
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_string_to_json_exec_hist_resp_2__ef3bc1a0
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_string_to_json_exec_hist_resp_3__ab0fc180
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_string_to_json_exec_hist_resp_4__3c076351
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_string_to_json_exec_hist_resp_5__c57ebd41
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_string_to_json_exec_hist_resp_6__994b5043
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_string_to_json_exec_hist_resp_7__130f96c0
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_string_to_json_exec_hist_resp_8__4e4386ee
          v2_intrinsic_functions_test_json_manipulation.py_TestJsonManipulation_test_string_to_json_exec_hist_resp_9__93878873
          v2_intrinsic_functions_test_math_operations.py_TestMathOperations_test_math_random_seeded__589613e6
          v2_intrinsic_functions_test_string_operations.py_TestStringOperations_test_string_split_context_object__08831c06
          v2_intrinsic_functions_test_string_operations.py_TestStringOperations_test_string_split_exec_hist_resp_0__54e2ff43
          v2_intrinsic_functions_test_string_operations.py_TestStringOperations_test_string_split_exec_hist_resp_1__aed584df
          v2_intrinsic_functions_test_string_operations.py_TestStringOperations_test_string_split_exec_hist_resp_2__0c53b24d
          v2_intrinsic_functions_test_string_operations.py_TestStringOperations_test_string_split_exec_hist_resp_3__5a6a3d49
          v2_intrinsic_functions_test_string_operations.py_TestStringOperations_test_string_split_exec_hist_resp_4__e523772d
          v2_intrinsic_functions_test_string_operations.py_TestStringOperations_test_string_split_exec_hist_resp_5__4a2b0546
          v2_intrinsic_functions_test_string_operations.py_TestStringOperations_test_string_split_exec_hist_resp_6__f2070a97
          v2_intrinsic_functions_test_unique_id_generation.py_TestUniqueIdGeneration_test_uuid__5ba26202
          v2_local_mocking_test_base_scenarios.py_TestBaseScenarios_test_map_state_lambda__9afb6f8f
          v2_scenarios_test_base_scenarios.py_TestBaseScenarios_test_map_state_legacy_reentrant__b26c205f
          """.strip().split("\\s+"));

  private static final Map<Set<String>, String> PENDING = Map.of(
      PENDING_INTRINSICS, "valid intrinsic function call");

  @TestFactory
  Stream<DynamicTest> every_definition_is_accepted() throws IOException {
    Path folder = corpus();
    Assumptions.assumeTrue(folder != null, "no conformance corpus found");
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(845);
    return files.stream().map(file -> DynamicTest.dynamicTest(id(file), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    // GIVEN a definition AWS accepted, its placeholders filled in
    JsonNode recorded = Json.parse(Files.readString(file));
    String definition = concrete(recorded);
    // WHEN
    DefinitionParser.Result result = DefinitionParser.parseWithDiagnostics(definition,
        StateMachineType.valueOf(recorded.path("state_machine_type").asText("STANDARD")));
    // THEN
    List<Diagnostic> errors = result.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR).collect(Collectors.toList());
    String reason = pendingReason(id(file));
    if (reason != null && !errors.isEmpty()) {
      assertThat(errors).allSatisfy(e -> assertThat(e.message()).contains(reason));
      Assumptions.abort("pending: " + reason);
    }
    assertThat(errors).as(id(file)).isEmpty();
  }

  private static String pendingReason(String id) {
    return PENDING.entrySet().stream().filter(e -> e.getKey().contains(id)).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }

  private static String id(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  /**
   * The definition with its placeholders (see the corpus README) given values: the partition,
   * region and account, an activity or topic ARN where a whole value stands for one, and a name
   * for every other {@code <...>} token.
   */
  static String concrete(JsonNode recorded) {
    String definition = Json.write(recorded.get("definition"))
        .replace("arn:<partition>:", "arn:aws:")
        .replace("<region>", "us-east-1")
        .replace("111111111111", "123456789012");
    JsonNode placeholders = recorded.path("placeholders");
    for (Map.Entry<String, JsonNode> entry : placeholders.properties()) {
      String key = entry.getKey();
      String meaning = entry.getValue().asText();
      if (key.toLowerCase().endsWith("arn")) {
        String arn = meaning.contains("sns") ? "arn:aws:sns:us-east-1:123456789012:topic"
            : "arn:aws:states:us-east-1:123456789012:activity:placeholder";
        definition = definition.replace("\"" + key + "\"", "\"" + arn + "\"");
      }
    }
    return definition.replaceAll("<[A-Za-z0-9_:-]+>", "placeholder-1");
  }

  private static Path corpus() {
    String configured = System.getProperty("sfntest.conformance.cases");
    if (configured != null) {
      return Path.of(configured);
    }
    Path module = Path.of(System.getProperty("basedir", "."));
    for (Path candidate : List.of(
        module.resolve("../sfn-conformance/src/test/resources/conformance/cases"),
        Path.of("/work/shared/conformance/cases"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
