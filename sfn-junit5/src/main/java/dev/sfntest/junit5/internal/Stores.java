package dev.sfntest.junit5.internal;

import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The one store operation the extension needs that JUnit 5.14 and 6 spell differently. */
public final class Stores {

  private Stores() {}

  /**
   * The value under {@code key}, computed once (JUnit makes concurrent callers wait for the first).
   * {@code getOrComputeIfAbsent} is the form both JUnit 5.14 and 6 have; 6 deprecates it for a
   * {@code computeIfAbsent} that 5.14 lacks.
   */
  @SuppressWarnings("deprecation")
  public static <K, V> V computeIfAbsent(ExtensionContext.Store store, K key, Function<K, V> compute, Class<V> type) {
    return store.getOrComputeIfAbsent(key, compute, type);
  }
}
