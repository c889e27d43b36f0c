package dev.sfntest.internal.asl;

import dev.sfntest.internal.expr.ReferencePath;

/**
 * The value of {@code InputPath} or {@code OutputPath}: a path, or an explicit JSON {@code null}
 * (which selects an empty object). An absent field is a Java {@code null} in the model and means
 * {@code $}.
 *
 * @param path the compiled path; {@code null} when the field is JSON {@code null}
 */
public record IoPath(ReferencePath path) {

  /** {@code "InputPath": null}. */
  public static final IoPath NULL = new IoPath(null);

  public boolean isNull() {
    return path == null;
  }
}
