package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code Retry} and {@code Catch} of a Task, Parallel or Map state, with their ranges and
 * the rule that {@code States.ALL} appears alone, in the last retrier or catcher.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html">Error handling</a>
 * @see <a href="https://states-language.net/spec.html#errors">ASL spec: Errors</a>
 */
final class ErrorHandlingReader {

  private static final Set<String> RETRIER_FIELDS = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts",
      "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
  private static final Set<String> CATCHER_JSONPATH = Set.of("ErrorEquals", "Next", "ResultPath", "Comment", "Assign");
  private static final Set<String> CATCHER_JSONATA = Set.of("ErrorEquals", "Next", "Output", "Comment", "Assign");

  /**
   * Observed: IntervalSeconds 0 is accepted (though the spec asks for a positive integer), so
   * only the documented maximum is enforced.
   */
  private static final Fields.Range INTERVAL = Fields.Range.between("0", "99999999");
  private static final Fields.Range MAX_ATTEMPTS = Fields.Range.between("0", "99999999");
  private static final Fields.Range BACKOFF_RATE = Fields.Range.atLeast("1.0");
  private static final Fields.Range MAX_DELAY = Fields.Range.between("1", "31622400");

  private final StateReader states;
  private final Diagnostics diagnostics;
  private final Expressions expressions;

  ErrorHandlingReader(StateReader states, DefinitionReader reader) {
    this.states = states;
    this.diagnostics = reader.diagnostics;
    this.expressions = reader.expressions;
  }

  ErrorHandling read(Fields state, QueryLanguage language) {
    List<Retrier> retry = new ArrayList<>();
    JsonNode retryNode = state.array("Retry", false);
    if (retryNode != null) {
      for (int i = 0; i < retryNode.size(); i++) {
        Fields element = element(retryNode.get(i), state.at("Retry").index(i));
        Retrier retrier = element == null ? null : retrier(element, i == retryNode.size() - 1);
        if (retrier != null) {
          retry.add(retrier);
        }
      }
    }
    List<Catcher> catchers = new ArrayList<>();
    JsonNode catchNode = state.array("Catch", false);
    if (catchNode != null) {
      for (int i = 0; i < catchNode.size(); i++) {
        Fields element = element(catchNode.get(i), state.at("Catch").index(i));
        Catcher catcher = element == null ? null : catcher(element, i == catchNode.size() - 1, language);
        if (catcher != null) {
          catchers.add(catcher);
        }
      }
    }
    if (retry.isEmpty() && catchers.isEmpty()) {
      return ErrorHandling.NONE;
    }
    return new ErrorHandling(List.copyOf(retry), List.copyOf(catchers));
  }

  private Fields element(JsonNode node, Location at) {
    if (!node.isObject()) {
      diagnostics.schema(Messages.expectedType("Object"), at);
      return null;
    }
    return new Fields(node, at, diagnostics);
  }

  private Retrier retrier(Fields retrier, boolean last) {
    retrier.allowOnly(RETRIER_FIELDS);
    retrier.require("ErrorEquals");
    List<String> errors = errorEquals(retrier, last);
    int interval = integer(retrier, "IntervalSeconds", INTERVAL, 1);
    int maxAttempts = integer(retrier, "MaxAttempts", MAX_ATTEMPTS, 3);
    double backoff = 2.0;
    JsonNode backoffNode = retrier.get("BackoffRate");
    if (backoffNode != null && Fields.checkNumber(backoffNode, BACKOFF_RATE, retrier.at("BackoffRate"), diagnostics)) {
      backoff = backoffNode.asDouble();
    }
    Integer maxDelay = null;
    JsonNode maxDelayNode = retrier.get("MaxDelaySeconds");
    if (maxDelayNode != null
        && Fields.checkInteger(maxDelayNode, MAX_DELAY, retrier.at("MaxDelaySeconds"), diagnostics)) {
      maxDelay = maxDelayNode.asInt();
    }
    // Observed: "Value should be one of the following: [NONE, FULL]".
    String jitter = retrier.oneOf("JitterStrategy", List.of("NONE", "FULL"));
    return new Retrier(errors, interval, maxAttempts, backoff, maxDelay,
        jitter == null ? JitterStrategy.NONE : JitterStrategy.valueOf(jitter), retrier.string("Comment"));
  }

  private int integer(Fields retrier, String field, Fields.Range range, int absent) {
    JsonNode value = retrier.get(field);
    if (value != null && Fields.checkInteger(value, range, retrier.at(field), diagnostics)) {
      return value.asInt();
    }
    return absent;
  }

  private Catcher catcher(Fields catcher, boolean last, QueryLanguage language) {
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    StateFields.check(catcher, jsonPath ? CATCHER_JSONPATH : CATCHER_JSONATA,
        jsonPath ? CATCHER_JSONATA : CATCHER_JSONPATH, language);
    catcher.require("ErrorEquals", "Next");
    List<String> errors = errorEquals(catcher, last);
    String next = catcher.string("Next");
    ResultPathSpec resultPath = jsonPath
        ? expressions.resultPath(catcher.get("ResultPath"), catcher.at("ResultPath")) : null;
    // Only a catcher's Output and Assign can read $states.errorOutput.
    var output = jsonPath ? null
        : expressions.jsonata(catcher.get("Output"), "Output", catcher.at("Output"), Expressions.Scope.CATCHER);
    var assign = states.assign(catcher, language, Expressions.Scope.CATCHER);
    return new Catcher(errors, next, resultPath, output, assign, catcher.string("Comment"));
  }

  private List<String> errorEquals(Fields owner, boolean last) {
    JsonNode errors = owner.array("ErrorEquals", true);
    if (errors == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < errors.size(); i++) {
      JsonNode error = errors.get(i);
      Location at = owner.at("ErrorEquals").index(i);
      if (!error.isTextual()) {
        diagnostics.schema(Messages.EXPECTED_STRING, at);
        continue;
      }
      // Observed: located at the element, e.g. /States/T/Retry[0]/ErrorEquals[0].
      if (error.asText().equals("States.ALL") && (errors.size() > 1 || !last)) {
        diagnostics.schema(Messages.STATES_ALL, at);
      }
      names.add(error.asText());
    }
    return List.copyOf(names);
  }
}
