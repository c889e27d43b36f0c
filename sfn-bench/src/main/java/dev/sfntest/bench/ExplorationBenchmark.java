package dev.sfntest.bench;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.explore.Exploration;
import dev.sfntest.core.explore.FailureExplorer;
import java.io.IOException;
import java.nio.file.Files;
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

/**
 * The time to explore the order example fully ({@code examples/.../workflows}), with the mocks of
 * its test, {@code OrderFailureExplorationTest}: each operation is one whole exploration. With
 * the executions it runs, this gives the explorer's executions per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExplorationBenchmark {

  /** The definition file, set by {@link BenchMain}. */
  @Param("")
  public String definitionFile;

  /** Whether pairs of faults are explored too. */
  @Param("false")
  public boolean pairs;

  private FakeSfn fake;
  private StateMachine machine;

  /** The order example's machine on a fake, with the mocks of its test. */
  static StateMachine deploy(FakeSfn fake, Path definition) throws IOException {
    SfnTestContext sfn = SfnTestContext.of(fake);
    sfn.mockTask("Validate").thenReturn("{\"valid\": true, \"total\": 120}");
    sfn.mockTask("ReserveStock").thenReturn("{\"reservationId\": \"r-1\"}");
    sfn.mockTask("ChargeCard").thenReturn("{\"chargeId\": \"ch-1\"}");
    sfn.mockTask("Ship").thenReturn("{\"trackingId\": \"TRACK-42\"}");
    sfn.mockTask("ReleaseStock").thenReturn("{}");
    return sfn.deploy("order", Files.readString(definition));
  }

  static Exploration explore(StateMachine machine, boolean pairs) {
    FailureExplorer explorer = FailureExplorer.of(machine).withInput("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    return (pairs ? explorer.pairs() : explorer).explore();
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    fake = FakeSfn.create();
    machine = deploy(fake, Path.of(definitionFile));
  }

  @Benchmark
  public Exploration exploration() {
    return explore(machine, pairs);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    fake.close();
  }
}
