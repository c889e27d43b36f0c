package dev.sfntest.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Every history AWS recorded in the conformance corpus reads into a trace: each event placed in
 * exactly one visit (or the execution), each visit's outcome as its events say.
 */
class TraceCorpusTest {

  private static final List<CorpusHistories.Recorded> CASES = CorpusHistories.all();

  @Test
  void the_corpus_holds_the_recorded_histories() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(482);
  }

  @TestFactory
  Stream<DynamicTest> every_event_belongs_to_exactly_one_visit() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> placesEveryEvent(c)));
  }

  @TestFactory
  Stream<DynamicTest> every_visit_ends_as_its_events_say() {
    return CASES.stream().filter(c -> !c.linksLost())
        .map(c -> DynamicTest.dynamicTest(c.id(), () -> outcomesMatchEvents(c)));
  }

  private static void placesEveryEvent(CorpusHistories.Recorded recorded) {
    // GIVEN / WHEN
    Trace trace = Trace.of(recorded.events());
    // THEN
    if (!recorded.linksLost()) {
      assertThat(trace.unplacedEvents()).as("unplaced events").isEmpty();
    }
    Map<HistoryEvent, Integer> owners = new IdentityHashMap<>();
    for (Visit visit : trace.visits()) {
      for (HistoryEvent event : visit.events()) {
        owners.merge(event, 1, Integer::sum);
      }
    }
    for (HistoryEvent event : trace.events()) {
      EventKind kind = EventKind.of(event);
      assertThat(kind).as("kind of #%s %s", event.id(), event.typeAsString()).isNotEqualTo(EventKind.UNKNOWN);
      Visit visit = trace.visitOf(event);
      if (kind.isExecutionEvent()) {
        assertThat(visit).as("visit of #%s %s", event.id(), kind).isNull();
        assertThat(trace.executionEvents()).as("execution events").contains(event);
      } else if (visit == null) {
        assertThat(trace.unplacedEvents()).as("#%s %s unplaced", event.id(), kind).contains(event);
      } else {
        assertThat(owners.get(event)).as("visits holding #%s %s", event.id(), kind).isEqualTo(1);
        assertThat(visit.events()).as("events of %s", visit).contains(event);
      }
    }
    long entered = trace.events().stream().filter(e -> EventKind.of(e).isStateEntered()).count();
    assertThat(trace.visits()).hasSize((int) entered);
    assertThat(owners.values().stream().mapToInt(Integer::intValue).sum() + trace.executionEvents().size()
        + trace.unplacedEvents().size()).isEqualTo(trace.events().size());
  }

  private static void outcomesMatchEvents(CorpusHistories.Recorded recorded) {
    // GIVEN / WHEN
    Trace trace = Trace.of(recorded.events());
    // THEN the trace's status is the recorded one
    if (recorded.status() != null) {
      assertThat(trace.status().toString()).as("status of %s", recorded.id()).isEqualTo(recorded.status());
    }
    List<String> problems = new ArrayList<>();
    for (Visit visit : trace.visits()) {
      problems.addAll(VisitChecks.check(visit, trace.status() == ExecutionStatus.RUNNING));
    }
    assertThat(problems).as(recorded.id()).isEmpty();
    // and the execution's last state ended as the execution did
    List<Visit> top = trace.root().visits();
    if (!top.isEmpty()) {
      Visit last = top.get(top.size() - 1);
      if (trace.status() == ExecutionStatus.SUCCEEDED) {
        assertThat(last.outcome()).as("outcome of %s", last).isEqualTo(Outcome.SUCCEEDED);
      } else if (trace.status() == ExecutionStatus.FAILED) {
        assertThat(last.outcome()).as("outcome of %s", last).isEqualTo(Outcome.FAILED);
        assertThat(last.failure()).as("failure of %s", last).isEqualTo(trace.failure());
      } else {
        assertThat(last.outcome()).as("outcome of %s", last).isIn(Outcome.STOPPED, Outcome.FAILED);
      }
    }
  }
}
