package dev.sfntest.internal.asl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sfntest.internal.expr.Json;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * State names are unique in the whole machine, nested graphs included: the ASL spec says "State
 * names MUST be unique within the scope of the whole state machine", and AWS refuses a name reused
 * in a Parallel branch or Map processor with {@code DUPLICATE_STATE_NAME: Duplicate State name: X}
 * (reported in deployments that failed on it; the wording is Step Functions Local's, AWS's own
 * validator). The name twice in one {@code States} object counts too; since the JSON tree keeps
 * only the last of two equal keys, those are found by reading the text itself.
 *
 * @see <a href="https://states-language.net/spec.html#states-fields">ASL spec: States</a>
 */
final class StateNames {

  private StateNames() {}

  static void check(String json, GraphShape machine, Diagnostics diagnostics) {
    repeatedKeys(json, diagnostics);
    reused(machine, new HashSet<>(), diagnostics);
  }

  private static void reused(GraphShape graph, Set<String> seen, Diagnostics diagnostics) {
    for (GraphShape.StateShape state : graph.states.values()) {
      if (!seen.add(state.name())) {
        diagnostics.error(Diagnostic.DUPLICATE_STATE_NAME, Messages.duplicateState(state.name()), state.at());
      }
      for (GraphShape child : state.children()) {
        reused(child, seen, diagnostics);
      }
    }
  }

  /** What a JSON container is in a definition, as far as state names are concerned. */
  private enum Kind {
    MACHINE,
    STATES,
    STATE,
    BRANCHES,
    GRAPH,
    OTHER
  }

  private static final class Frame {
    final Kind kind;
    final Location at;
    final Set<String> keys = new HashSet<>();
    String field;
    int index = -1;

    Frame(Kind kind, Location at) {
      this.kind = kind;
      this.at = at;
    }
  }

  /** Reports a state name written twice in one {@code States} object. */
  private static void repeatedKeys(String json, Diagnostics diagnostics) {
    Deque<Frame> stack = new ArrayDeque<>();
    try (JsonParser parser = Json.factory().createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        Frame top = stack.peek();
        if (token == JsonToken.FIELD_NAME) {
          top.field = parser.currentName();
          if (top.kind == Kind.STATES && !top.keys.add(top.field)) {
            diagnostics.error(Diagnostic.DUPLICATE_STATE_NAME, Messages.duplicateState(top.field),
                top.at.field(top.field));
          }
        } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          Frame child = child(top, token == JsonToken.START_OBJECT);
          if (child.kind == Kind.OTHER) {
            parser.skipChildren();
          } else {
            stack.push(child);
          }
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          stack.pop();
        } else if (top != null && top.field == null) {
          top.index++;
        }
      }
    } catch (IOException e) {
      // The text was parsed already; a second read cannot fail on it.
    }
  }

  private static Frame child(Frame parent, boolean object) {
    if (parent == null) {
      return new Frame(object ? Kind.MACHINE : Kind.OTHER, Location.ROOT);
    }
    if (parent.kind == Kind.BRANCHES) {
      parent.index++;
      return new Frame(object ? Kind.GRAPH : Kind.OTHER, parent.at.index(parent.index));
    }
    String field = parent.field;
    Location at = parent.at.field(field);
    Kind kind = Kind.OTHER;
    if ((parent.kind == Kind.MACHINE || parent.kind == Kind.GRAPH) && field.equals("States") && object) {
      kind = Kind.STATES;
    } else if (parent.kind == Kind.STATES && object) {
      kind = Kind.STATE;
    } else if (parent.kind == Kind.STATE && field.equals("Branches") && !object) {
      kind = Kind.BRANCHES;
    } else if (parent.kind == Kind.STATE && (field.equals("ItemProcessor") || field.equals("Iterator")) && object) {
      kind = Kind.GRAPH;
    }
    return new Frame(kind, at);
  }
}
