package dev.sfntest.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One random change to a JSON tree: a member deleted, a value replaced, a member renamed. */
final class Mutations {

  enum Kind { DELETE, REPLACE, RENAME }

  private Mutations() {}

  /** Applies the change to the {@code target}-th member (modulo their number) of {@code tree}, in place. */
  static void mutate(JsonNode tree, Kind kind, int target, JsonNode value) {
    List<Map.Entry<ObjectNode, String>> members = new ArrayList<>();
    List<Map.Entry<ArrayNode, Integer>> elements = new ArrayList<>();
    collect(tree, members, elements);
    if (members.isEmpty()) {
      return;
    }
    if (kind == Kind.REPLACE && !elements.isEmpty() && target % 3 == 0) {
      Map.Entry<ArrayNode, Integer> element = elements.get(target % elements.size());
      element.getKey().set(element.getValue(), value.deepCopy());
      return;
    }
    Map.Entry<ObjectNode, String> member = members.get(target % members.size());
    ObjectNode owner = member.getKey();
    switch (kind) {
      case DELETE -> owner.remove(member.getValue());
      case REPLACE -> owner.set(member.getValue(), value.deepCopy());
      case RENAME -> {
        JsonNode moved = owner.remove(member.getValue());
        owner.set(value.isTextual() ? value.asText() : value.toString(), moved);
      }
    }
  }

  private static void collect(JsonNode node, List<Map.Entry<ObjectNode, String>> members,
      List<Map.Entry<ArrayNode, Integer>> elements) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        members.add(Map.entry((ObjectNode) node, member.getKey()));
        collect(member.getValue(), members, elements);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        elements.add(Map.entry((ArrayNode) node, i));
        collect(node.get(i), members, elements);
      }
    }
  }
}
