package dev.sfntest.internal.shared;

import dev.sfntest.internal.engine.Scheduler;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.tasks.TaskTokens;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Lets the project's own modules answer the Task states that nothing else answers (no mock, no
 * mock file test case, no activity, no nested execution) with a service outside the fake instead
 * of failing them: how sfn-local calls a Lambda endpoint ({@link OutsideTasks}). It takes the fake's
 * builder without naming it, so that no API signature names an engine type and the engine imports
 * no API: {@code FakeSfn.Builder} registers here how it takes the invoker when its class is loaded.
 *
 * <pre>{@code
 * FakeSfn.Builder builder = UnmockedTasks.answerWith(FakeSfn.builder(), new LambdaTasks(endpoint));
 * }</pre>
 */
public final class UnmockedTasks {

  private static volatile BiConsumer<Object, BiFunction<TaskTokens, Scheduler, TaskInvoker>> setter;

  private UnmockedTasks() {}

  /** Called once by {@code FakeSfn.Builder}: how a builder takes the invoker. */
  public static void register(BiConsumer<Object, BiFunction<TaskTokens, Scheduler, TaskInvoker>> builderSetter) {
    setter = builderSetter;
  }

  /**
   * Makes the fake {@code fakeBuilder} builds answer the tasks nothing else answers with {@code
   * service}, or fail them with the cause the service gives.
   *
   * @return the same builder
   */
  public static <B> B answerWith(B fakeBuilder, OutsideTasks service) {
    setter.accept(fakeBuilder, (tokens, scheduler) -> new OutsideTaskInvoker(service, tokens, scheduler));
    return fakeBuilder;
  }
}
