package dev.sfntest.internal.shared;

import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.tasks.TaskTokens;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Lets the project's own modules answer the Task states that nothing else answers (no mock, no
 * mock file test case, no activity, no nested execution) instead of failing them: how sfn-local
 * calls a Lambda endpoint. It takes the fake's builder without naming it, so that no API signature
 * names an engine type and the engine imports no API: {@code FakeSfn.Builder} registers here how it
 * takes the invoker when its class is loaded.
 *
 * <pre>{@code
 * FakeSfn.Builder builder = UnmockedTasks.answerWith(FakeSfn.builder(), tokens -> new LambdaTasks(tokens));
 * }</pre>
 */
public final class UnmockedTasks {

  private static volatile BiConsumer<Object, Function<TaskTokens, TaskInvoker>> setter;

  private UnmockedTasks() {}

  /** Called once by {@code FakeSfn.Builder}: how a builder takes the invoker. */
  public static void register(BiConsumer<Object, Function<TaskTokens, TaskInvoker>> builderSetter) {
    setter = builderSetter;
  }

  /**
   * Makes the fake {@code fakeBuilder} builds answer unanswered tasks with the invoker it makes
   * from the fake's task tokens (for callback tasks); the invoker declines a task with {@code null}.
   *
   * @return the same builder
   */
  public static <B> B answerWith(B fakeBuilder, Function<TaskTokens, TaskInvoker> invoker) {
    setter.accept(fakeBuilder, invoker);
    return fakeBuilder;
  }
}
