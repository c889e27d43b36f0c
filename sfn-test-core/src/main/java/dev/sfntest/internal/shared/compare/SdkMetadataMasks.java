package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;

/**
 * The Step Functions snapshot rules for SDK integration outputs (notes/aws-history-format.md,
 * section 4, item 4): inside {@code SdkHttpMetadata} a {@code Date} becomes {@code "date"}, inside
 * {@code SdkResponseMetadata} a {@code RequestId} becomes {@code "RequestId"}, and the headers
 * {@code X-Amzn-Trace-Id}, {@code x-amz-crc32} and {@code x-amzn-RequestId} (any case) inside
 * {@code SdkHttpMetadata} take their own name as value. Values that are already placeholders stay.
 */
public final class SdkMetadataMasks implements NormalisationRule {

  private static final Set<String> SELF_NAMED_HEADERS = Set.of("x-amzn-trace-id", "x-amz-crc32", "x-amzn-requestid");

  @Override
  public void apply(ObjectNode entry, References references) {
    rewrite(entry, null);
  }

  private static void rewrite(JsonNode node, String within) {
    if (node instanceof ObjectNode object) {
      for (String name : ImmutableNames.of(object)) {
        JsonNode value = object.get(name);
        if (isPlaceholder(value)) {
          continue;
        }
        if ("SdkHttpMetadata".equals(within) && name.equals("Date")) {
          object.set(name, Jsons.text("date"));
        } else if ("SdkResponseMetadata".equals(within) && name.equals("RequestId")) {
          object.set(name, Jsons.text("RequestId"));
        } else if ("SdkHttpMetadata".equals(within) && SELF_NAMED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
          // Only the SDK's HTTP metadata: a service's own response headers (API Gateway) keep the
          // test's masks, as recorded.
          object.set(name, Jsons.text(name));
        } else {
          boolean metadata = name.equals("SdkHttpMetadata") || name.equals("SdkResponseMetadata");
          rewrite(value, metadata ? name : within);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> rewrite(item, within));
    }
  }

  private static boolean isPlaceholder(JsonNode value) {
    if (value.isArray() && value.size() == 1) {
      value = value.get(0);
    }
    if (!value.isTextual()) {
      return false;
    }
    String text = value.asText();
    // A test's own mask (e.g. "<headers-x-amzn-RequestId>") ran first and stays, as in the recording.
    return Wildcards.isToken(text) || text.startsWith("<") && text.endsWith(">");
  }
}
