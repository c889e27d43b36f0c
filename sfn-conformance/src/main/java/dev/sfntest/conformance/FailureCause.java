package dev.sfntest.conformance;

/**
 * Why a case fails, in one line: the case's first difference from what AWS recorded. Used for the
 * reasons of {@code known-deviations.txt}.
 */
public final class FailureCause {

  private static final int MAX_LENGTH = 400;

  private FailureCause() {}

  /** The cause of a failed, rejected or erroneous result. */
  public static String of(CaseResult result) {
    String difference = result.difference() == null ? "" : result.difference();
    String text = "differs from AWS: " + difference.replaceAll("\\s+", " ");
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text;
  }
}
