package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The engine's port for a distributed Map's {@code ItemReader}: reads the items from where the
 * reader's resource says (an S3 object or listing, answered by the fake's S3 stand-in or a
 * test's own source).
 */
public interface ItemSource {

  /**
   * Reads the items.
   *
   * @param resource the reader's {@code Resource}, e.g. {@code arn:aws:states:::s3:getObject}
   * @param parameters the evaluated {@code Parameters} / {@code Arguments} (Bucket, Key, Prefix, ...)
   * @param readerConfig {@code ReaderConfig} as written, or {@code null}
   * @return the items, a JSON array
   * @throws ItemReaderException when the items cannot be read (the map run fails with
   *     {@code States.ItemReaderFailed})
   */
  JsonNode read(String resource, JsonNode parameters, JsonNode readerConfig);

  /** Thrown when items cannot be read; the message is the map run's failure cause. */
  final class ItemReaderException extends RuntimeException {
    public ItemReaderException(String cause) {
      super(cause, null, false, false);
    }
  }

  /** A source with nothing in it. */
  ItemSource NONE = (resource, parameters, config) -> {
    throw new ItemReaderException("No item source is configured for the ItemReader resource " + resource);
  };
}
