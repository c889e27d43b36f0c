package dev.sfntest.report.internal;

import java.util.List;

/**
 * One element of a state's {@code Retry}: coverage counts whether it ever fired.
 *
 * @param state the state it belongs to
 * @param index its place in {@code Retry}
 * @param errors its {@code ErrorEquals}
 */
public record Retrier(String state, int index, List<String> errors) {

  /** A stable key, unique in its state machine: {@code ChargeCard Retry[0]}. */
  public String id() {
    return state + " Retry[" + index + "]";
  }
}
