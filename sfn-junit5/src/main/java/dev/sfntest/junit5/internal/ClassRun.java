package dev.sfntest.junit5.internal;

import dev.sfntest.core.CreatedResources;
import dev.sfntest.core.UniqueNames;
import java.util.Optional;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * What a class that shares one live environment gives its constructors and {@code @BeforeAll}
 * methods: clients that record what they create, and names of the class's own. After the class,
 * even when its setup failed, what they created is cleaned up, as a test's is ({@link TestRun}).
 * Kept in the class's store, which closes it.
 */
public final class ClassRun implements AutoCloseable {

  private final Environment environment;
  private final CreatedResources resources;
  private final UniqueNames names = UniqueNames.random();
  private final String owner;
  private SfnAsyncClient asyncClient;
  private boolean cleanedUp;

  public ClassRun(Environment environment, Settings settings, String owner) {
    this.environment = environment;
    this.resources = CreatedResources.of(environment.client(), settings.liveTimeout());
    this.owner = owner;
  }

  public SfnClient client() {
    return resources.client();
  }

  public synchronized SfnAsyncClient asyncClient() {
    if (asyncClient == null) {
      asyncClient = resources.wrap(environment.asyncClient());
    }
    return asyncClient;
  }

  public UniqueNames names() {
    return names;
  }

  /** Cleans up, once; prints what it could not remove, which becomes the class's error. */
  public synchronized Optional<Throwable> finish() {
    if (cleanedUp) {
      return Optional.empty();
    }
    cleanedUp = true;
    return Leaks.report(owner, resources.cleanUp(), System.out);
  }

  /** Cleans up if {@link #finish} did not run. */
  @Override
  public void close() {
    finish();
  }
}
