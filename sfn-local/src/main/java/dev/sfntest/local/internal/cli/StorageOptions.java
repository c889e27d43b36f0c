package dev.sfntest.local.internal.cli;

import dev.sfntest.local.LocalStorage;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code serve}'s options on what the server keeps: {@code --keep-finished N} and {@code
 * --state-dir DIR} (see {@link LocalStorage}).
 */
final class StorageOptions {

  @Option(names = "--keep-finished", paramLabel = "N",
      description = "Keep only the last N finished executions of each state machine (default: all of them).")
  Integer keepFinished;

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = "Save state machines, versions, aliases, activities and tags in DIR after every change, and "
          + "restore them at start (executions are not saved).")
  Path stateDir;

  LocalStorage storage() {
    LocalStorage storage = LocalStorage.inMemory();
    if (keepFinished != null) {
      storage = storage.keepFinishedExecutions(keepFinished);
    }
    if (stateDir != null) {
      storage = storage.stateDir(stateDir);
    }
    return storage;
  }
}
