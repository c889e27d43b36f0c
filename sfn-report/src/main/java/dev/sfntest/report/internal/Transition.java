package dev.sfntest.report.internal;

import java.util.List;

/**
 * One way out of a state that coverage counts: its {@code Next}, a Choice branch, the Choice's
 * {@code Default}, or one catcher.
 *
 * <p>Choice rules that lead to the same state are one branch: the history records where a Choice
 * went, not which rule matched, so two rules with one target cannot be told apart from it.
 *
 * @param from the state it leaves
 * @param to the state it enters
 * @param kind what in the definition it comes from
 * @param indexes the Choice rules ({@link #DEFAULT_INDEX} for a Default among them) or the catcher it
 *     stands for (empty for Next and Default)
 * @param errors the catcher's {@code ErrorEquals} (empty otherwise)
 */
public record Transition(String from, String to, Kind kind, List<Integer> indexes, List<String> errors) {

  /** In a Choice branch's indexes: the {@code Default} leads to the same state as its rules. */
  public static final int DEFAULT_INDEX = -1;

  /** Where a transition is written. */
  public enum Kind {
    NEXT, CHOICE, DEFAULT, CATCH;

    /** Whether coverage counts it as a Choice branch. */
    public boolean isChoiceBranch() {
      return this == CHOICE || this == DEFAULT;
    }
  }

  /** What the definition calls it: {@code Next}, {@code Choices[0,2]}, {@code Default}, {@code Catch[1]}. */
  public String label() {
    return switch (kind) {
      case NEXT -> "Next";
      case DEFAULT -> "Default";
      case CHOICE -> "Choices" + indexes.stream().filter(i -> i >= 0).toList().toString().replace(" ", "")
          + (indexes.contains(DEFAULT_INDEX) ? "+Default" : "");
      case CATCH -> "Catch" + indexes.toString().replace(" ", "");
    };
  }

  /** A stable key, unique in its state machine: {@code ChargeCard -> Refund (Catch[1])}. */
  public String id() {
    return from + " -> " + to + " (" + label() + ")";
  }
}
