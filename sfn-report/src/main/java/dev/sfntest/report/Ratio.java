package dev.sfntest.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of some things were covered.
 *
 * <pre>{@code
 * Ratio states = machine.states();   // 7/9 (77.8%)
 * }</pre>
 *
 * @param covered how many were exercised at least once
 * @param total how many there are
 */
public record Ratio(int covered, int total) {

  /** The percentage, to one decimal, rounded down (so that 99.96% never shows as 100%); 100 for nothing to cover. */
  public BigDecimal percent() {
    if (total == 0) {
      return BigDecimal.valueOf(1000, 1);
    }
    return BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.DOWN);
  }

  /** Adds two ratios. */
  public Ratio plus(Ratio other) {
    return new Ratio(covered + other.covered, total + other.total);
  }

  @Override
  public String toString() {
    return covered + "/" + total + " (" + percent().toPlainString() + "%)";
  }
}
