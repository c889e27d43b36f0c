package dev.sfntest.assertj;

import dev.sfntest.trace.Scope;
import dev.sfntest.trace.Visit;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The visits of one state in an execution, or in one Map iteration or Parallel branch: what
 * {@link StateAssert} and {@link TaskAssert} assert on. A state in a loop or in a Map is visited
 * more than once; the assertions say which visits they read.
 *
 * <pre>{@code
 * assertThat(run).state("ChargeCard").wasRetried(2);          // every visit
 * assertThat(run).mapIteration(3).state("Check").hasOutput("{\"ok\": false}");   // iteration 3 only
 * }</pre>
 */
public final class StateVisits {

  final Origin origin;
  final Scope scope;
  final String name;
  final List<Visit> visits;
  final String context;
  /** The state was never entered: the navigation failed, soft, and asserting goes on without it. */
  final boolean missing;

  StateVisits(Origin origin, Scope scope, String name, List<Visit> visits, String context, boolean missing) {
    this.origin = origin;
    this.scope = scope;
    this.name = name;
    this.visits = List.copyOf(visits);
    this.context = context;
    this.missing = missing;
  }

  /** The state's name. */
  public String name() {
    return name;
  }

  /** How many times the state was entered. */
  public int visitCount() {
    return visits.size();
  }

  /** The visits, in the order they were entered (read-only; see {@link dev.sfntest.trace.Visit}). */
  public List<Visit> visits() {
    return visits;
  }

  Visit last() {
    return visits.get(visits.size() - 1);
  }

  /** The events of every visit, in id order. */
  List<HistoryEvent> events() {
    List<HistoryEvent> events = new ArrayList<>();
    for (Visit visit : visits) {
      events.addAll(visit.events());
    }
    events.sort(java.util.Comparator.comparingLong(HistoryEvent::id));
    return events;
  }

  @Override
  public String toString() {
    return context;
  }
}
