package dev.sfntest.assertj.error;

/** Counts in words: {@code never}, {@code once}, {@code 3 times}. */
public final class Times {

  private Times() {}

  public static String of(int count) {
    if (count == 0) {
      return "never";
    }
    return count == 1 ? "once" : count + " times";
  }
}
