package dev.sfntest.internal.shared;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.InvalidPathException;
import dev.sfntest.internal.expr.JsonPath;
import dev.sfntest.internal.expr.PathNotFoundException;
import java.util.NoSuchElementException;

/**
 * An ASL JSONPath ({@code $.order.items[0].sku}), compiled once, read as the engine reads it.
 *
 * <pre>{@code
 * ReferencePaths path = ReferencePaths.compile("$.status");
 * JsonNode status = path.read(output);   // NoSuchElementException with AWS's words when absent
 * }</pre>
 */
public final class ReferencePaths {

  private final JsonPath path;

  private ReferencePaths(JsonPath path) {
    this.path = path;
  }

  /**
   * Compiles a path.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static ReferencePaths compile(String path) {
    try {
      return new ReferencePaths(JsonPath.compile(path));
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * The value the path selects.
   *
   * @throws NoSuchElementException with the engine's words when it selects nothing
   */
  public JsonNode read(JsonNode root) {
    try {
      return path.read(root);
    } catch (PathNotFoundException e) {
      throw new NoSuchElementException(e.getMessage());
    }
  }

  /** The value the path selects, or {@code null}. */
  public JsonNode readOrNull(JsonNode root) {
    return path.readOrNull(root);
  }
}
