package dev.sfntest.trace;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** What any visit must satisfy, whatever the history: its outcome agrees with its events. */
final class VisitChecks {

  private VisitChecks() {}

  /** The broken rules, each in words; empty when the visit is consistent. */
  static List<String> check(Visit visit, boolean executionRuns) {
    List<String> problems = new ArrayList<>();
    Outcome outcome = visit.outcome();
    if (outcome == Outcome.RUNNING && !executionRuns) {
      problems.add(visit + " is RUNNING in an ended execution");
    }
    if (visit.entered().stateEnteredEventDetails() != null
        && !visit.name().equals(visit.entered().stateEnteredEventDetails().name())) {
      problems.add(visit + " is named after another state");
    }
    if (visit.exited() != null) {
      if (outcome != Outcome.SUCCEEDED && outcome != Outcome.CAUGHT) {
        problems.add(visit + " exited but is " + outcome);
      }
      if (!visit.name().equals(visit.exited().stateExitedEventDetails().name())) {
        problems.add(visit + " exited as " + visit.exited().stateExitedEventDetails().name());
      }
    }
    if ((outcome == Outcome.CAUGHT) != (visit.exited() != null && visit.failure() != null)) {
      problems.add(visit + " is " + outcome + " with failure " + visit.failure());
    }
    if (outcome == Outcome.CAUGHT && visit.next() == null) {
      problems.add(visit + " was caught but led nowhere");
    }
    if (outcome == Outcome.FAILED && visit.failure() == null) {
      problems.add(visit + " FAILED without a failure");
    }
    if (outcome == Outcome.ABORTED && visit.aborted() == null) {
      problems.add(visit + " is ABORTED without an abort event");
    }
    if (visit.next() != null && !visit.next().entered().previousEventId().equals(visit.exited().id())) {
      problems.add(visit + " leads to " + visit.next() + " which does not follow its exit");
    }
    for (HistoryEvent event : visit.events()) {
      EventKind kind = EventKind.of(event);
      if (kind.stateType() != null && kind.stateType() != visit.type()) {
        problems.add(visit + " holds " + kind + " #" + event.id());
      }
      if (event.evaluationFailedEventDetails() != null && event.evaluationFailedEventDetails().state() != null
          && !event.evaluationFailedEventDetails().state().equals(visit.name())) {
        problems.add(visit + " holds the evaluation error of " + event.evaluationFailedEventDetails().state());
      }
    }
    for (Scope child : visit.children()) {
      Scope.Kind expected = visit.type() == StateType.MAP ? Scope.Kind.ITERATION : Scope.Kind.BRANCH;
      if (child.kind() != expected || child.owner() != visit) {
        problems.add(visit + " runs " + child.kind() + " " + child.index());
      }
      if (child.start() != null && !child.start().mapIterationStartedEventDetails().index().equals(child.index())) {
        problems.add(child + " started as another iteration");
      }
      if (child.end() != null) {
        EventKind end = EventKind.of(child.end());
        Outcome expectedOutcome = end == EventKind.MAP_ITERATION_SUCCEEDED ? Outcome.SUCCEEDED
            : end == EventKind.MAP_ITERATION_FAILED ? Outcome.FAILED : Outcome.ABORTED;
        if (child.outcome() != expectedOutcome) {
          problems.add(child + " ended with " + end + " but is " + child.outcome());
        }
      }
      if (child.outcome() == Outcome.RUNNING && !executionRuns) {
        problems.add(child + " is RUNNING in an ended execution");
      }
    }
    Scope failedChild = visit.children().stream().filter(c -> c.outcome() == Outcome.FAILED).reduce((a, b) -> b)
        .orElse(null);
    if (outcome == Outcome.SUCCEEDED && failedChild != null && failedChild.attempt() == visit.attempts().size()) {
      problems.add(visit + " SUCCEEDED but its " + failedChild + " failed");
    }
    return problems;
  }
}
