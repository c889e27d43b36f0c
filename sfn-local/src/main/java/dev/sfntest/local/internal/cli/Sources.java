package dev.sfntest.local.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the texts a command is given: a file, {@code -} for standard input, or {@code @file}. */
final class Sources {

  private Sources() {}

  /** The text of a file, or of standard input for {@code -}. */
  static String file(String path, InputStream stdin) throws IOException {
    if (path.equals("-")) {
      return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    }
    return Files.readString(Path.of(path), StandardCharsets.UTF_8);
  }

  /** An inline value, or the text of the file it names after {@code @}. */
  static String inlineOrFile(String value, InputStream stdin) throws IOException {
    return value.startsWith("@") ? file(value.substring(1), stdin) : value;
  }
}
