package dev.sfntest.internal.backend;

import dev.sfntest.internal.asl.StateMachineDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Definitions already parsed and validated, shared by every fake of the JVM: a test class
 * deploys the same definition for each of its tests, each on a fresh fake, and parsing and
 * validating it again each time was most of what a deployment cost. A {@link StateMachineDefinition}
 * is immutable and executions only read it (every execution of a machine already shares its
 * one), so fakes share it as well; none can see another through it.
 *
 * <p>Only definitions without JSONata are kept: a compiled JSONata expression of the library keeps
 * per-evaluation state in the instance (its clock reading), which one fake only ever uses from one
 * thread at a time, but two fakes on two threads would not. Only definitions that passed are
 * kept; a refused one is checked again each time, as its messages are built from the request.
 * The least recently used are dropped past {@link #MAX_ENTRIES} definitions or {@link
 * #MAX_CHARACTERS} characters of definition text.
 *
 * <pre>{@code StateMachineDefinition d = ParsedDefinitions.shared().get(text, "STANDARD", () -> parse(text));}</pre>
 */
final class ParsedDefinitions {

  static final int MAX_ENTRIES = 256;
  static final long MAX_CHARACTERS = 8L * 1024 * 1024;

  private static final ParsedDefinitions SHARED = new ParsedDefinitions();

  private record Key(String type, String text) {}

  private final Map<Key, StateMachineDefinition> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long characters;

  static ParsedDefinitions shared() {
    return SHARED;
  }

  /**
   * The definition of {@code text} for machines of {@code type}, parsed by {@code parse} unless
   * kept from before.
   */
  StateMachineDefinition get(String text, String type, Supplier<StateMachineDefinition> parse) {
    if (!shareable(text)) {
      return parse.get();
    }
    Key key = new Key(type, text);
    synchronized (this) {
      StateMachineDefinition kept = entries.get(key);
      if (kept != null) {
        return kept;
      }
    }
    // Parsed outside the lock: another fake's deployment need not wait for this one.
    StateMachineDefinition parsed = parse.get();
    synchronized (this) {
      if (entries.putIfAbsent(key, parsed) == null) {
        characters += text.length();
        trim();
      }
    }
    return parsed;
  }

  /** JSONata expressions are written {@code {% ... %}}: without that opening, there are none. */
  private static boolean shareable(String text) {
    return text.length() <= MAX_CHARACTERS && !text.contains("{%");
  }

  private void trim() {
    var oldest = entries.keySet().iterator();
    while ((entries.size() > MAX_ENTRIES || characters > MAX_CHARACTERS) && oldest.hasNext()) {
      characters -= oldest.next().text().length();
      oldest.remove();
    }
  }
}
