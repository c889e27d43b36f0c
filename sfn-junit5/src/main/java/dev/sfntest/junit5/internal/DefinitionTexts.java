package dev.sfntest.junit5.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The definitions {@code @Deploy} read from the classpath during one JUnit run, each read once: a
 * class deploys the same file before each of its tests. Kept in the run's root store, so a file
 * edited between two runs of a long-lived JVM is read again.
 *
 * <pre>{@code Optional<String> text = DefinitionTexts.of(context).read(classLoader, "workflows/order.asl.json");}</pre>
 */
public final class DefinitionTexts {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DefinitionTexts.class);

  private record Key(ClassLoader classLoader, String path) {}

  private final ConcurrentMap<Key, String> texts = new ConcurrentHashMap<>();

  private DefinitionTexts() {}

  /** The texts of the run {@code context} belongs to. */
  public static DefinitionTexts of(ExtensionContext context) {
    return Stores.computeIfAbsent(context.getRoot().getStore(NAMESPACE), DefinitionTexts.class,
        key -> new DefinitionTexts(), DefinitionTexts.class);
  }

  /** A fresh reader, for code that runs outside a JUnit run. */
  public static DefinitionTexts unshared() {
    return new DefinitionTexts();
  }

  /**
   * The resource's text (UTF-8), or empty when there is no such resource.
   *
   * @throws UncheckedIOException when it cannot be read
   */
  public Optional<String> read(ClassLoader classLoader, String path) {
    Key key = new Key(classLoader, path);
    String kept = texts.get(key);
    if (kept != null) {
      return Optional.of(kept);
    }
    try (InputStream in = classLoader.getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      texts.putIfAbsent(key, text);
      return Optional.of(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
