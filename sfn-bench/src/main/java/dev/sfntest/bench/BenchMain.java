package dev.sfntest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every workload of a folder the way {@code shared/bench/README.md} describes: checks each
 * once, warms up 1.5 s, measures five rounds of 1 s, reports the median round; then the cold
 * figures, the memory a finished execution keeps, the per-test cost of a {@code @SfnTest} class
 * without and with workflow coverage ({@link PerTest}), and sfn-local's latency over HTTP ({@link
 * LocalCycle}). Prints exactly {@code NAME: X executions/s, Y transitions/s} per workload.
 *
 * <pre>{@code bin/bench [WORKLOADS_DIR]}</pre>
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/bench/workloads");
    if (!Files.isDirectory(folder)) {
      System.err.println("No workloads folder at " + folder.toAbsolutePath());
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    try (var stream = Files.list(folder)) {
      stream.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    boolean allRight = true;
    for (Path file : files) {
      Workload workload = Workload.load(file);
      WorkloadRun run = new WorkloadRun(workload);
      List<String> problems = run.verify();
      run.close();
      if (!problems.isEmpty()) {
        allRight = false;
        System.out.println(workload.name() + ": WRONG " + problems);
      }
    }
    if (!allRight) {
      System.exit(1);
    }
    for (Path file : files) {
      Workload workload = Workload.load(file);
      double perSecond = measure(file);
      System.out.println(String.format(Locale.ROOT, "%s: %,.0f executions/s, %,.0f transitions/s",
          workload.name(), perSecond, perSecond * workload.expectedStatesEntered()));
    }
    Path waitLong = files.stream().filter(f -> f.getFileName().toString().contains("wait-long")).findFirst()
        .orElse(files.get(0));
    System.out.println(String.format(Locale.ROOT, "cold (fresh JVM, fake created, %s run once): %.0f ms",
        Workload.load(waitLong).name(), coldMillis(ColdStart.class.getName(), waitLong.toString())));
    System.out.println(String.format(Locale.ROOT, "cold (fresh JVM, one-test @SfnTest class): %.0f ms",
        coldMillis(ColdJUnit.class.getName())));
    Path workflows = Path.of(System.getProperty("sfntest.examples", "examples"), "src/test/resources/workflows");
    if (Files.isDirectory(workflows)) {
      exploration(workflows.resolve("order.asl.json"), false);
      exploration(workflows.resolve("order-resilient.asl.json"), true);
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.contains("pass-chain") || name.contains("map-1000")) {
        Workload workload = Workload.load(file);
        System.out.println(RetainedMemory.measure(workload, name.contains("map-1000") ? 50 : 2000));
      }
    }
    System.out.println(perTest(false));
    System.out.println(perTest(true).replace("per-test:", "per-test with coverage:"));
    System.out.println(childOutput(LocalCycle.class.getName()));
  }

  /** The per-test line of the run with the median mean, of three fresh JVMs. */
  private static String perTest(boolean coverage) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      lines.add(childOutput(PerTest.class.getName(), Boolean.toString(coverage)));
    }
    lines.sort(java.util.Comparator.comparingDouble(BenchMain::perTestMillis));
    return lines.get(1);
  }

  /** X of {@code per-test: X ms mean (N tests)}. */
  private static double perTestMillis(String line) {
    String[] words = line.split(" ");
    return Double.parseDouble(words[1]);
  }

  /** The last line {@code mainClass} prints on standard output in a fresh JVM (its standard error is ours). */
  private static String childOutput(String mainClass, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
        mainClass));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(mainClass + " exited with " + exit + ": " + output);
    }
    String[] lines = output.strip().split("\\R");
    return lines[lines.length - 1];
  }

  /**
   * The time to explore the order example fully, and the executions per second that makes: the
   * median of five 1-second rounds after a 1.5 s warm-up, as for the workloads.
   */
  private static void exploration(Path definition, boolean pairs) throws Exception {
    int executions;
    try (dev.sfntest.core.FakeSfn fake = dev.sfntest.core.FakeSfn.create()) {
      executions = ExplorationBenchmark.explore(ExplorationBenchmark.deploy(fake, definition), pairs).executions();
    }
    Options options = new OptionsBuilder()
        .include(ExplorationBenchmark.class.getName())
        .param("definitionFile", definition.toAbsolutePath().toString())
        .param("pairs", String.valueOf(pairs))
        .forks(1)
        .warmupIterations(1)
        .warmupTime(TimeValue.milliseconds(1500))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .shouldDoGC(true)
        .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
        .build();
    List<Double> rounds = new ArrayList<>();
    for (RunResult result : new Runner(options).run()) {
      for (var benchmark : result.getBenchmarkResults()) {
        for (IterationResult iteration : benchmark.getIterationResults()) {
          rounds.add(iteration.getPrimaryResult().getScore());
        }
      }
    }
    rounds.sort(Double::compare);
    double millis = rounds.get(rounds.size() / 2);
    System.out.println(String.format(Locale.ROOT, "explore %s%s: %,d executions in %.1f ms, %,.0f executions/s",
        definition.getFileName(), pairs ? " with pairs" : "", executions, millis, executions / (millis / 1000)));
  }

  /** The median of five 1-second rounds after a 1.5 s warm-up, in executions per second. */
  private static double measure(Path file) throws Exception {
    Options options = new OptionsBuilder()
        .include(WorkloadBenchmark.class.getName())
        .param("workloadFile", file.toAbsolutePath().toString())
        .forks(1)
        .warmupIterations(1)
        .warmupTime(TimeValue.milliseconds(1500))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(1))
        .timeUnit(TimeUnit.SECONDS)
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .shouldDoGC(true)
        .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    List<Double> rounds = new ArrayList<>();
    for (RunResult result : results) {
      for (var benchmark : result.getBenchmarkResults()) {
        for (IterationResult iteration : benchmark.getIterationResults()) {
          rounds.add(iteration.getPrimaryResult().getScore());
        }
      }
    }
    rounds.sort(Double::compare);
    return rounds.get(rounds.size() / 2);
  }

  /** The median wall time of five fresh JVMs running {@code mainClass}, from start to exit. */
  private static double coldMillis(String mainClass, String... args) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
          mainClass));
      command.addAll(List.of(args));
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).inheritIO().start();
      int exit = process.waitFor();
      times.add((System.nanoTime() - start) / 1e6);
      if (exit != 0) {
        throw new IllegalStateException(mainClass + " exited with " + exit);
      }
    }
    times.sort(Double::compare);
    return times.get(times.size() / 2);
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
