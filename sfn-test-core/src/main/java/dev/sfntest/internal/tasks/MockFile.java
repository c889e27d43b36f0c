package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Step Functions Local mock configuration file, read and checked once: {@code StateMachines} →
 * state machine name → {@code TestCases} → test case → Task state → mocked response name, and
 * {@code MockedResponses} → name → invocation keys ({@code "0"}, {@code "1-2"}) → {@code Return}
 * or {@code Throw}.
 *
 * <pre>{@code
 * MockFile file = MockFile.fromClasspath("MockConfigFile.json");
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html">Mock configuration file</a>
 */
public final class MockFile {

  /** One invocation range of a mocked response. */
  record Entry(int from, int to, MockResponse response) {}

  private final Map<String, Map<String, Map<String, String>>> testCases;
  private final Map<String, List<Entry>> responses;
  private final String source;

  private MockFile(Map<String, Map<String, Map<String, String>>> testCases, Map<String, List<Entry>> responses,
      String source) {
    this.testCases = testCases;
    this.responses = responses;
    this.source = source;
  }

  /** Where the configuration was read from (a path, a classpath resource). */
  public String source() {
    return source;
  }

  /** The state machines the file has test cases for, in the file's order. */
  public List<String> stateMachines() {
    return List.copyOf(testCases.keySet());
  }

  /** The test cases of a state machine, in the file's order (none when the file does not name it). */
  public List<String> testCases(String stateMachineName) {
    return List.copyOf(testCases.getOrDefault(stateMachineName, Map.of()).keySet());
  }

  /** Reads a file. */
  public static MockFile fromPath(Path path) {
    try {
      return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read the mock configuration file " + path + ": " + e.getMessage(), e);
    }
  }

  /** Reads a classpath resource. */
  public static MockFile fromClasspath(String resource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = (loader != null ? loader : MockFile.class.getClassLoader()).getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No mock configuration file on the classpath at " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read the mock configuration file " + resource, e);
    }
  }

  /**
   * Parses the file's text, checking it as Step Functions Local does.
   *
   * @throws IllegalArgumentException naming every problem found
   */
  public static MockFile parse(String json, String source) {
    JsonNode root;
    try {
      root = Json.parse(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The mock configuration " + source + " is not valid JSON: "
          + e.getOriginalMessage());
    }
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Map<String, String>>> testCases = new LinkedHashMap<>();
    Map<String, List<Entry>> responses = new LinkedHashMap<>();
    if (!root.isObject()) {
      throw new IllegalArgumentException("The mock configuration " + source + " must be a JSON object");
    }
    JsonNode machines = root.path("StateMachines");
    if (!machines.isObject()) {
      problems.add("StateMachines must be an object");
    } else {
      machines.fields().forEachRemaining(machine -> {
        JsonNode cases = machine.getValue().path("TestCases");
        if (!cases.isObject()) {
          problems.add("StateMachines." + machine.getKey() + ".TestCases must be an object");
          return;
        }
        Map<String, Map<String, String>> byCase = new LinkedHashMap<>();
        cases.fields().forEachRemaining(testCase -> {
          Map<String, String> states = new LinkedHashMap<>();
          testCase.getValue().fields().forEachRemaining(state -> {
            if (!state.getValue().isTextual()) {
              problems.add("StateMachines." + machine.getKey() + ".TestCases." + testCase.getKey() + "."
                  + state.getKey() + " must name a mocked response");
            } else {
              states.put(state.getKey(), state.getValue().asText());
            }
          });
          byCase.put(testCase.getKey(), states);
        });
        testCases.put(machine.getKey(), byCase);
      });
    }
    JsonNode mocked = root.path("MockedResponses");
    if (!mocked.isObject()) {
      problems.add("MockedResponses must be an object");
    } else {
      mocked.fields().forEachRemaining(response -> responses.put(response.getKey(),
          entries(response.getKey(), response.getValue(), problems)));
    }
    testCases.forEach((machine, cases) -> cases.forEach((testCase, states) -> states.forEach((state, name) -> {
      if (!responses.containsKey(name)) {
        problems.add("StateMachines." + machine + ".TestCases." + testCase + "." + state
            + " names the mocked response '" + name + "', which MockedResponses does not define");
      }
    })));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("The mock configuration " + source + " is invalid: "
          + String.join("; ", problems));
    }
    return new MockFile(testCases, responses, source);
  }

  private static List<Entry> entries(String name, JsonNode node, List<String> problems) {
    List<Entry> entries = new ArrayList<>();
    if (!node.isObject()) {
      problems.add("MockedResponses." + name + " must be an object");
      return entries;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String where = "MockedResponses." + name + "." + field.getKey();
      int from;
      int to;
      try {
        String key = field.getKey().strip();
        int dash = key.indexOf('-');
        from = Integer.parseInt(dash < 0 ? key : key.substring(0, dash).strip());
        to = dash < 0 ? from : Integer.parseInt(key.substring(dash + 1).strip());
      } catch (NumberFormatException e) {
        problems.add(where + ": keys are invocation numbers like \"0\" or ranges like \"1-2\"");
        continue;
      }
      if (from < 0 || to < from) {
        problems.add(where + ": an invocation range runs from a number to a number not below it");
        continue;
      }
      JsonNode value = field.getValue();
      boolean hasReturn = value.has("Return");
      boolean hasThrow = value.has("Throw");
      if (hasReturn == hasThrow) {
        problems.add(where + " must have exactly one of Return or Throw");
        continue;
      }
      if (hasReturn) {
        entries.add(new Entry(from, to, MockResponse.returning(value.get("Return"))));
      } else {
        JsonNode error = value.get("Throw").get("Error");
        JsonNode cause = value.get("Throw").get("Cause");
        if (error == null || !error.isTextual() || cause == null || !cause.isTextual()) {
          problems.add(where + ".Throw must have the strings Error and Cause");
          continue;
        }
        entries.add(new Entry(from, to, MockResponse.failing(error.asText(), cause.asText())));
      }
    }
    return entries;
  }

  /** Whether the file defines that test case for that state machine. */
  public boolean hasTestCase(String stateMachineName, String testCase) {
    return testCases.getOrDefault(stateMachineName, Map.of()).containsKey(testCase);
  }

  /** The mocked response name for a state in a test case, or {@code null} when the state is not mocked. */
  public String responseName(String stateMachineName, String testCase, String stateName) {
    return testCases.getOrDefault(stateMachineName, Map.of()).getOrDefault(testCase, Map.of()).get(stateName);
  }

  /** The response for an invocation number, or {@code null} when no key covers it. */
  public MockResponse response(String responseName, int invocation) {
    for (Entry entry : responses.getOrDefault(responseName, List.of())) {
      if (invocation >= entry.from() && invocation <= entry.to()) {
        return entry.response();
      }
    }
    return null;
  }
}
