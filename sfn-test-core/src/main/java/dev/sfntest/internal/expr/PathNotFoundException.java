package dev.sfntest.internal.expr;

/**
 * A JSONPath found nothing where the path must match, or met a value of the wrong kind on the way.
 * Messages follow the JSONPath library AWS runs (for example {@code No results for path:
 * $['a']} and {@code Missing property in path $['a']}), since AWS quotes them in its causes.
 */
public final class PathNotFoundException extends RuntimeException {
  public PathNotFoundException(String message) {
    super(message, null, false, false);
  }
}
