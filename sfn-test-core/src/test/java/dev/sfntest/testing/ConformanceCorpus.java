package dev.sfntest.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where core's tests find the conformance corpus: the folder named by {@code
 * sfntest.conformance.cases}, else the copy vendored in {@code sfn-conformance} (from the module,
 * as surefire runs it, or from the project root).
 *
 * <pre>{@code Path cases = ConformanceCorpus.folder().orElseThrow();}</pre>
 */
public final class ConformanceCorpus {

  private ConformanceCorpus() {}

  /** The folder of recorded cases, if there is one. */
  public static Optional<Path> folder() {
    String configured = System.getProperty("sfntest.conformance.cases");
    if (configured != null) {
      return Optional.of(Path.of(configured));
    }
    Path module = Path.of(System.getProperty("basedir", "."));
    for (Path candidate : List.of(module.resolve("../sfn-conformance/src/test/resources/conformance/cases"),
        Path.of("sfn-conformance/src/test/resources/conformance/cases"))) {
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
