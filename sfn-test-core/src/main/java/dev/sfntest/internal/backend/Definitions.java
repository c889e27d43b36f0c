package dev.sfntest.internal.backend;

import dev.sfntest.internal.asl.DefinitionParser;
import dev.sfntest.internal.asl.DefinitionRefusedException;
import dev.sfntest.internal.asl.Diagnostic;
import dev.sfntest.internal.asl.StateMachineDefinition;
import dev.sfntest.internal.asl.WorkflowType;
import java.util.List;

/**
 * Checks definitions for a machine type as the API does: first the request's length limit (a
 * {@code ValidationException}, since AWS refuses it before reading the definition), then every
 * rule of the parser for that type, EXPRESS-only ones included.
 *
 * <pre>{@code
 * StateMachineDefinition definition = Definitions.parse(text, "EXPRESS");   // or InvalidDefinition
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html">Standard and Express workflows</a>
 */
public final class Definitions {

  private Definitions() {}

  /**
   * Parses a definition for a machine of {@code type}, or takes the one parsed before from the same
   * text ({@link ParsedDefinitions}).
   *
   * @throws ApiException {@code ValidationException} for a definition over AWS's length limit,
   *     {@code InvalidDefinition} listing every error otherwise
   */
  public static StateMachineDefinition parse(String definitionText, String type) {
    checkLength(definitionText);
    return ParsedDefinitions.shared().get(definitionText, type, () -> parseUnshared(definitionText, type));
  }

  private static StateMachineDefinition parseUnshared(String definitionText, String type) {
    DefinitionParser.Result result = DefinitionParser.parseWithDiagnostics(definitionText, typeOf(type));
    boolean errors = result.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    if (errors) {
      throw new ApiException("InvalidDefinition", new DefinitionRefusedException(result.diagnostics()).getMessage());
    }
    return result.definition();
  }

  /** Every diagnostic for a definition of a machine of {@code type}, errors first. */
  public static List<Diagnostic> diagnose(String definitionText, String type) {
    checkLength(definitionText);
    return DefinitionParser.parseWithDiagnostics(definitionText, typeOf(type)).diagnostics();
  }

  private static void checkLength(String definitionText) {
    String tooLong = DefinitionParser.lengthViolation(definitionText);
    if (tooLong != null) {
      throw ApiException.validation(tooLong);
    }
  }

  private static WorkflowType typeOf(String type) {
    return "EXPRESS".equals(type) ? WorkflowType.EXPRESS : WorkflowType.STANDARD;
  }
}
