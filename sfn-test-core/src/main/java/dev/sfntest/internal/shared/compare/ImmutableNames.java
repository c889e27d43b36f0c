package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A copy of an object's member names, so members can be replaced while iterating. */
final class ImmutableNames {

  private ImmutableNames() {}

  static List<String> of(ObjectNode object) {
    List<String> names = new ArrayList<>(object.size());
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
