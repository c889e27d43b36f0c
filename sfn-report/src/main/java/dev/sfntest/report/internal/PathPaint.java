package dev.sfntest.report.internal;

import dev.sfntest.trace.Visit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Colours a workflow by one execution: the states it visited green, numbered in the order it first
 * entered them, with when (from the execution's start) and for how long; the state it failed in red.
 */
public final class PathPaint implements Paint {

  private final Walk walk;
  private final Map<String, List<Visit>> visits = new LinkedHashMap<>();
  private final Map<String, Integer> order = new LinkedHashMap<>();

  public PathPaint(Walk walk) {
    this.walk = walk;
    for (Visit visit : walk.visits()) {
      visits.computeIfAbsent(visit.name(), k -> new ArrayList<>()).add(visit);
      order.putIfAbsent(visit.name(), order.size() + 1);
    }
  }

  @Override
  public List<String> lines(StateNode state) {
    List<Visit> mine = visits.get(state.name());
    if (mine == null) {
      return List.of();
    }
    Visit first = mine.get(0);
    Duration total = Duration.ZERO;
    int attempts = 0;
    String error = null;
    String caught = null;
    for (Visit v : mine) {
      total = total.plus(walk.duration(v));
      attempts += Math.max(1, v.attempts().size());
      String vError = Walk.error(v);
      if (Walk.failed(v) && vError != null) {
        error = vError;
      } else if (vError != null) {
        caught = vError;
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("at +" + format(Duration.between(walk.start(), walk.entered(first))) + " · took " + format(total)
        + (mine.size() > 1 ? " in " + mine.size() + " visits" : ""));
    if (attempts > mine.size()) {
      lines.add("↻ " + (attempts - mine.size()) + " retries");
    }
    if (error != null) {
      lines.add("✗ " + error);
    } else if (caught != null) {
      lines.add("caught " + caught);
    }
    return lines;
  }

  @Override
  public String edgeLabel(List<Transition> edge) {
    List<String> parts = new ArrayList<>();
    for (Transition t : edge) {
      Integer n = walk.taken().get(t);
      if (n != null) {
        String name = t.kind() == Transition.Kind.NEXT ? "" : t.label() + " ";
        parts.add(name + (n > 1 ? "×" + n : "✓"));
      }
    }
    return parts.isEmpty() ? null : String.join(" · ", parts);
  }

  @Override
  public Shade state(StateNode state) {
    List<Visit> mine = visits.get(state.name());
    if (mine == null) {
      return Shade.UNCOVERED;
    }
    return mine.stream().anyMatch(Walk::failed) ? Shade.FAILED : Shade.COVERED;
  }

  @Override
  public Shade edge(List<Transition> edge) {
    return edge.stream().anyMatch(walk.taken()::containsKey) ? Shade.COVERED : Shade.UNCOVERED;
  }

  @Override
  public String badge(StateNode state) {
    Integer n = order.get(state.name());
    return n == null ? null : "#" + n;
  }

  @Override
  public String tooltip(StateNode state) {
    List<Visit> mine = visits.get(state.name());
    return state.name() + " (" + state.type() + "): " + (mine == null ? "not visited" : String.join("; ", lines(state)));
  }

  /** A duration as people read it: {@code 0s}, {@code 2.5s}, {@code 3m 10s}, {@code 2h 5m}. */
  public static String format(Duration d) {
    long millis = d.toMillis();
    if (millis < 60_000) {
      return millis % 1000 == 0 ? millis / 1000 + "s" : Markup.number(millis / 1000.0) + "s";
    }
    long seconds = d.getSeconds();
    if (seconds < 3600) {
      return seconds / 60 + "m " + seconds % 60 + "s";
    }
    return seconds / 3600 + "h " + seconds % 3600 / 60 + "m";
  }

  /** Offsets of the visits from the execution's start, for the table under the picture. */
  public static Duration offset(Walk walk, Instant at) {
    return Duration.between(walk.start(), at);
  }
}
