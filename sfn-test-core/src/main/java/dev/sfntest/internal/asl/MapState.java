package dev.sfntest.internal.asl;

import dev.sfntest.internal.expr.ReferencePath;
import dev.sfntest.internal.expr.Template;

/**
 * A Map state, inline or distributed.
 *
 * @param processor {@code ItemProcessor} (or the legacy {@code Iterator})
 * @param itemsPath JSONPath {@code ItemsPath}, or {@code null}
 * @param items JSONata {@code Items}, or {@code null}
 * @param itemSelector {@code ItemSelector} (or the legacy {@code Parameters}), or {@code null}
 * @param itemReader {@code ItemReader}, or {@code null}
 * @param itemBatcher {@code ItemBatcher}, or {@code null}
 * @param resultWriter {@code ResultWriter}, or {@code null}
 * @param maxConcurrency {@code MaxConcurrency} / {@code MaxConcurrencyPath}, or {@code null}
 * @param toleratedFailureCount {@code ToleratedFailureCount(Path)}, or {@code null}
 * @param toleratedFailurePercentage {@code ToleratedFailurePercentage(Path)}, or {@code null}
 * @param label {@code Label}, or {@code null}
 * @param errorHandling {@code Retry} and {@code Catch}
 */
public record MapState(
    String name,
    StateIo io,
    ItemProcessor processor,
    ReferencePath itemsPath,
    Template items,
    Template itemSelector,
    ItemReader itemReader,
    ItemBatcher itemBatcher,
    ResultWriter resultWriter,
    ValueSource maxConcurrency,
    ValueSource toleratedFailureCount,
    ValueSource toleratedFailurePercentage,
    String label,
    ErrorHandling errorHandling) implements State {
  @Override
  public StateType type() {
    return StateType.MAP;
  }

  /** Whether the items run as child executions ({@code ProcessorConfig.Mode: DISTRIBUTED}). */
  public boolean isDistributed() {
    return processor.mode() == ItemProcessor.Mode.DISTRIBUTED;
  }
}
