package dev.sfntest.assertj;

import static dev.sfntest.assertj.error.ShouldContainEventTypesInOrder.shouldContainEventTypesInOrder;
import static dev.sfntest.assertj.error.ShouldNotContainEventType.shouldNotContainEventType;

import dev.sfntest.trace.EventKind;
import dev.sfntest.trace.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * An AssertJ list assertion over history events (all AssertJ list assertions apply), with
 * assertions and filters in the words of Step Functions: event types as AWS spells them ({@code
 * TaskFailed}), states by name.
 *
 * <pre>{@code
 * assertThat(run).history()
 *     .containsEventTypesInOrder("TaskScheduled", "TaskFailed", "TaskScheduled", "TaskSucceeded")
 *     .filteredOnState("ChargeCard").filteredOnType("TaskFailed").hasSize(2);
 * }</pre>
 */
public class HistoryAssert
    extends AbstractListAssert<HistoryAssert, List<HistoryEvent>, HistoryEvent, ObjectAssert<HistoryEvent>> {

  Origin origin;
  String context = "history";

  /** Public: soft-assertion proxies need it. */
  public HistoryAssert(List<HistoryEvent> actual) {
    super(actual, HistoryAssert.class);
    withRepresentation(new HistoryRepresentation());
  }

  /**
   * Verifies events of these types occur in this order; others may come between.
   *
   * <pre>{@code .containsEventTypesInOrder("ExecutionStarted", "TaskFailed", "ExecutionFailed")}</pre>
   *
   * @throws IllegalArgumentException if a name is no event type (the message names the nearest ones)
   */
  public HistoryAssert containsEventTypesInOrder(String... types) {
    EventKind[] kinds = kinds(types);
    isNotNull();
    int at = 0;
    for (int i = 0; i < types.length; i++) {
      while (at < actual.size() && EventKind.of(actual.get(at)) != kinds[i]) {
        at++;
      }
      if (at == actual.size()) {
        throwAssertionError(shouldContainEventTypesInOrder(context, List.of(types), types[i],
            List.of(types).subList(0, i), actual));
      }
      at++;
    }
    return myself;
  }

  /** {@link #containsEventTypesInOrder(String...)} with the SDK's enum. */
  public HistoryAssert containsEventTypesInOrder(HistoryEventType... types) {
    String[] names = new String[types.length];
    for (int i = 0; i < types.length; i++) {
      names[i] = types[i].toString();
    }
    return containsEventTypesInOrder(names);
  }

  /**
   * Verifies no event has this type: {@code .hasNoEventOfType("TaskTimedOut")}.
   *
   * @throws IllegalArgumentException if the name is no event type: a misspelt one would pass
   *     whatever the history holds (the message names the nearest ones)
   */
  public HistoryAssert hasNoEventOfType(String type) {
    EventKind kind = EventKind.fromAwsName(type);
    isNotNull();
    List<HistoryEvent> found = new ArrayList<>();
    for (HistoryEvent event : actual) {
      if (EventKind.of(event) == kind) {
        found.add(event);
      }
    }
    if (!found.isEmpty()) {
      throwAssertionError(shouldNotContainEventType(context, type, found));
    }
    return myself;
  }

  /**
   * Keeps the events of this type: {@code .filteredOnType("TaskFailed").hasSize(2)}.
   *
   * @throws IllegalArgumentException if the name is no event type (the message names the nearest ones)
   */
  public HistoryAssert filteredOnType(String type) {
    Objects.requireNonNull(type, "type");
    EventKind kind = EventKind.fromAwsName(type);
    List<HistoryEvent> kept = new ArrayList<>();
    for (HistoryEvent event : actual) {
      if (EventKind.of(event) == kind) {
        kept.add(event);
      }
    }
    return derived(kept, context + ", events of type " + type);
  }

  /** {@link #filteredOnType(String)} with the SDK's enum. */
  public HistoryAssert filteredOnType(HistoryEventType type) {
    return filteredOnType(type.toString());
  }

  /**
   * Keeps the events of the visits of this state: from its {@code *StateEntered} to its exit, with
   * its task, retry, iteration and branch events (not the states its iterations and branches ran).
   */
  public HistoryAssert filteredOnState(String state) {
    Objects.requireNonNull(state, "state");
    List<HistoryEvent> kept = new ArrayList<>();
    if (origin != null && origin.trace() != null) {
      for (HistoryEvent event : actual) {
        Visit visit = origin.trace().visitOf(event);
        if (visit != null && visit.name().equals(state)) {
          kept.add(event);
        }
      }
    }
    return derived(kept, context + ", events of state '" + state + "'");
  }

  /** The kinds of the named types, refusing names that are no event type. */
  private static EventKind[] kinds(String... types) {
    EventKind[] kinds = new EventKind[types.length];
    for (int i = 0; i < types.length; i++) {
      kinds[i] = EventKind.fromAwsName(types[i]);
    }
    return kinds;
  }

  /** Goes back to the execution's assertions. */
  public AbstractExecutionAssert<?> returnToExecution() {
    return origin.parent();
  }

  private HistoryAssert derived(List<HistoryEvent> events, String derivedContext) {
    return Navigator.history(origin, events, derivedContext);
  }

  @Override
  protected ObjectAssert<HistoryEvent> toAssert(HistoryEvent value, String description) {
    return new ObjectAssert<>(value).as(description);
  }

  @Override
  protected HistoryAssert newAbstractIterableAssert(Iterable<? extends HistoryEvent> iterable) {
    List<HistoryEvent> events = new ArrayList<>();
    iterable.forEach(events::add);
    HistoryAssert derived = new HistoryAssert(events);
    derived.origin = origin;
    derived.context = context;
    return derived;
  }

  /** Events in AssertJ's own messages: one table line each instead of the SDK's long toString. */
  private static final class HistoryRepresentation extends org.assertj.core.presentation.StandardRepresentation {
    @Override
    public String toStringOf(Object object) {
      if (object instanceof HistoryEvent) {
        HistoryEvent event = (HistoryEvent) object;
        return "#" + event.id() + " " + event.typeAsString();
      }
      return super.toStringOf(object);
    }
  }
}
