package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextRewriterTest {

  @Nested
  class literals {

    @Test
    void replaces_the_longest_value_first() {
      // GIVEN a role ARN that contains the account id
      Map<String, String> back = new LinkedHashMap<>();
      back.put("123456789012", "111111111111");
      back.put("arn:aws:iam::123456789012:role/r", "snf_role_arn");
      // WHEN
      String text = TextRewriter.literals(back).apply("{\"roleArn\":\"arn:aws:iam::123456789012:role/r\",\"a\":\"123456789012\"}");
      // THEN the ARN goes as a whole, the lone account id on its own
      assertThat(text).isEqualTo("{\"roleArn\":\"snf_role_arn\",\"a\":\"111111111111\"}");
    }

    @Test
    void never_rewrites_a_replacement_again() {
      // GIVEN a replacement that contains another key
      Map<String, String> back = Map.of("sfntest-bucket-name", "bucket-name", "bucket-name", "X");
      // WHEN
      String text = TextRewriter.literals(back).apply("sfntest-bucket-name");
      // THEN
      assertThat(text).isEqualTo("bucket-name");
    }
  }

  @Nested
  class regex {

    @Test
    void replaces_every_match_literally() {
      // GIVEN the corpus's request id rule
      TextRewriter rule = TextRewriter.regex("Request ID: [\\w\\-]+", "Request ID: <request_id>");
      // WHEN
      String text = rule.apply("failed (Request ID: 4f1d-9a; Request ID: b2)");
      // THEN
      assertThat(text).isEqualTo("failed (Request ID: <request_id>; Request ID: <request_id>)");
    }
  }

  @Nested
  class then {

    @Test
    void runs_the_steps_in_order() {
      // GIVEN
      TextRewriter rewrite = TextRewriter.literals(Map.of("a", "b")).then(TextRewriter.literals(Map.of("b", "c")));
      // WHEN
      String text = rewrite.apply("a");
      // THEN
      assertThat(text).isEqualTo("c");
    }
  }
}
