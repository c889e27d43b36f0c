package dev.sfntest.spring.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.sfn.model.CreateActivityResponse;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.PublishStateMachineVersionResponse;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;

/**
 * What the application and the test created and started through the clients sfn-test gave them,
 * read from the responses: executions, state machines, versions, aliases and activities. What
 * happens while a test runs goes to that test's {@link Record}; what happens outside any test
 * (while the application starts) to the context's, which lives as long as the context.
 */
public final class Recorder {

  /** Who called: the application's client beans, or the test through {@code SfnTestContext}. */
  public enum Source {
    APPLICATION,
    TEST
  }

  /** What one test (or the context) created and started, in order; safe from any thread. */
  public static final class Record {
    private final List<String> applicationExecutions = new CopyOnWriteArrayList<>();
    private final List<String> testExecutions = new CopyOnWriteArrayList<>();
    private final Set<String> stateMachines = new LinkedHashSet<>();
    private final Set<String> versions = new LinkedHashSet<>();
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> activities = new LinkedHashSet<>();

    /** The executions the application started, oldest first. */
    public List<String> applicationExecutions() {
      return List.copyOf(applicationExecutions);
    }

    /** Every execution started, the application's and the test's, in order of kind then start. */
    public List<String> allExecutions() {
      List<String> all = new ArrayList<>(applicationExecutions);
      all.addAll(testExecutions);
      return all;
    }

    public synchronized List<String> stateMachines() {
      return List.copyOf(stateMachines);
    }

    public synchronized List<String> versions() {
      return List.copyOf(versions);
    }

    public synchronized List<String> aliases() {
      return List.copyOf(aliases);
    }

    public synchronized List<String> activities() {
      return List.copyOf(activities);
    }

    synchronized void add(Object response, Source source) {
      if (response instanceof StartExecutionResponse started && started.executionArn() != null) {
        (source == Source.APPLICATION ? applicationExecutions : testExecutions).add(started.executionArn());
      } else if (response instanceof CreateStateMachineResponse created) {
        addIfPresent(stateMachines, created.stateMachineArn());
        addIfPresent(versions, created.stateMachineVersionArn());
      } else if (response instanceof PublishStateMachineVersionResponse published) {
        addIfPresent(versions, published.stateMachineVersionArn());
      } else if (response instanceof UpdateStateMachineResponse updated) {
        addIfPresent(versions, updated.stateMachineVersionArn());
      } else if (response instanceof CreateStateMachineAliasResponse alias) {
        addIfPresent(aliases, alias.stateMachineAliasArn());
      } else if (response instanceof CreateActivityResponse activity) {
        addIfPresent(activities, activity.activityArn());
      }
    }

    private static void addIfPresent(Set<String> set, String arn) {
      if (arn != null) {
        set.add(arn);
      }
    }
  }

  private final Record context = new Record();
  private volatile Record test;

  /** From now on, what is created belongs to a new test. */
  public void beginTest() {
    test = new Record();
  }

  /** Ends the test's record and returns it (an empty one if no test had begun). */
  public Record endTest() {
    Record ended = test;
    test = null;
    return ended != null ? ended : new Record();
  }

  /** The record of the running test, or the context's outside a test. */
  public Record current() {
    Record running = test;
    return running != null ? running : context;
  }

  /** What was created outside any test. */
  public Record context() {
    return context;
  }

  /** Notes a response one of the clients received. */
  void record(Object response, Source source) {
    current().add(response, source);
  }
}
