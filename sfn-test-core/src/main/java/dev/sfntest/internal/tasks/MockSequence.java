package dev.sfntest.internal.tasks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The answers programmed for one mocked task, in order, and the calls it received. Each step
 * answers a number of calls; the last step answers every further call unless its count was set.
 * Calls are counted per state and per execution, retries and Map iterations included (Step
 * Functions Local's rule), so {@code thenFail(...).times(2).thenReturn(...)} fails the first two
 * attempts of each execution.
 */
public final class MockSequence {

  private final List<MockResponse> responses = new ArrayList<>();
  private final List<Integer> counts = new ArrayList<>();
  private final List<Boolean> countSet = new ArrayList<>();
  private final List<TaskCall> calls = new ArrayList<>();

  /** Adds a step answering one call. */
  public synchronized void add(MockResponse response) {
    responses.add(response);
    counts.add(1);
    countSet.add(false);
  }

  /** Sets how many calls the last step answers. */
  public synchronized void times(int count) {
    if (responses.isEmpty()) {
      throw new IllegalStateException("times(n) follows a response: thenReturn(...).times(2)");
    }
    if (count < 1) {
      throw new IllegalArgumentException("times(n) needs n >= 1, was " + count);
    }
    counts.set(counts.size() - 1, count);
    countSet.set(countSet.size() - 1, true);
  }

  /** Replaces the last step (to modify it: takes, heartbeats, submitted output). */
  public synchronized void replaceLast(java.util.function.UnaryOperator<MockResponse> change) {
    if (responses.isEmpty()) {
      throw new IllegalStateException("Program a response first, e.g. thenReturn(...)");
    }
    responses.set(responses.size() - 1, change.apply(responses.get(responses.size() - 1)));
  }

  /** Forgets every step and every call: the sequence is as new, and answers nothing until given steps. */
  public synchronized void reset() {
    responses.clear();
    counts.clear();
    countSet.clear();
    calls.clear();
  }

  /** The response for the call with that 0-based index, or {@code null} when the sequence is spent. */
  public synchronized MockResponse responseFor(int invocation) {
    int seen = 0;
    for (int i = 0; i < responses.size(); i++) {
      boolean last = i == responses.size() - 1;
      if (last && !countSet.get(i)) {
        return responses.get(i);
      }
      seen += counts.get(i);
      if (invocation < seen) {
        return responses.get(i);
      }
    }
    return null;
  }

  public synchronized boolean isEmpty() {
    return responses.isEmpty();
  }

  synchronized void record(TaskCall invocation) {
    calls.add(invocation);
  }

  /** Every call so far, in order. */
  public synchronized List<TaskCall> calls() {
    return Collections.unmodifiableList(new ArrayList<>(calls));
  }
}
