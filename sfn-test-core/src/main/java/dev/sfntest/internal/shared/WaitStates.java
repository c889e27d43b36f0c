package dev.sfntest.internal.shared;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the Wait states of a definition without running it: how long each waits, where that can
 * be known before or while it runs. Live mode uses it to tell a test that cannot end in time on a
 * wall-clock endpoint from one that is merely slow. States are found at every depth: in Parallel
 * branches and Map iterations too.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html">Wait state</a>
 */
public final class WaitStates {

  /** {@code $.a.b}: the only paths read here; anything else is "cannot tell". */
  private static final Pattern SIMPLE_PATH = Pattern.compile("\\$(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private final JsonNode definition;

  private WaitStates(JsonNode definition) {
    this.definition = definition;
  }

  /** The Wait states of a definition; none when it is not JSON (a placeholder left in, say). */
  public static WaitStates of(String definition) {
    try {
      return new WaitStates(Json.parse(definition));
    } catch (Exception e) {
      return new WaitStates(Json.object());
    }
  }

  /**
   * A Wait state whose waiting is fixed in the definition ({@code Seconds} as a number).
   *
   * @param name the state's name
   * @param duration how long it waits
   */
  public record FixedWait(String name, Duration duration) {}

  /** The longest Wait whose {@code Seconds} is a number, if there is one. */
  public Optional<FixedWait> longestFixedWait() {
    FixedWait longest = null;
    for (JsonNode[] state : states(definition, new ArrayList<>())) {
      JsonNode seconds = state[1].path("Seconds");
      if ("Wait".equals(state[1].path("Type").asText()) && seconds.isNumber()) {
        FixedWait wait = new FixedWait(state[0].asText(), Duration.ofSeconds(seconds.asLong()));
        if (longest == null || wait.duration().compareTo(longest.duration()) > 0) {
          longest = wait;
        }
      }
    }
    return Optional.ofNullable(longest);
  }

  /** Whether {@code stateName} is a Wait state. */
  public boolean isWait(String stateName) {
    return find(stateName).map(state -> "Wait".equals(state.path("Type").asText())).orElse(false);
  }

  /**
   * When a Wait state entered at {@code entered} with {@code input} ends, when the definition
   * says it plainly: a number of {@code Seconds}, a {@code Timestamp}, or a {@code SecondsPath} or
   * {@code TimestampPath} of the form {@code $.a.b}; empty for JSONata expressions and other paths.
   */
  public Optional<Instant> waitEnd(String stateName, Instant entered, String input) {
    Optional<JsonNode> found = find(stateName);
    if (found.isEmpty() || !"Wait".equals(found.get().path("Type").asText())) {
      return Optional.empty();
    }
    JsonNode state = found.get();
    JsonNode seconds = state.path("Seconds");
    if (seconds.isNumber()) {
      return Optional.of(entered.plusSeconds(seconds.asLong()));
    }
    JsonNode timestamp = state.path("Timestamp");
    if (timestamp.isTextual() && !timestamp.asText().startsWith("{%")) {
      return parse(timestamp.asText());
    }
    JsonNode effective = effectiveInput(state, input);
    if (effective == null) {
      return Optional.empty();
    }
    JsonNode byPath = read(effective, state.path("SecondsPath"));
    if (byPath != null && byPath.isNumber()) {
      return Optional.of(entered.plusSeconds(byPath.asLong()));
    }
    byPath = read(effective, state.path("TimestampPath"));
    return byPath != null && byPath.isTextual() ? parse(byPath.asText()) : Optional.empty();
  }

  private static JsonNode effectiveInput(JsonNode state, String input) {
    if (input == null) {
      return null;
    }
    JsonNode parsed;
    try {
      parsed = Json.parse(input);
    } catch (Exception e) {
      return null;
    }
    JsonNode inputPath = state.path("InputPath");
    return inputPath.isMissingNode() ? parsed : read(parsed, inputPath);
  }

  private static JsonNode read(JsonNode from, JsonNode path) {
    if (!path.isTextual() || !SIMPLE_PATH.matcher(path.asText()).matches()) {
      return null;
    }
    JsonNode at = from.at(path.asText().substring(1).replace('.', '/'));
    return at.isMissingNode() ? null : at;
  }

  private static Optional<Instant> parse(String timestamp) {
    try {
      return Optional.of(Instant.parse(timestamp));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<JsonNode> find(String stateName) {
    for (JsonNode[] state : states(definition, new ArrayList<>())) {
      if (state[0].asText().equals(stateName)) {
        return Optional.of(state[1]);
      }
    }
    return Optional.empty();
  }

  /** Every state at every depth, as {name, state} pairs. */
  private static List<JsonNode[]> states(JsonNode machine, List<JsonNode[]> into) {
    machine.path("States").fields().forEachRemaining(entry -> {
      into.add(new JsonNode[] {Json.NODES.textNode(entry.getKey()), entry.getValue()});
      JsonNode state = entry.getValue();
      state.path("Branches").forEach(branch -> states(branch, into));
      states(state.path("Iterator"), into);
      states(state.path("ItemProcessor"), into);
    });
    return into;
  }
}
