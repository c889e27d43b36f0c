package dev.sfntest.conformance.corpus;


/**
 * How much of a case the runner can check (the corpus README's tiers).
 */
public enum Tier {
  /** Pure ASL with the full history: status, output, error, cause and every event are compared. */
  A,
  /** Pure ASL, outcome only: status and output (or the sync response / express log event). */
  B,
  /** Calls services whose every result is recorded: tasks answered from the recording, then as A. */
  C,
  /** Calls services whose results were not recorded: not runnable, reported as skipped. */
  D;

  /** The tier of a case, exactly as the corpus README defines it. */
  public static Tier of(ConformanceCase c) {
    boolean pure = c.needs().isEmpty();
    boolean hasHistory = c.expected().history() != null;
    if (pure) {
      return hasHistory ? A : B;
    }
    return Boolean.TRUE.equals(c.taskResultsRecorded()) && hasHistory ? C : D;
  }
}
