package dev.sfntest.bench;

import dev.sfntest.core.FakeSfn;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * What a finished execution keeps in memory: the heap a fake retains per execution after many of
 * them, next to the size of the execution's history as AWS's JSON, to show that it is the history
 * (kept as trees, written out only when read) and little else.
 *
 * <pre>{@code RetainedMemory.measure(workload, 2000)   // "memory (pass-chain): ..." }</pre>
 */
final class RetainedMemory {

  private RetainedMemory() {}

  static String measure(Workload workload, int executions) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (FakeSfn fake = FakeSfn.create()) {
      new TaskAnswers().program(fake, workload.taskResults());
      SfnClient client = fake.client();
      String machine = client.createStateMachine(b -> b.name(workload.name()).roleArn(FakeSfn.ROLE_ARN)
          .definition(workload.definition())).stateMachineArn();
      long before = usedAfterGc(memory);
      List<String> arns = new ArrayList<>();
      for (int i = 0; i < executions; i++) {
        String input = workload.input();
        arns.add(client.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn());
      }
      long after = usedAfterGc(memory);
      List<HistoryEvent> history = new ArrayList<>();
      client.getExecutionHistoryPaginator(b -> b.executionArn(arns.get(0))).events().forEach(history::add);
      long historyBytes = history.stream().mapToLong(e -> e.toString().length()).sum();
      return String.format(Locale.ROOT, "memory (%s): %.1f KiB retained per finished execution"
          + " (%d executions; %d history events each, %.1f KiB as text)", workload.name(),
          (after - before) / 1024.0 / executions, executions, history.size(), historyBytes / 1024.0);
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
