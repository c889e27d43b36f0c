package dev.sfntest.internal.expr.intrinsic;

import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.eval;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.failure;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.internal.expr.EvaluationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HashFunctionTest {

  @Nested
  class Hash {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MD5|812f45842bc6d66ee14572ce20db8e86",
        "SHA-1|aaff4a450a104cd177d28d18d74485e8cae074b7",
        "SHA-256|b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3",
        "SHA-384|d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562",
        "SHA-512|6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4",
    })
    void hashes_with_each_algorithm_aws_accepts(String algorithm, String expected) {
      // GIVEN: the corpus's test_hash inputs
      String input = "{\"fst\":\"input data\",\"snd\":\"" + algorithm + "\"}";
      // WHEN
      String result = eval("States.Hash($.fst, $.snd)", input).textValue();
      // THEN
      assertThat(result).isEqualTo(expected);
    }

    @Test
    void hashes_the_utf8_bytes() {
      // WHEN
      String result = eval("States.Hash($.s, 'SHA-256')", "{\"s\":\"こんにちは\"}").textValue();
      // THEN
      assertThat(result).isEqualTo("125aeadf27b0459b8760c13a3d80912dfa8a81a68261906f60d87f4a0268646c");
    }

    @Test
    void hashes_a_non_string_by_its_text_as_aws_does() {
      // WHEN
      String number = eval("States.Hash(123, 'MD5')").textValue();
      String text = eval("States.Hash('123', 'MD5')").textValue();
      // THEN
      assertThat(number).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'sha-256'", "'SHA256'", "'MD-5'", "'SHA-257'", "''", "123"})
    void accepts_only_the_exact_algorithm_names(String algorithm) {
      // GIVEN
      String expression = "States.Hash('data', " + algorithm + ")";
      // WHEN
      EvaluationException error = failure(expression);
      // THEN
      assertThat(error.causeText()).isEqualTo(invalidArguments(expression, "States.Hash"));
    }

    @Test
    void accepts_10000_characters_and_rejects_10001() {
      // WHEN
      String ok = eval("States.Hash($.s, 'MD5')", "{\"s\":\"" + "a".repeat(10_000) + "\"}").textValue();
      EvaluationException error = failure("States.Hash($.s, 'MD5')", "{\"s\":\"" + "a".repeat(10_001) + "\"}");
      // THEN
      assertThat(ok).hasSize(32);
      assertThat(error.causeText()).endsWith("Invalid arguments in States.Hash");
    }
  }
}
