package dev.sfntest.internal.asl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates a state machine definition as {@code CreateStateMachine} does, compiling
 * every path, template and expression once, and reporting every problem AWS would report, with
 * AWS's codes, messages and locations.
 *
 * <pre>{@code
 * StateMachineDefinition def = DefinitionParser.parse(json);          // DefinitionRefusedException
 * DefinitionParser.Result r = DefinitionParser.parseWithDiagnostics(json, WorkflowType.EXPRESS);
 * r.diagnostics();                                                     // ValidateStateMachineDefinition
 * }</pre>
 *
 * <p>The work is split by kind of rule: {@link DefinitionReader} and the state readers check the
 * schema of each object while building the model, {@link StateNames} checks that names are unique,
 * {@link DefinitionValidator} checks transitions, reachability and the terminal state.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinition.html">ValidateStateMachineDefinition</a>
 * @see <a href="https://states-language.net/spec.html">Amazon States Language</a>
 */
public final class DefinitionParser {

  /**
   * AWS's limit on a definition's length, in characters ({@code CreateStateMachine}: "Maximum
   * length of 1048576"). A longer one is refused before it is read, with a ValidationException.
   */
  public static final int MAX_DEFINITION_LENGTH = 1024 * 1024;

  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);

  private DefinitionParser() {}

  /**
   * Parses and validates a definition for a STANDARD state machine.
   *
   * @throws DefinitionRefusedException listing every error found
   */
  public static StateMachineDefinition parse(String json) {
    return parse(json, WorkflowType.STANDARD);
  }

  /**
   * Parses and validates a definition for a state machine of the given type.
   *
   * @throws DefinitionRefusedException listing every error found
   */
  public static StateMachineDefinition parse(String json, WorkflowType type) {
    Result result = parseWithDiagnostics(json, type);
    if (result.hasErrors()) {
      throw new DefinitionRefusedException(result.diagnostics());
    }
    return result.definition();
  }

  /**
   * The outcome of parsing: a definition when there were no errors, and every diagnostic, errors
   * first.
   */
  public record Result(StateMachineDefinition definition, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
  }

  /** Parses and validates for a STANDARD state machine, returning every error and warning. */
  public static Result parseWithDiagnostics(String json) {
    return parseWithDiagnostics(json, WorkflowType.STANDARD);
  }

  /**
   * Parses and validates, returning every error and warning instead of throwing: what {@code
   * ValidateStateMachineDefinition} answers for a definition and type.
   */
  public static Result parseWithDiagnostics(String json, WorkflowType type) {
    Diagnostics diagnostics = new Diagnostics();
    JsonNode root = read(json, diagnostics);
    if (root == null) {
      return new Result(null, diagnostics.sorted());
    }
    StateMachineDefinition definition = new DefinitionReader(diagnostics, type).read(root);
    GraphShape machine = GraphShape.of(root, Location.ROOT);
    StateNames.check(json, machine, diagnostics);
    DefinitionValidator.validate(machine, diagnostics);
    return new Result(diagnostics.errorCount() > 0 ? null : definition, diagnostics.sorted());
  }

  /**
   * AWS's ValidationException message when a definition is longer than AWS accepts, else {@code
   * null}. AWS checks this on the request, before the definition is read, so the API layer should
   * ask here first and answer with a ValidationException.
   */
  public static String lengthViolation(String json) {
    if (json != null && json.codePointCount(0, json.length()) > MAX_DEFINITION_LENGTH) {
      return Messages.tooLong(MAX_DEFINITION_LENGTH);
    }
    return null;
  }

  /** The definition's JSON object, or {@code null} when there is none (reported). */
  private static JsonNode read(String json, Diagnostics diagnostics) {
    if (json == null) {
      diagnostics.error(Diagnostic.MISSING_DESCRIPTION, Messages.NO_DEFINITION, null);
      return null;
    }
    String tooLong = lengthViolation(json);
    if (tooLong != null) {
      // A caller that skipped the request check still gets a refusal rather than a parse of a
      // definition AWS never reads.
      diagnostics.schema(tooLong, null);
      return null;
    }
    JsonNode root;
    try {
      root = Json.parse(json);
    } catch (JsonProcessingException e) {
      String location = jsonLocation(e);
      diagnostics.add(Diagnostic.error(Diagnostic.INVALID_JSON_DESCRIPTION,
          e.getOriginalMessage() + (location == null ? "" : "\n at " + location), location));
      return null;
    }
    if (root == null || !root.isObject()) {
      // Observed for "" (recorded against AWS): no location.
      diagnostics.schema(Messages.NOT_AN_OBJECT, null);
      return null;
    }
    return root;
  }

  /**
   * AWS reports a JSON syntax error with the parser's message and, as its location, the parser's
   * position: {@code [Source: (String)"not a definition"; line: 1, column: 4]} (recorded against
   * AWS). AWS's parser reports an unrecognized token at its end, ours at its start: the column is
   * moved to match.
   */
  private static String jsonLocation(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null) {
      return null;
    }
    String text = location.toString();
    Matcher token = UNRECOGNIZED_TOKEN.matcher(e.getOriginalMessage());
    if (token.matches()) {
      int column = location.getColumnNr() + token.group(1).length();
      text = text.replaceFirst("column: \\d+\\]$", "column: " + column + "]");
    }
    return text;
  }
}
