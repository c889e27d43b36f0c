package dev.sfntest.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Executions per second of one workload: each operation runs one execution to its end on the fake. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkloadBenchmark {

  /** The workload file, set by {@link BenchMain}. */
  @Param("")
  public String workloadFile;

  private WorkloadRun run;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    run = new WorkloadRun(Workload.load(Path.of(workloadFile)));
    if (!run.verify().isEmpty()) {
      throw new IllegalStateException("The workload does not run correctly: " + run.verify());
    }
  }

  @Benchmark
  public String execution() {
    return run.runOnce();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    run.close();
  }
}
