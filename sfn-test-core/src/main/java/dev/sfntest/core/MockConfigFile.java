package dev.sfntest.core;

import dev.sfntest.internal.tasks.MockFile;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A Step Functions Local mock configuration file, read and checked once: for each state machine
 * its test cases, for each test case the mocked response of each Task state, and for each response
 * what it returns or throws on which invocation ({@code "0"}, {@code "1-2"}). An execution started
 * on {@code stateMachineArn#TestCase} answers the Task states its test case lists from the file.
 *
 * <pre>{@code
 * MockConfigFile mocks = MockConfigFile.fromClasspath("mocks/MockConfigFile.json");
 * try (FakeSfn fake = FakeSfn.builder().mockConfig(mocks).build()) {
 *   fake.client().startExecution(b -> b.stateMachineArn(machineArn + "#HappyPath"));
 * }
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html">Mock configuration file</a>
 */
public final class MockConfigFile {

  private final MockFile file;

  private MockConfigFile(MockFile file) {
    this.file = file;
  }

  /**
   * Reads a file.
   *
   * @throws IllegalArgumentException when it cannot be read, or naming every problem it has
   */
  public static MockConfigFile fromPath(Path path) {
    return new MockConfigFile(MockFile.fromPath(Objects.requireNonNull(path, "path")));
  }

  /**
   * Reads a classpath resource (through the thread's context class loader).
   *
   * @throws IllegalArgumentException when there is none, or naming every problem it has
   */
  public static MockConfigFile fromClasspath(String resource) {
    return new MockConfigFile(MockFile.fromClasspath(Objects.requireNonNull(resource, "resource")));
  }

  /**
   * Parses the file's text, checking it as Step Functions Local does.
   *
   * @param json the file's content
   * @param source where it came from, for messages
   * @throws IllegalArgumentException naming every problem found
   */
  public static MockConfigFile parse(String json, String source) {
    return new MockConfigFile(MockFile.parse(Objects.requireNonNull(json, "json"), source));
  }

  /** Whether the file defines that test case for the state machine of that name. */
  public boolean hasTestCase(String stateMachineName, String testCase) {
    return file.hasTestCase(stateMachineName, testCase);
  }

  MockFile file() {
    return file;
  }
}
