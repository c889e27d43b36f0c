package dev.sfntest.assertj.error;

import dev.sfntest.core.explore.Fault;
import dev.sfntest.core.explore.FaultRun;
import java.util.List;

/** Fault runs in a failure message: each fault, how its execution ended, then its path. */
final class FaultRuns {

  private FaultRuns() {}

  static void list(Message message, List<FaultRun> runs) {
    for (FaultRun run : runs) {
      message.indented(String.join(" + ", run.faults().stream().map(Fault::describe).toList()) + " -> "
          + run.status() + (run.error() == null ? "" : " " + run.error()));
      message.indented("  path: " + run.describePath());
    }
  }
}
