package dev.sfntest.internal.asl;

/**
 * A Map state's {@code ItemProcessor} (or legacy {@code Iterator}).
 *
 * @param graph the states run for each item
 * @param mode {@code ProcessorConfig.Mode}
 * @param executionType {@code ProcessorConfig.ExecutionType} (STANDARD or EXPRESS) for distributed
 *     mode, else {@code null}
 */
public record ItemProcessor(StateGraph graph, Mode mode, String executionType) {

  /** Where the items run. */
  public enum Mode {
    INLINE,
    DISTRIBUTED
  }
}
