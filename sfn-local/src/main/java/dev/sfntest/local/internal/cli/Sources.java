package dev.sfntest.local.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the texts a command is given: a file, {@code -} for standard input, or {@code @file}. */
final class Sources {

  private Sources() {}

  /** How a text is found from what the command line says (a path, or a value or {@code @file}). */
  @FunctionalInterface
  interface Reader {
    String read(String given, InputStream stdin) throws IOException;
  }

  /**
   * The text {@code reader} finds from {@code given}, standard input being {@link System#in}.
   *
   * @throws BadUsage saying what cannot be read
   */
  static String read(String given, Reader reader) {
    try {
      return reader.read(given, System.in);
    } catch (FileSystemException e) {
      // NoSuchFileException and its kin name the file (given may be an @file value) and maybe a reason.
      String file = e.getFile() == null ? given : e.getFile();
      throw new BadUsage("Cannot read " + file + ": " + e.getClass().getSimpleName()
          + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
    } catch (IOException e) {
      // A plain IOException (a directory, say) names only what went wrong.
      throw new BadUsage("Cannot read " + given + ": " + e.getMessage());
    }
  }

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
