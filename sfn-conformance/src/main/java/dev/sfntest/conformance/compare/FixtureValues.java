package dev.sfntest.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.Expected;
import dev.sfntest.conformance.corpus.SnapshotTransformer;
import dev.sfntest.internal.shared.compare.Jsons;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values the recorded test read from the execution and masked by their own text (e.g. the UUID a
 * {@code States.UUID()} call returned became {@code generated-uuid}): the run cannot know them,
 * so in the expected side they become wildcards ({@code <fixture-value:N>}) that must bind to the
 * same text everywhere. A replacement that also occurs in the definition or input names something
 * the runner itself supplies, and stays literal.
 */
final class FixtureValues {

  static final String STANDS_FOR = "value returned by a test fixture or AWS call";

  private FixtureValues() {}

  /** The case's expectations with its fixture values as wildcards (the same object when there are none). */
  static Expected asWildcards(ConformanceCase c) {
    Map<String, String> tokens = new LinkedHashMap<>();
    String given = Jsons.write(c.definition()) + "\n" + c.inputString();
    for (SnapshotTransformer t : c.transformers()) {
      if (t.isNamedValue() && STANDS_FOR.equals(t.standsFor()) && !given.contains(t.replacement())) {
        tokens.put(t.replacement(), "<fixture-value:" + (tokens.size() + 1) + ">");
      }
    }
    if (tokens.isEmpty()) {
      return c.expected();
    }
    Expected e = c.expected();
    return new Expected(e.status(), rewrite(e.output(), tokens), e.error(), rewrite(e.cause(), tokens),
        (ArrayNode) rewrite(e.history(), tokens), e.outputOnly(), rewrite(e.syncResponse(), tokens),
        rewrite(e.expressLogEndEvent(), tokens), e.historyIncomplete());
  }

  private static JsonNode rewrite(JsonNode node, Map<String, String> tokens) {
    if (node == null) {
      return null;
    }
    String text = Jsons.write(node);
    for (Map.Entry<String, String> token : tokens.entrySet()) {
      text = text.replace(token.getKey(), token.getValue());
    }
    return Jsons.parse(text);
  }
}
