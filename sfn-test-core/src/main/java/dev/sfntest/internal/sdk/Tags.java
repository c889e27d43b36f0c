package dev.sfntest.internal.sdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.Tag;

/** Converts tag lists between the SDK's form and the backend's. */
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

  /** The tags as key-value pairs, in request order (the backend checks each and names it by index). */
  static List<Map.Entry<String, String>> toEntries(List<Tag> tags) {
    List<Map.Entry<String, String>> entries = new ArrayList<>();
    if (tags != null) {
      for (Tag tag : tags) {
        entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(tag.key(), tag.value()));
      }
    }
    return entries;
  }

  static List<Tag> toSdk(Map<String, String> tags) {
    List<Tag> list = new ArrayList<>();
    tags.forEach((key, value) -> list.add(Tag.builder().key(key).value(value).build()));
    return list;
  }
}
