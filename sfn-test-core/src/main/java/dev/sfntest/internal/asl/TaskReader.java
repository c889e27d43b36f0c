package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Reads a Task state: {@code Resource} (checked by {@link TaskResources}), the request an
 * optimized integration needs, timeouts and heartbeats, {@code Credentials}, Retry and Catch.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html">Task state</a>
 */
final class TaskReader {

  private static final Fields.Range SECONDS = Fields.Range.between("1", "99999999");

  private final Diagnostics diagnostics;
  private final Expressions expressions;
  private final ValueFields values;
  private final ErrorHandlingReader errors;

  TaskReader(DefinitionReader reader, ErrorHandlingReader errors) {
    this.diagnostics = reader.diagnostics;
    this.expressions = reader.expressions;
    this.values = reader.values;
    this.errors = errors;
  }

  TaskState read(String name, Fields state, StateIo io, QueryLanguage language, boolean express) {
    state.require("Resource");
    String resource = state.string("Resource");
    if (resource != null) {
      TaskResources.Kind kind = TaskResources.check(resource, express, state.at("Resource"), diagnostics);
      if (kind != null && kind.optimized()) {
        checkRequest(state, resource, kind, language);
      }
    }
    ValueSource timeout = values.read(state, "TimeoutSeconds", "TimeoutSecondsPath", language,
        ValueFields.Kind.INTEGER, SECONDS, Expressions.PathRule.REFERENCE, false);
    ValueSource heartbeat = values.read(state, "HeartbeatSeconds", "HeartbeatSecondsPath", language,
        ValueFields.Kind.INTEGER, SECONDS, Expressions.PathRule.REFERENCE, false);
    if (timeout != null && heartbeat != null && timeout.constant() != null && heartbeat.constant() != null
        && heartbeat.constant().bigIntegerValue().compareTo(timeout.constant().bigIntegerValue()) >= 0) {
      diagnostics.schema(Messages.HEARTBEAT_NOT_BELOW_TIMEOUT, state.at("HeartbeatSeconds"));
    }
    JsonNode credentials = credentials(state, language);
    return new TaskState(name, io, resource, timeout, heartbeat, credentials, errors.read(state, language));
  }

  /**
   * An optimized integration needs its request (observed: {@code Parameters field is required for
   * resource ARN: arn:aws:states:::lambda:invoke}, {@code Arguments} in JSONata), and the request
   * needs the integration's required fields, written plainly or with {@code .$}.
   */
  private void checkRequest(Fields state, String resource, TaskResources.Kind kind, QueryLanguage language) {
    String field = language == QueryLanguage.JSONPATH ? "Parameters" : "Arguments";
    JsonNode request = state.get(field);
    if (request == null) {
      diagnostics.schema(Messages.parametersRequired(field, resource), state.at);
      return;
    }
    if (!request.isObject()) {
      return;
    }
    for (String required : kind.requiredFields()) {
      if (!request.has(required) && !(language == QueryLanguage.JSONPATH && request.has(required + ".$"))) {
        diagnostics.schema(Messages.integrationFieldMissing(required), state.at);
      }
    }
  }

  /**
   * {@code Credentials}: the role to assume, {@code RoleArn} (or {@code RoleArn.$} in JSONPath).
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html#task-state-fields">Task state fields</a>
   */
  private JsonNode credentials(Fields state, QueryLanguage language) {
    Fields credentials = state.object("Credentials");
    if (credentials == null) {
      return null;
    }
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    credentials.allowOnly(jsonPath ? Set.of("RoleArn", "RoleArn.$") : Set.of("RoleArn"));
    if (!credentials.has("RoleArn") && !credentials.has("RoleArn.$")) {
      credentials.require("RoleArn");
    }
    if (jsonPath) {
      expressions.payload(credentials.node, credentials.at);
    } else {
      expressions.jsonata(credentials.node, "Credentials", credentials.at, Expressions.Scope.STATE);
    }
    return credentials.node;
  }
}
