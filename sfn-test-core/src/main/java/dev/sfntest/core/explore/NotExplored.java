package dev.sfntest.core.explore;

/**
 * Something the {@link FailureExplorer} did not run, and why: a fault left out by the execution
 * budget, a Task state no run reached, an error no Task call can produce.
 *
 * <pre>{@code
 * exploration.notExplored().forEach(n -> System.out.println(n.what() + ": " + n.reason()));
 * }</pre>
 *
 * @param what the fault, state or error name
 * @param reason why it was not explored
 */
public record NotExplored(String what, String reason) {

  @Override
  public String toString() {
    return what + ": " + reason;
  }
}
