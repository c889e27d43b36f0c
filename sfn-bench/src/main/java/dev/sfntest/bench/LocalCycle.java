package dev.sfntest.bench;

import dev.sfntest.local.LocalSettings;
import dev.sfntest.local.LocalSfn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * sfn-local's latency as a program sees it: sfn-local serves a fresh fake on a free loopback port
 * (its default settings, as {@code sfn-local serve} runs), and the AWS SDK for Java talks to it
 * over HTTP with a pooled, keep-alive connection per thread, as an application's client does. A
 * cycle is StartExecution, DescribeExecution and GetExecutionHistory of a three-state machine.
 *
 * <p>First one thread runs cycles one after another (warm-up, then {@link #ROUND} measured; each
 * cycle timed, p50 and p99 reported), then {@link #THREADS} threads run them at once for {@link
 * #ROUND} (executions per second). Prints {@code sfn-local cycle: p50 X ms, p99 Y ms; 8 threads:
 * Z executions/s}.
 *
 * <pre>{@code java -cp sfn-bench.jar dev.sfntest.bench.LocalCycle}</pre>
 */
public final class LocalCycle {

  static final int THREADS = 8;
  /**
   * Long enough for the JIT to compile the client's and the server's paths on a busy two-core
   * machine: after 3 s the sequential cycle was still four times its steady time.
   */
  static final Duration WARM_UP = Duration.ofSeconds(10);
  static final Duration ROUND = Duration.ofSeconds(5);
  /** Enough for any thread count here; each measured round stays bounded in time regardless. */
  private static final int MAX_SAMPLES = 2_000_000;

  private static final String DEFINITION = "{\"StartAt\":\"Greet\",\"States\":{"
      + "\"Greet\":{\"Type\":\"Pass\",\"Result\":\"Hello\",\"ResultPath\":\"$.greeting\",\"Next\":\"Stamp\"},"
      + "\"Stamp\":{\"Type\":\"Pass\",\"Parameters\":{\"at.$\":\"$$.State.EnteredTime\"},\"ResultPath\":\"$.stamp\","
      + "\"Next\":\"Done\"},"
      + "\"Done\":{\"Type\":\"Succeed\"}}}";

  private LocalCycle() {}

  public static void main(String[] args) throws Exception {
    try (LocalSfn local = LocalSfn.start(LocalSettings.defaults().withPort(0))) {
      String machine;
      try (SfnClient setup = client(local)) {
        machine = setup.createStateMachine(b -> b.name("cycle").roleArn("arn:aws:iam::123456789012:role/bench")
            .definition(DEFINITION)).stateMachineArn();
      }
      long[] sequential;
      try (SfnClient client = client(local)) {
        timeCycles(client, machine, WARM_UP);
        sequential = timeCycles(client, machine, ROUND);
      }
      Arrays.sort(sequential);
      double perSecond = concurrent(local, machine);
      System.out.println(String.format(Locale.ROOT, "sfn-local cycle: p50 %.2f ms, p99 %.2f ms; %d threads: %,.0f"
          + " executions/s", percentile(sequential, 50), percentile(sequential, 99), THREADS, perSecond));
    }
  }

  /**
   * THREADS clients running cycles at once for WARM_UP and then ROUND; the cycles that end within
   * ROUND are counted.
   */
  private static double concurrent(LocalSfn local, String machine) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<SfnClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < THREADS; i++) {
        clients.add(client(local));
      }
      long measureFrom = System.nanoTime() + WARM_UP.toNanos();
      long measureTo = measureFrom + ROUND.toNanos();
      List<Future<Long>> runs = new ArrayList<>();
      for (SfnClient client : clients) {
        runs.add(pool.submit(() -> {
          long counted = 0;
          for (long end : runUntil(client, machine, measureTo)) {
            if (end >= measureFrom) {
              counted++;
            }
          }
          return counted;
        }));
      }
      long done = 0;
      for (Future<Long> run : runs) {
        done += run.get();
      }
      return done / (ROUND.toNanos() / 1e9);
    } finally {
      clients.forEach(SfnClient::close);
      pool.shutdownNow();
    }
  }

  /** Each cycle's nanoseconds, for cycles run one after another for {@code length}. */
  private static long[] timeCycles(SfnClient client, String machine, Duration length) {
    long start = System.nanoTime();
    long[] ends = runUntil(client, machine, start + length.toNanos());
    long[] durations = new long[ends.length];
    for (int i = 0; i < ends.length; i++) {
      durations[i] = ends[i] - (i == 0 ? start : ends[i - 1]);
    }
    return durations;
  }

  /** Runs cycles one after another until {@code deadline} (of System.nanoTime); returns when each ended. */
  private static long[] runUntil(SfnClient client, String machine, long deadline) {
    long[] ends = new long[1024];
    int n = 0;
    long now = System.nanoTime();
    while (now < deadline && n < MAX_SAMPLES) {
      cycle(client, machine);
      now = System.nanoTime();
      if (n == ends.length) {
        ends = Arrays.copyOf(ends, n * 2);
      }
      ends[n++] = now;
    }
    return Arrays.copyOf(ends, n);
  }

  private static void cycle(SfnClient client, String machine) {
    String arn = client.startExecution(b -> b.stateMachineArn(machine).input("{\"name\":\"Ada\"}")).executionArn();
    if (client.describeExecution(b -> b.executionArn(arn)).status() != ExecutionStatus.SUCCEEDED) {
      throw new IllegalStateException(arn + " did not succeed");
    }
    List<HistoryEvent> events = client.getExecutionHistory(b -> b.executionArn(arn)).events();
    if (events.size() != 8) {
      throw new IllegalStateException(arn + " has " + events.size() + " events, expected 8");
    }
  }

  private static SfnClient client(LocalSfn local) {
    return SfnClient.builder()
        .endpointOverride(local.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .httpClientBuilder(Apache5HttpClient.builder())
        .build();
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
