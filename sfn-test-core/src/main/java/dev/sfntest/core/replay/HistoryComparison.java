package dev.sfntest.core.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.shared.compare.Bindings;
import dev.sfntest.internal.shared.compare.Difference;
import dev.sfntest.internal.shared.compare.HistoryMatcher;
import dev.sfntest.internal.shared.compare.Jsons;
import dev.sfntest.internal.shared.compare.Normaliser;
import dev.sfntest.internal.shared.compare.TextRewriter;
import dev.sfntest.internal.shared.model.SdkModelJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Compares a replayed history with the recorded one as the conformance runner compares the fake
 * with AWS (notes/aws-history-format.md, sections 3 to 7): both sides go through the corpus's
 * generic rules (JSON text by value, timestamps and ISO dates masked, UUIDs under {@code id} keys
 * as references), then event by event: type, ids, then details. What a replay cannot reproduce
 * is mapped first: the task tokens the fake generated become the recorded ones where the
 * workflow passed them on.
 */
final class HistoryComparison {

  private HistoryComparison() {}

  /** The first difference, or {@code null} when the histories match. */
  static Difference compare(List<HistoryEvent> recorded, List<HistoryEvent> replayed, Set<String> fakeTokens) {
    ObjectNode expected = entry(recorded);
    ObjectNode actual = entry(replayed);
    Map<String, String> tokens = recordedTokens((ArrayNode) expected.get("events"), (ArrayNode) actual.get("events"),
        fakeTokens);
    Normaliser generic = Normaliser.builder().generic().build();
    Normaliser replay = Normaliser.builder().text(TextRewriter.literals(tokens)).generic().build();
    ArrayNode expectedEvents = (ArrayNode) generic.normalise(expected).get("events");
    ArrayNode actualEvents = (ArrayNode) replay.normalise(actual).get("events");
    return new HistoryMatcher(new Bindings()).compare(expectedEvents, actualEvents, false);
  }

  private static ObjectNode entry(List<HistoryEvent> events) {
    ObjectNode entry = Jsons.object();
    ArrayNode array = entry.putArray("events");
    for (HistoryEvent event : events) {
      // The corpus drops timestamps; the comparison does too
      ObjectNode json = SdkModelJson.toJson(event);
      json.remove("timestamp");
      array.add(Jsons.parse(json.toString()));
    }
    return entry;
  }

  /**
   * The fake's task tokens and the recorded ones they stand for: a {@code .waitForTaskToken} task
   * usually passes {@code $$.Task.Token} in its parameters, where the two histories then differ.
   * The n-th such TaskScheduled of one side is paired with the n-th of the other, and each string
   * of the replayed parameters that is a token the fake generated is paired with the recorded
   * string at the same place.
   */
  private static Map<String, String> recordedTokens(ArrayNode expected, ArrayNode actual, Set<String> fakeTokens) {
    List<JsonNode> recordedCalls = callbackParameters(expected);
    List<JsonNode> replayedCalls = callbackParameters(actual);
    Map<String, String> tokens = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(recordedCalls.size(), replayedCalls.size()); i++) {
      pairTokens(recordedCalls.get(i), replayedCalls.get(i), fakeTokens, tokens);
    }
    return tokens;
  }

  private static List<JsonNode> callbackParameters(ArrayNode events) {
    List<JsonNode> parameters = new ArrayList<>();
    for (JsonNode event : events) {
      JsonNode details = event.path("taskScheduledEventDetails");
      if (details.path("resource").asText("").endsWith(".waitForTaskToken") && details.path("parameters").isTextual()) {
        JsonNode parsed = Jsons.tryParse(details.get("parameters").asText());
        if (parsed != null) {
          parameters.add(parsed);
        }
      }
    }
    return parameters;
  }

  private static void pairTokens(JsonNode recorded, JsonNode replayed, Set<String> fakeTokens,
      Map<String, String> tokens) {
    if (replayed == null || recorded == null) {
      return;
    }
    if (replayed.isTextual() && recorded.isTextual()) {
      if (fakeTokens.contains(replayed.asText()) && !replayed.asText().equals(recorded.asText())) {
        tokens.putIfAbsent(replayed.asText(), recorded.asText());
      }
      return;
    }
    if (replayed.isObject()) {
      replayed.properties().forEach(member -> pairTokens(recorded.get(member.getKey()), member.getValue(), fakeTokens,
          tokens));
    } else if (replayed.isArray()) {
      for (int i = 0; i < replayed.size(); i++) {
        pairTokens(recorded.get(i), replayed.get(i), fakeTokens, tokens);
      }
    }
  }
}
