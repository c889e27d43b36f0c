package dev.sfntest.spring.internal;

import dev.sfntest.core.ForwardingSfnClient;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/**
 * The clients the application's beans and the test get. They live as long as the context, but
 * what goes through them belongs to whoever runs now: every call goes to the recording client of
 * the {@linkplain Scopes#current() current scope}, the running test's or the context's. A JDK
 * proxy over the SDK interface, so every operation, present and future, forwards unchanged; the
 * sync one is a {@link ForwardingSfnClient}, so execution handles on it still know they run on
 * the fake. The application's clients also note the executions they start, for {@code
 * SfnExecutions}, which lists the application's and not the test's. Closing one does nothing: the
 * context owns the client beneath and closes it with itself.
 */
final class ScopedClients {

  /** Who calls: the application's client beans, or the test through {@code SfnTestContext}. */
  enum Caller {
    APPLICATION,
    TEST
  }

  private ScopedClients() {}

  static SfnClient sync(Scopes scopes, Caller caller) {
    return (SfnClient) Proxy.newProxyInstance(ForwardingSfnClient.class.getClassLoader(),
        new Class<?>[] {ForwardingSfnClient.class}, new Handler(scopes, caller, false));
  }

  static SfnAsyncClient async(Scopes scopes, Caller caller) {
    return (SfnAsyncClient) Proxy.newProxyInstance(SfnAsyncClient.class.getClassLoader(),
        new Class<?>[] {SfnAsyncClient.class}, new Handler(scopes, caller, true));
  }

  private static final class Handler implements InvocationHandler {
    private final Scopes scopes;
    private final Caller caller;
    private final boolean async;

    Handler(Scopes scopes, Caller caller, boolean async) {
      this.scopes = scopes;
      this.caller = caller;
      this.async = async;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "sfn-test " + (async ? "SfnAsyncClient" : "SfnClient") + " ("
              + caller.name().toLowerCase(Locale.ROOT) + ")";
        };
      }
      // The scope is the caller's when the call is made, not when an asynchronous answer comes.
      Scopes.Scope scope = scopes.current();
      if (method.getParameterCount() == 0 && method.getName().equals("delegate")) {
        return scope.client();
      }
      if (method.getParameterCount() == 0 && method.getName().equals("close")) {
        return null;
      }
      Object result;
      try {
        result = method.invoke(async ? scope.asyncClient() : scope.client(), args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (caller != Caller.APPLICATION) {
        return result;
      }
      if (result instanceof StartExecutionResponse started) {
        scope.applicationStarted(started.executionArn());
      } else if (result instanceof CompletableFuture<?> future) {
        // The caller's join returns only after the start is noted.
        return future.whenComplete((response, error) -> {
          if (response instanceof StartExecutionResponse started) {
            scope.applicationStarted(started.executionArn());
          }
        });
      }
      return result;
    }
  }
}
