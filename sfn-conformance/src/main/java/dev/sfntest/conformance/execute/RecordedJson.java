package dev.sfntest.conformance.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.shared.compare.Jsons;
import dev.sfntest.internal.shared.model.SdkModelJson;
import software.amazon.awssdk.core.SdkPojo;

/**
 * SDK response objects as the recordings show them, so a history event reads exactly like a
 * recorded one: the wire JSON ({@link SdkModelJson}), but every instant as the text {@code
 * "datetime"}, which is what the recordings show for the date fields of API responses
 * (notes/aws-history-format.md, section 4, item 7).
 */
public final class RecordedJson {

  /** What every instant of an API response reads as in the recordings. */
  public static final String DATETIME = "datetime";

  private static final JsonNode DATETIME_NODE = Jsons.NODES.textNode(DATETIME);

  private RecordedJson() {}

  /** {@code pojo} as the recordings write it. */
  public static ObjectNode toJson(SdkPojo pojo) {
    return SdkModelJson.toJson(pojo, instant -> DATETIME_NODE);
  }
}
