package dev.sfntest.conformance.corpus;

import dev.sfntest.internal.shared.compare.Jsons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads every case file ({@code *.json}) of a folder, in file-name order so runs are reproducible. */
public final class CaseLoader {

  private CaseLoader() {}

  /**
   * @throws UncheckedIOException when the folder cannot be read
   * @throws IllegalArgumentException naming the file, when a file is not a case
   */
  public static List<ConformanceCase> load(Path folder) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the case folder " + folder, e);
    }
    List<ConformanceCase> cases = new ArrayList<>(files.size());
    for (Path file : files) {
      cases.add(loadFile(file));
    }
    return cases;
  }

  /** Loads one case file. */
  public static ConformanceCase loadFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    try {
      return CaseParser.parse(Jsons.parse(text), file.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }
}
