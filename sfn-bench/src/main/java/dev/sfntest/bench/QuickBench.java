package dev.sfntest.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A quick in-process measurement for profiling sessions (not the reported figures, which come
 * from {@link BenchMain} under JMH): runs one workload for a few seconds and prints executions/s.
 *
 * <pre>{@code java -cp sfn-bench.jar dev.sfntest.bench.QuickBench WORKLOAD.json [SECONDS]}</pre>
 */
public final class QuickBench {

  private QuickBench() {}

  public static void main(String[] args) throws Exception {
    Workload workload = Workload.load(Path.of(args[0]));
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 5;
    WorkloadRun run = new WorkloadRun(workload);
    long warmEnd = System.nanoTime() + 2_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      run.runOnce();
    }
    long count = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      run.runOnce();
      count++;
    }
    double perSecond = count / ((System.nanoTime() - start) / 1e9);
    // Per second of this thread's CPU time too: on a shared machine that figure moves less.
    double perCpuSecond = count / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    System.out.println(String.format(Locale.ROOT, "%s: %,.0f executions/s, %,.0f transitions/s"
        + " (per CPU second: %,.0f executions, %,.0f transitions)", workload.name(), perSecond,
        perSecond * workload.expectedStatesEntered(), perCpuSecond, perCpuSecond * workload.expectedStatesEntered()));
    run.close();
  }
}
