package dev.sfntest.sdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.Tag;

/** Converts tag lists between the SDK's form and the backend's map. */
final class Tags {

  private Tags() {}

  static Map<String, String> toMap(List<Tag> tags) {
    Map<String, String> map = new LinkedHashMap<>();
    if (tags != null) {
      for (Tag tag : tags) {
        map.put(tag.key(), tag.value());
      }
    }
    return map;
  }
}
