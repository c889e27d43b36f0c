package dev.sfntest.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

  private final Map<String, S3Object> objects = new TreeMap<>();
  private final VirtualClock clock;

  S3Objects(VirtualClock clock) {
    this.clock = clock;
  }

  /** Removes every object. */
  synchronized void clear() {
    objects.clear();
  }

  /** Stores an object (replacing one with the same key). */
  public synchronized void putObject(String bucket, String key, String body) {
    objects.put(bucket + "/" + key, new S3Object(bucket, key, body, clock.now()));
  }

  /** An object's content, if it exists. */
  public synchronized Optional<String> getObject(String bucket, String key) {
    S3Object object = objects.get(bucket + "/" + key);
    return object == null ? Optional.empty() : Optional.of(object.body());
  }

  /** The objects of a bucket whose keys start with {@code prefix}, in key order. */
  public synchronized List<S3Object> listObjects(String bucket, String prefix) {
    List<S3Object> list = new ArrayList<>();
    for (S3Object object : objects.values()) {
      if (object.bucket().equals(bucket) && object.key().startsWith(prefix == null ? "" : prefix)) {
        list.add(object);
      }
    }
    return list;
  }

  /** Whether the bucket holds any object. */
  public synchronized boolean hasBucket(String bucket) {
    return objects.values().stream().anyMatch(o -> o.bucket().equals(bucket));
  }
}
