package dev.sfntest.conformance.corpus;

/**
 * One of a case's own rewrites of recorded values ({@code snapshot_transformers}), which the
 * comparator applies to the fake's answer too (notes/aws-history-format.md, section 6).
 *
 * @param kind {@link #TEXT}, {@link #JSONPATH}, {@link #KEY}, {@link #UNMODELLED} or
 *     {@link #PARALLEL_BRANCH_EVENTS_SORTED}
 * @param replacement what the value became
 * @param standsFor what a text value stands for, e.g. {@code "state machine name"}; may be null
 * @param regex for text rules: the pattern that was rewritten; null when the original value is
 *     the test's own (a name the runner chooses)
 * @param path for jsonpath and key rules: a simple JSONPath such as {@code $..Headers.Date}
 * @param byReference for jsonpath and key rules: every occurrence of the value became
 *     {@code <replacement:N>}
 * @param priority lower runs first
 * @param description for unmodelled rules: which helper bundle it was
 */
public record SnapshotTransformer(
    String kind,
    String replacement,
    String standsFor,
    String regex,
    String path,
    boolean byReference,
    int priority,
    String description) {

  public static final String TEXT = "text";
  public static final String JSONPATH = "jsonpath";
  public static final String KEY = "key";
  public static final String UNMODELLED = "unmodelled";
  public static final String PARALLEL_BRANCH_EVENTS_SORTED = "parallel_branch_events_sorted";

  /** A text rule whose original value the test chose or got from AWS (no pattern recorded). */
  public boolean isNamedValue() {
    return TEXT.equals(kind) && regex == null;
  }

  /** A text rule with a pattern. */
  public boolean isPattern() {
    return TEXT.equals(kind) && regex != null;
  }

  /** A rule that masks the value at a path ({@code jsonpath} or {@code key}). */
  public boolean isPathMask() {
    return JSONPATH.equals(kind) || KEY.equals(kind);
  }
}
