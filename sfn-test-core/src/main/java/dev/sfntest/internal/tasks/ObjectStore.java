package dev.sfntest.internal.tasks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The S3 objects of one fake, which distributed Maps read ({@link S3ItemReader}) and write ({@link
 * S3ResultWriter}) and the test fills and reads through the API's {@code S3Objects}. Thread-safe:
 * the test's thread and the engine use it alike.
 *
 * <pre>{@code
 * store.put("orders", "batch.csv", "id\n1\n", now);
 * store.get("orders", "batch.csv");   // Optional["id\n1\n"]
 * }</pre>
 */
public final class ObjectStore {

  /**
   * One object.
   *
   * @param bucket its bucket
   * @param key its key
   * @param body its content, as text
   * @param lastModified when it was put, on the fake's clock
   */
  public record StoredObject(String bucket, String key, String body, Instant lastModified) {
    /** The size in bytes (UTF-8). */
    public long size() {
      return body.getBytes(StandardCharsets.UTF_8).length;
    }

    /** An entity tag for listings: a stable hash of the content. */
    public String etag() {
      return "\"" + Integer.toHexString(body.hashCode()) + "\"";
    }
  }

  private final Map<String, StoredObject> objects = new TreeMap<>();

  /** Stores an object (replacing one with the same key). */
  public synchronized void put(String bucket, String key, String body, Instant lastModified) {
    objects.put(bucket + "/" + key, new StoredObject(bucket, key, body, lastModified));
  }

  /** An object's content, if it exists. */
  public synchronized Optional<String> get(String bucket, String key) {
    StoredObject object = objects.get(bucket + "/" + key);
    return object == null ? Optional.empty() : Optional.of(object.body());
  }

  /** The objects of a bucket whose keys start with {@code prefix}, in key order. */
  public synchronized List<StoredObject> list(String bucket, String prefix) {
    List<StoredObject> list = new ArrayList<>();
    for (StoredObject object : objects.values()) {
      if (object.bucket().equals(bucket) && object.key().startsWith(prefix == null ? "" : prefix)) {
        list.add(object);
      }
    }
    return list;
  }

  /** Removes every object (the fake is reset). */
  public synchronized void clear() {
    objects.clear();
  }

  /** Whether the bucket holds any object. */
  public synchronized boolean hasBucket(String bucket) {
    return objects.values().stream().anyMatch(o -> o.bucket().equals(bucket));
  }
}
