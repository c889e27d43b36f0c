package dev.sfntest.conformance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a case fails, in a few words shared by every case with the same cause: the feature the fake
 * reports as missing ({@code Task states are not supported yet (issue #4)}), the operation it
 * does not support, or else the case's own first difference. Used for the reasons of
 * {@code known-deviations.txt}.
 */
public final class FailureCause {

  private static final Pattern MISSING_FEATURE =
      Pattern.compile("([A-Z][A-Za-z ]*?) (?:are|is) not supported yet \\(issue #(\\d+)\\)");
  private static final Pattern MISSING_OPERATION = Pattern.compile("FakeSfnClient does not support (\\w+) yet");
  private static final int MAX_LENGTH = 400;

  private FailureCause() {}

  /** The cause of a failed, rejected or erroneous result. */
  public static String of(CaseResult result) {
    String difference = result.difference() == null ? "" : result.difference();
    Matcher feature = MISSING_FEATURE.matcher(difference);
    if (feature.find()) {
      return missingFeature(feature.group(1), feature.group(2));
    }
    Matcher operation = MISSING_OPERATION.matcher(difference);
    if (operation.find()) {
      return operation.group(1) + " not implemented yet in FakeSfnClient";
    }
    String text = "differs from AWS: " + difference.replaceAll("\\s+", " ");
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text;
  }

  private static String missingFeature(String subject, String issue) {
    switch (subject) {
      case "Task states":
        // issue #7 is the task mocks that tier C cases need on top of Task states
        return "Task states not implemented yet (issue #4/#7)";
      case "Map states":
      case "Parallel states":
        return "Map/Parallel not implemented yet (issue #6)";
      case "JSONata":
        return "JSONata not implemented yet (issue #5)";
      case "Intrinsic functions":
        return "intrinsic functions not implemented yet (issue #4)";
      default:
        return subject + " not implemented yet (issue #" + issue + ")";
    }
  }
}
