package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One rewrite of a snapshot entry (a history, an execution's result), in place. */
@FunctionalInterface
public interface NormalisationRule {

  /**
   * @param entry the entry, JSON-text fields already parsed one level
   * @param references the entry's reference placeholders, shared by the rules of one entry
   */
  void apply(ObjectNode entry, References references);
}
