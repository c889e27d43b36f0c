package dev.sfntest.core;

import dev.sfntest.internal.tasks.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The fake's stand-in for the Amazon S3 objects a distributed Map reads with its {@code
 * ItemReader} and writes with its {@code ResultWriter}. Fill it before starting the execution;
 * read what the map run wrote after.
 *
 * <pre>{@code
 * fake.s3().putObject("orders", "2024/batch.csv", "id,amount\n1,10\n2,20\n");
 * // ... run a Map with an ItemReader on arn:aws:states:::s3:getObject, Bucket orders ...
 * String manifest = fake.s3().getObject("results", "out/<map run id>/manifest.json").orElseThrow();
 * }</pre>
 */
public final class S3Objects {

  /**
   * One object.
   *
   * @param bucket its bucket
   * @param key its key
   * @param body its content, as text
   * @param lastModified when it was put, on the fake's clock
   */
  public record S3Object(String bucket, String key, String body, Instant lastModified) {
    /** The size in bytes (UTF-8). */
    public long size() {
      return body.getBytes(StandardCharsets.UTF_8).length;
    }

    /** An entity tag for listings: a stable hash of the content. */
    public String etag() {
      return "\"" + Integer.toHexString(body.hashCode()) + "\"";
    }
  }

  private final ObjectStore store;
  private final VirtualClock clock;

  S3Objects(ObjectStore store, VirtualClock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Stores an object (replacing one with the same key), dated now on the fake's clock. */
  public void putObject(String bucket, String key, String body) {
    store.put(bucket, key, body, clock.now());
  }

  /** An object's content, if it exists. */
  public Optional<String> getObject(String bucket, String key) {
    return store.get(bucket, key);
  }

  /** The objects of a bucket whose keys start with {@code prefix}, in key order. */
  public List<S3Object> listObjects(String bucket, String prefix) {
    return store.list(bucket, prefix).stream()
        .map(o -> new S3Object(o.bucket(), o.key(), o.body(), o.lastModified()))
        .toList();
  }

  /** Whether the bucket holds any object. */
  public boolean hasBucket(String bucket) {
    return store.hasBucket(bucket);
  }
}
