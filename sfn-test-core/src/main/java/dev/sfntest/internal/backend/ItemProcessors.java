package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.StateMachineDefinition;
import dev.sfntest.internal.engine.MapRun;
import dev.sfntest.internal.expr.Json;
import java.util.Iterator;

/**
 * The revision a distributed Map's child execution runs: the Map state's {@code ItemProcessor} (or
 * legacy {@code Iterator}) as a state machine of its own, {@code <machine>/<label>}, with the
 * parent revision's role, configurations, revision id and date. AWS documents that
 * DescribeStateMachineForExecution answers "the state machine associated with the Map Run" for a
 * child; that its definition is the ItemProcessor object as written is assumed.
 *
 * <pre>{@code
 * Revision child = ItemProcessors.revision(parentRecord.revision(), mapRun, childRun.spec().definition());
 * child.definitionText();   // {"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"Work","States":{...}}
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeStateMachineForExecution.html">DescribeStateMachineForExecution</a>
 */
final class ItemProcessors {

  private ItemProcessors() {}

  /**
   * @param parent the revision of the execution whose Map started the run (itself a child's, for a
   *     distributed Map inside another)
   * @param definition the child's parsed definition, as the engine runs it
   */
  static Revision revision(Revision parent, MapRun mapRun, StateMachineDefinition definition) {
    JsonNode processor = find(parent.definition().source(), mapRun.stateName());
    JsonNode source = processor != null ? processor : Json.object();
    StateMachineDefinition withSource = new StateMachineDefinition(source, definition.comment(), definition.version(),
        definition.queryLanguage(), definition.timeoutSeconds(), definition.graph());
    return new Revision(Json.write(source), withSource, parent.roleArn(), parent.logging(), parent.tracing(),
        parent.encryption(), parent.revisionId(), parent.date());
  }

  /**
   * The processor of the Map state named {@code stateName}, wherever it is nested (branches,
   * processors); {@code null} when there is none. State names are unique in a definition.
   */
  private static JsonNode find(JsonNode node, String stateName) {
    if (node == null || !node.isContainerNode()) {
      return null;
    }
    JsonNode states = node.get("States");
    if (states != null && states.isObject()) {
      JsonNode state = states.get(stateName);
      if (state != null && state.isObject()) {
        JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.get("Iterator");
        if (processor != null) {
          return processor;
        }
      }
    }
    for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
      JsonNode found = find(children.next(), stateName);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
