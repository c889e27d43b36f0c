package dev.sfntest.internal.asl;

import dev.sfntest.internal.expr.ResultPath;

/**
 * The value of {@code ResultPath}: a reference path, or JSON {@code null}, which discards the
 * result and passes the input through.
 *
 * @param path the compiled path; {@code null} for JSON {@code null}
 */
public record ResultPathSpec(ResultPath path) {

  /** {@code "ResultPath": null}. */
  public static final ResultPathSpec DISCARD = new ResultPathSpec(null);

  /** The default, {@code $}: the result replaces the input. */
  public static final ResultPathSpec ROOT = new ResultPathSpec(ResultPath.compile("$"));

  public boolean discards() {
    return path == null;
  }
}
