package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SnapshotPathTest {

  @Nested
  class find {

    @Test
    void finds_a_name_at_any_depth_after_two_dots() {
      // GIVEN
      JsonNode tree = Jsons.parse("{\"a\": {\"TaskToken\": 1}, \"b\": [{\"TaskToken\": 2}], \"TaskToken\": 3}");
      // WHEN
      List<SnapshotPath.Location> found = SnapshotPath.parse("$..TaskToken").find(tree);
      // THEN
      assertThat(found).extracting(l -> l.value().asInt()).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void follows_children_after_one_dot() {
      // GIVEN
      JsonNode tree = Jsons.parse("{\"events\": [{\"output\": {\"StartDate\": \"x\"}}, {\"StartDate\": \"y\"}]}");
      // WHEN
      List<SnapshotPath.Location> found = SnapshotPath.parse("$..output.StartDate").find(tree);
      // THEN only the StartDate under an output
      assertThat(found).extracting(l -> l.value().asText()).containsExactly("x");
    }

    @Test
    void takes_names_with_dashes() {
      // GIVEN
      JsonNode tree = Jsons.parse("{\"Headers\": {\"x-amz-apigw-id\": \"id\"}}");
      // WHEN
      List<SnapshotPath.Location> found = SnapshotPath.parse("$..Headers.x-amz-apigw-id").find(tree);
      // THEN
      assertThat(found).hasSize(1);
    }
  }

  @Nested
  class parse {

    @Test
    void refuses_filters_and_wildcards() {
      // WHEN / THEN
      assertThatThrownBy(() -> SnapshotPath.parse("$..a[0]")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> SnapshotPath.parse("$.*")).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
