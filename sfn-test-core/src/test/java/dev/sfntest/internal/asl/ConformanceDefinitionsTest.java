package dev.sfntest.internal.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.testing.ConformanceCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every definition of the conformance corpus was accepted by AWS (each case is a recorded
 * execution), so each must be accepted here, placeholders replaced by plausible values.
 *
 * <p>Cases that cannot be accepted yet because of work still under way elsewhere are listed below
 * by reason. Such a case passes if it is accepted, and otherwise must fail for that reason only,
 * then shows as skipped: delete its line when the work lands. Today that is every case using an
 * intrinsic function, since {@code Intrinsics.parse} is a stub that refuses every call (issue #4).
 * JSONata needs no list: its stub accepts every expression (issue #5).
 *
 * <p>The corpus is found by {@link ConformanceCorpus}; with none, the test is skipped.
 */
class ConformanceDefinitionsTest {

  /** Reason: the definition calls intrinsic functions; {@code Intrinsics.parse} is a stub (issue #4). */
  @TestFactory
  Stream<DynamicTest> every_definition_is_accepted() throws IOException {
    Path folder = ConformanceCorpus.folder().orElse(null);
    Assumptions.assumeTrue(folder != null, "no conformance corpus found");
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(845);
    return files.stream().map(file -> DynamicTest.dynamicTest(id(file), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    // GIVEN a definition AWS accepted, its placeholders filled in
    JsonNode recorded = Json.parse(Files.readString(file));
    String definition = concrete(recorded);
    // WHEN
    DefinitionParser.Result result = DefinitionParser.parseWithDiagnostics(definition,
        WorkflowType.valueOf(recorded.path("state_machine_type").asText("STANDARD")));
    // THEN
    List<Diagnostic> errors = result.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR).collect(Collectors.toList());
    assertThat(errors).as(id(file)).isEmpty();
  }

  private static String id(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  /**
   * The definition with its placeholders (see the corpus README) given values: the partition,
   * region and account, an activity or topic ARN where a whole value stands for one, and a name
   * for every other {@code <...>} token.
   */
  static String concrete(JsonNode recorded) {
    String definition = Json.write(recorded.get("definition"))
        .replace("arn:<partition>:", "arn:aws:")
        .replace("<region>", "us-east-1")
        .replace("111111111111", "123456789012");
    JsonNode placeholders = recorded.path("placeholders");
    for (Map.Entry<String, JsonNode> entry : placeholders.properties()) {
      String key = entry.getKey();
      String meaning = entry.getValue().asText();
      if (key.toLowerCase().endsWith("arn")) {
        String arn = meaning.contains("sns") ? "arn:aws:sns:us-east-1:123456789012:topic"
            : "arn:aws:states:us-east-1:123456789012:activity:placeholder";
        definition = definition.replace("\"" + key + "\"", "\"" + arn + "\"");
      }
    }
    return definition.replaceAll("<[A-Za-z0-9_:-]+>", "placeholder-1");
  }
}
