package dev.sfntest.internal.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Builds small definitions and checks what the parser says of them. */
final class Asl {

  private Asl() {}

  /** A JSONPath machine whose only state, {@code S}, is {@code state}. */
  static String one(String state) {
    return "{\"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
  }

  /** A JSONata machine whose only state, {@code S}, is {@code state}. */
  static String jsonata(String state) {
    return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
  }

  /** A machine whose only state, a Map {@code M}, has these fields besides a one-Pass processor. */
  static String map(String fields) {
    return one("{\"Type\": \"Map\", " + fields + (fields.isEmpty() ? "" : ", ")
        + "\"ItemProcessor\": {\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}},"
        + " \"End\": true}");
  }

  /** The errors of a definition for a STANDARD machine. */
  static List<Diagnostic> errors(String json) {
    return errors(json, WorkflowType.STANDARD);
  }

  static List<Diagnostic> errors(String json, WorkflowType type) {
    return DefinitionParser.parseWithDiagnostics(json, type).diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
        .toList();
  }

  static List<Diagnostic> warnings(String json) {
    return DefinitionParser.parseWithDiagnostics(json).diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.WARNING)
        .toList();
  }

  static Diagnostic schema(String message, String location) {
    return Diagnostic.error(Diagnostic.SCHEMA_VALIDATION_FAILED, message, location);
  }

  static Diagnostic error(String code, String message, String location) {
    return Diagnostic.error(code, message, location);
  }

  /** Asserts the definition is accepted: no error (warnings allowed). */
  static void assertAccepted(String json) {
    assertAccepted(json, WorkflowType.STANDARD);
  }

  static void assertAccepted(String json, WorkflowType type) {
    DefinitionParser.Result result = DefinitionParser.parseWithDiagnostics(json, type);
    assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Diagnostic.Severity.ERROR).isEmpty();
    assertThat(result.definition()).isNotNull();
  }
}
