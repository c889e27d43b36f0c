package dev.sfntest.spring.internal;

import dev.sfntest.core.CreatedResources;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Who owns what the application and the test create and start: the running test, or, outside
 * any test (while the context deploys and the application starts), the context itself, which
 * lives as long as the context. Each {@link Scope} records through core's {@link
 * CreatedResources}, which also cleans up after it, by the rules every sfn-test integration
 * shares.
 */
final class Scopes {

  private final Supplier<SfnClient> service;
  private final Supplier<SfnAsyncClient> asyncService;
  private final Scope context;
  private volatile Scope test;

  /**
   * @param service the client that records nothing, asked for only when a scope is first used
   *     (in live mode without an endpoint it throws why)
   * @param asyncService the same, asynchronous
   */
  Scopes(Supplier<SfnClient> service, Supplier<SfnAsyncClient> asyncService) {
    this.service = service;
    this.asyncService = asyncService;
    this.context = new Scope();
  }

  /** From now on, what is created and started belongs to a new test. */
  void beginTest() {
    test = new Scope();
  }

  /** Ends the test's scope and returns it (an empty one if no test had begun). */
  Scope endTest() {
    Scope ended = test;
    test = null;
    return ended != null ? ended : new Scope();
  }

  /** The running test's scope, or the context's outside a test. */
  Scope current() {
    Scope running = test;
    return running != null ? running : context;
  }

  /** What was created outside any test: the deployments, and what the application made at its start. */
  Scope context() {
    return context;
  }

  /**
   * What one test (or the context) created and started. Its recording clients are made on first
   * use: a live context without an endpoint never builds a client, and an application without an
   * asynchronous client never starts the threads of one.
   */
  final class Scope {
    private final List<String> applicationExecutions = new CopyOnWriteArrayList<>();
    private CreatedResources resources;
    private SfnAsyncClient asyncClient;

    private Scope() {}

    /** The client that records into this scope. */
    synchronized SfnClient client() {
      return resources().client();
    }

    /** The asynchronous client that records into this scope. */
    synchronized SfnAsyncClient asyncClient() {
      if (asyncClient == null) {
        asyncClient = resources().wrap(asyncService.get());
      }
      return asyncClient;
    }

    private CreatedResources resources() {
      if (resources == null) {
        resources = CreatedResources.of(service.get());
      }
      return resources;
    }

    /** Notes an execution the application (not the test) started, for {@code SfnExecutions}. */
    void applicationStarted(String executionArn) {
      if (executionArn != null) {
        applicationExecutions.add(executionArn);
      }
    }

    /** The executions the application started, oldest first. */
    List<String> applicationExecutions() {
      return List.copyOf(applicationExecutions);
    }

    /** Every execution started, by the application and by the test, oldest first (until {@link #cleanUp()}). */
    List<String> startedExecutions() {
      CreatedResources used = used();
      return used == null ? List.of() : used.startedExecutions();
    }

    /**
     * Stops what the scope's executions left running (map runs' children too) and deletes what
     * it created, never what existed before (see {@link CreatedResources}).
     *
     * @return what could not be cleaned up, with the ARNs
     */
    List<CreatedResources.Leak> cleanUp() {
      CreatedResources used = used();
      return used == null ? List.of() : used.cleanUp();
    }

    /** The recording, if anything was called through this scope. */
    private synchronized CreatedResources used() {
      return resources;
    }
  }
}
