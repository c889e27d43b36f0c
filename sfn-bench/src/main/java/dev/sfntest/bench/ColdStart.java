package dev.sfntest.bench;

import java.nio.file.Path;

/**
 * The cold figure: a fresh JVM that creates a fake, runs one workload once and exits. {@link
 * BenchMain} times it from process start to exit.
 */
public final class ColdStart {

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    Workload workload = Workload.load(Path.of(args[0]));
    WorkloadRun run = new WorkloadRun(workload);
    var problems = run.verify();
    run.close();
    if (!problems.isEmpty()) {
      System.err.println(problems);
      System.exit(1);
    }
  }
}
