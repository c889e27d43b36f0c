package dev.sfntest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another language's real client against the server: {@code src/test/node/smoke.mjs} drives it with
 * the AWS SDK for JavaScript v3 (create, start, describe, history, a sync Express run, AWS's errors)
 * and exits non-zero at the first mismatch. Skipped only when {@code node} or the script's
 * {@code node_modules} ({@code npm ci} in that folder, which {@code .ci/run} does) are missing.
 */
class JavaScriptSdkSmokeTest {

  private static final Path SCRIPT_FOLDER = Path.of(System.getProperty("basedir", "."), "src", "test", "node");
  private static final long TIMEOUT_SECONDS = 60;

  @Test
  void the_javascript_sdk_creates_runs_reads_and_gets_aws_errors(@TempDir Path dir) throws Exception {
    // GIVEN node, the pinned SDK, and a server on a free port
    assumeTrue(nodeRuns(dir), "node is not on the PATH");
    assumeTrue(Files.isDirectory(SCRIPT_FOLDER.resolve("node_modules/@aws-sdk/client-sfn")),
        "the JavaScript SDK is not installed: run npm ci in " + SCRIPT_FOLDER);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    int exit;
    try (LocalSfn local = LocalSfn.start(LocalSettings.defaults().withPort(0).withVirtualTime(true))) {
      // WHEN
      Process node = new ProcessBuilder("node", "smoke.mjs", local.endpoint().toString())
          .directory(SCRIPT_FOLDER.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("node smoke.mjs did not end within " + TIMEOUT_SECONDS + " s; it printed:\n"
            + read(out) + read(err));
      }
      exit = node.exitValue();
    }
    // THEN
    String printed = read(out);
    assertThat(exit).as("exit code of node smoke.mjs; it printed:%n%s%s", printed, read(err)).isZero();
    assertThat(printed)
        .doesNotContain("not ok")
        .contains("ok a malformed ARN is AWS's InvalidArn client fault")
        .contains("ok StartSyncExecution runs an Express machine to its end")
        .containsPattern("js smoke: 9 checks passed against http://127\\.0\\.0\\.1:\\d+");
  }

  private static boolean nodeRuns(Path dir) throws InterruptedException {
    try {
      Process version = new ProcessBuilder("node", "--version")
          .redirectOutput(dir.resolve("version.txt").toFile()).redirectErrorStream(true).start();
      return version.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && version.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
