package dev.sfntest.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium, as CI installs it from Debian ({@code apt-get install chromium}): opens a page,
 * returns its DOM after load or a screenshot, and what it logged. Each run is bounded in time and
 * gets its own profile directory, so runs in parallel do not meet.
 */
final class Chromium {

  /** How long one page may take: far more than a local file needs, far less than a hung build. */
  static final long TIMEOUT_SECONDS = 60;

  private final Path executable;
  private final Path workDirectory;

  private Chromium(Path executable, Path workDirectory) {
    this.executable = executable;
    this.workDirectory = workDirectory;
  }

  /** The browser on the PATH, if there is one. */
  static Optional<Chromium> find(Path workDirectory) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (!dir.isEmpty() && Files.isExecutable(candidate)) {
          return Optional.of(new Chromium(candidate, workDirectory));
        }
      }
    }
    return Optional.empty();
  }

  /** What one run printed. */
  record Result(String stdout, String log) {
    /**
     * The page's console messages. Chromium logs each as {@code INFO:CONSOLE(line)} with
     * {@code --enable-logging=stderr}, whatever its level, and a report page has no scripts: any
     * message at all (an error, a resource that failed to load) is a defect.
     */
    List<String> consoleMessages() {
      return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  /** Loads the page and returns its serialized DOM. */
  Result dumpDom(Path page, int width, int height) throws IOException, InterruptedException {
    return run(page, width, height, "--dump-dom");
  }

  /** Loads the page and saves a screenshot of the window. */
  Result screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    return run(page, width, height, "--screenshot=" + png.toAbsolutePath());
  }

  private Result run(Path page, int width, int height, String action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDirectory, "profile");
    Path out = Files.createTempFile(workDirectory, "stdout", ".txt");
    Path err = Files.createTempFile(workDirectory, "stderr", ".txt");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--disable-extensions", "--hide-scrollbars",
        "--user-data-dir=" + profile.toAbsolutePath(), "--enable-logging=stderr", "--v=0",
        "--window-size=" + width + "," + height, action, page.toAbsolutePath().toUri().toString()));
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("chromium took more than " + TIMEOUT_SECONDS + "s to load " + page);
    }
    String log = Files.readString(err, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new AssertionError("chromium exited with " + process.exitValue() + ":\n" + log);
    }
    return new Result(Files.readString(out, StandardCharsets.UTF_8), log);
  }
}
