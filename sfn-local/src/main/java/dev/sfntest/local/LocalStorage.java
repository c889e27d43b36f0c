package dev.sfntest.local;

import java.nio.file.Path;

/**
 * What a {@link LocalSfn} keeps, and where. By default everything lives in memory and lasts as
 * long as the process: a restart loses every state machine, activity and execution. A long-lived
 * server may keep only the last finished executions of each state machine, and may save its
 * definitions to a directory so that they outlive a restart.
 *
 * <pre>{@code
 * LocalSfn.start(LocalSettings.defaults(), LocalStorage.inMemory().keepFinishedExecutions(1_000)
 *     .stateDir(Path.of("sfn-state")));
 * }</pre>
 *
 * @param keepFinishedExecutions how many finished executions of each state machine are kept (the
 *     earliest finished are forgotten first), or {@code null} for all of them; running ones are
 *     always kept
 * @param stateDir a directory where the state machines (with their versions, aliases and tags) and
 *     activities are saved after every change, before the change is answered, and from which they
 *     are restored at start; {@code null} to keep them in memory only. Executions are never saved.
 */
public record LocalStorage(Integer keepFinishedExecutions, Path stateDir) {

  public LocalStorage {
    if (keepFinishedExecutions != null && keepFinishedExecutions < 0) {
      throw new IllegalArgumentException("The number of finished executions to keep is 0 or more: "
          + keepFinishedExecutions);
    }
  }

  /** Everything in memory, every execution kept: what {@code sfn-local serve} does unless told otherwise. */
  public static LocalStorage inMemory() {
    return new LocalStorage(null, null);
  }

  /** These settings, keeping only the last {@code count} finished executions of each state machine. */
  public LocalStorage keepFinishedExecutions(int count) {
    return new LocalStorage(count, stateDir);
  }

  /** These settings, saving definitions in {@code dir} (created when missing). */
  public LocalStorage stateDir(Path dir) {
    return new LocalStorage(keepFinishedExecutions, dir);
  }
}
