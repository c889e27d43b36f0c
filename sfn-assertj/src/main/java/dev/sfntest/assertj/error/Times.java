package dev.sfntest.assertj.error;

/**
 * Counts in words, as the failure messages say them: {@code never}, {@code once}, {@code 3 times}.
 *
 * <pre>{@code String text = "it was retried " + Times.of(2);   // "it was retried 2 times"}</pre>
 */
public final class Times {

  private Times() {}

  /**
   * A count as the failure messages say it.
   *
   * <pre>{@code
   * Times.of(0);   // "never"
   * Times.of(1);   // "once"
   * Times.of(3);   // "3 times"
   * }</pre>
   *
   * @param count how many times, 0 or more
   * @return the count in words
   */
  public static String of(int count) {
    if (count == 0) {
      return "never";
    }
    return count == 1 ? "once" : count + " times";
  }
}
