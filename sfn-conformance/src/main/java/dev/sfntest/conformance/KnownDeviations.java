package dev.sfntest.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cases known not to pass, each with the reason: one line per case, {@code case-id<TAB>reason};
 * blank lines and lines starting with {@code #} are comments. The list only shrinks: a case
 * outside it that does not pass is a regression, and a case in it that passes must be removed.
 * Skipped (tier D) cases are never listed.
 */
public final class KnownDeviations {

  private final Map<String, String> reasons;

  private KnownDeviations(Map<String, String> reasons) {
    this.reasons = Collections.unmodifiableMap(reasons);
  }

  /**
   * @throws IllegalArgumentException naming the line, for a line without a tab or an id listed twice
   */
  public static KnownDeviations parse(List<String> lines) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException("line " + (i + 1) + ": expected 'case-id<TAB>reason': " + line);
      }
      String id = line.substring(0, tab);
      if (reasons.put(id, line.substring(tab + 1).trim()) != null) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + id + " is listed twice");
      }
    }
    return new KnownDeviations(reasons);
  }

  private static String line(String id, String reason) {
    return id + '\t' + reason + '\n';
  }

  public static KnownDeviations read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  public boolean contains(String id) {
    return reasons.containsKey(id);
  }

  /** The listed reason, or null. */
  public String reason(String id) {
    return reasons.get(id);
  }

  public Set<String> ids() {
    return reasons.keySet();
  }

  /** What is wrong with one result against the list, or null when it agrees. */
  public String problem(CaseResult result) {
    boolean listed = contains(result.id());
    if (result.outcome() == Outcome.SKIPPED) {
      return listed ? result.id() + " is skipped (tier D) and must not be listed in known-deviations.txt" : null;
    }
    if (result.outcome() == Outcome.PASS) {
      return listed ? result.id() + " passes now: remove it from known-deviations.txt" : null;
    }
    return listed ? null
        : result.id() + " regressed (" + result.outcome().label() + "): " + result.difference();
  }

  /** Every problem of a run: the results' problems, then listed ids the run does not know. */
  public List<String> problems(List<CaseResult> results) {
    List<String> problems = new ArrayList<>();
    for (CaseResult result : results) {
      String problem = problem(result);
      if (problem != null) {
        problems.add(problem);
      }
    }
    problems.addAll(unknownIds(results));
    return problems;
  }

  /** Listed ids that are no case of the run. */
  public List<String> unknownIds(List<CaseResult> results) {
    Set<String> known = results.stream().map(CaseResult::id).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (String id : reasons.keySet()) {
      if (!known.contains(id)) {
        problems.add(id + " is not a case of the corpus: remove it from known-deviations.txt");
      }
    }
    return problems;
  }

  /**
   * The file listing every result that did not pass (skipped ones excepted), grouped by reason
   * with a comment line per group.
   */
  public static String render(List<CaseResult> results, Function<CaseResult, String> reasonOf) {
    Map<String, List<String>> byReason = new TreeMap<>();
    for (CaseResult result : results) {
      if (result.outcome().isFailure()) {
        byReason.computeIfAbsent(reasonOf.apply(result), r -> new ArrayList<>()).add(result.id());
      }
    }
    StringBuilder text = new StringBuilder();
    text.append("# Conformance cases that do not pass yet, one per line: case-id<TAB>reason.\n")
        .append("# The list only shrinks: ConformanceCorpusTest fails when a case outside it does not pass,\n")
        .append("# and when a case in it passes (then delete its line). Skipped (tier D) cases are not listed.\n");
    List<Map.Entry<String, List<String>>> groups = new ArrayList<>(byReason.entrySet());
    groups.sort((a, b) -> b.getValue().size() - a.getValue().size());
    List<String> singles = new ArrayList<>();
    for (Map.Entry<String, List<String>> group : groups) {
      if (group.getValue().size() == 1) {
        singles.add(line(group.getValue().get(0), group.getKey()));
        continue;
      }
      text.append("\n# ").append(group.getKey()).append(" (").append(group.getValue().size()).append(")\n");
      group.getValue().stream().sorted().forEach(id -> text.append(line(id, group.getKey())));
    }
    if (!singles.isEmpty()) {
      text.append("\n# Other causes, one case each (").append(singles.size()).append(")\n");
      singles.stream().sorted().forEach(text::append);
    }
    return text.toString();
  }
}
