package dev.sfntest.internal.expr.intrinsic;

import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.eval;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.failure;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.EvaluationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingFunctionsTest {

  @Nested
  class Base64Encode {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Data to encode|RGF0YSB0byBlbmNvZGU=",
        "Hello World|SGVsbG8gV29ybGQ=",
        "\"\"|\"\"",
        "✓|4pyT",
        "こんにちは|44GT44KT44Gr44Gh44Gv",
        "🚀|8J+agA==",
    })
    void encodes_the_utf8_bytes(String text, String expected) {
      // WHEN
      String result = eval("States.Base64Encode($.s)", "{\"s\":\"" + text + "\"}").textValue();
      // THEN
      assertThat(result).isEqualTo(expected);
    }

    @Test
    void accepts_10000_characters_and_rejects_10001() {
      // GIVEN
      String limit = "a".repeat(10_000);
      String over = "a".repeat(10_001);
      // WHEN
      String encoded = eval("States.Base64Encode($.s)", "{\"s\":\"" + limit + "\"}").textValue();
      EvaluationException error = failure("States.Base64Encode($.s)", "{\"s\":\"" + over + "\"}");
      // THEN
      assertThat(encoded).hasSize(13_336);
      assertThat(error.error()).isEqualTo(ErrorNames.RUNTIME);
      assertThat(error.causeText()).isEqualTo(invalidArguments("States.Base64Encode($.s)", "States.Base64Encode"));
    }

    @Test
    void rejects_a_non_string() {
      // WHEN
      EvaluationException error = failure("States.Base64Encode(123)");
      // THEN
      assertThat(error.causeText()).endsWith("Invalid arguments in States.Base64Encode");
    }
  }

  @Nested
  class Base64Decode {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "RGF0YSB0byBlbmNvZGU=|Data to encode",
        "SGVsbG8gV29ybGQ=|Hello World",
        "\"\"|\"\"",
        "4pyT|✓",
        "44GT44KT44Gr44Gh44Gv|こんにちは",
        "YWJjAGRlZg==|abc\u0000def",
    })
    void decodes_to_utf8_text(String encoded, String expected) {
      // WHEN
      String result = eval("States.Base64Decode($.s)", "{\"s\":\"" + encoded + "\"}").textValue();
      // THEN
      assertThat(result).isEqualTo(expected);
    }

    @Test
    void decodes_leniently_as_aws_does() {
      // WHEN: AWS decodes these rather than failing
      String unpadded = eval("States.Base64Decode('YWJjZA')").textValue();
      String spaced = eval("States.Base64Decode(' YWJjZA== ')").textValue();
      String stopsAtPadding = eval("States.Base64Decode('YWI=Y2Q=')").textValue();
      String junk = eval("States.Base64Decode('!!!invalid!!!')").textValue();
      // THEN
      assertThat(unpadded).isEqualTo("abcd");
      assertThat(spaced).isEqualTo("abcd");
      assertThat(stopsAtPadding).isEqualTo("ab");
      assertThat(junk).isNotEmpty();
    }

    @Test
    void round_trips_with_encode() {
      // WHEN
      String result = eval("States.Base64Decode(States.Base64Encode($.s))", "{\"s\":\"héllo wörld\"}").textValue();
      // THEN
      assertThat(result).isEqualTo("héllo wörld");
    }

    @Test
    void rejects_more_than_10000_characters_and_non_strings() {
      // GIVEN
      String over = "A".repeat(10_001);
      // WHEN
      EvaluationException tooLong = failure("States.Base64Decode($.s)", "{\"s\":\"" + over + "\"}");
      EvaluationException object = failure("States.Base64Decode($.o)", "{\"o\":{}}");
      // THEN
      assertThat(tooLong.causeText()).endsWith("Invalid arguments in States.Base64Decode");
      assertThat(object.causeText()).endsWith("Invalid arguments in States.Base64Decode");
    }
  }
}
