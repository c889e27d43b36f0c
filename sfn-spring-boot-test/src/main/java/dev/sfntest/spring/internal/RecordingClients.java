package dev.sfntest.spring.internal;

import dev.sfntest.core.ForwardingSfnClient;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The clients the application's beans and the test get: every call goes to the fake's (or the live)
 * client, and each response is shown to the {@link Recorder}. A JDK proxy over the SDK interface,
 * so every operation, present and future, forwards unchanged; the sync one is a {@link
 * ForwardingSfnClient}, so execution handles on it still know they run on the fake. Closing one
 * does nothing: the context owns the client beneath and closes it with itself.
 */
final class RecordingClients {

  private RecordingClients() {}

  static SfnClient sync(Supplier<SfnClient> delegate, Recorder recorder, Recorder.Source source) {
    return (SfnClient) Proxy.newProxyInstance(ForwardingSfnClient.class.getClassLoader(),
        new Class<?>[] {ForwardingSfnClient.class}, new Handler(delegate, recorder, source, "SfnClient"));
  }

  static SfnAsyncClient async(Supplier<SfnAsyncClient> delegate, Recorder recorder, Recorder.Source source) {
    return (SfnAsyncClient) Proxy.newProxyInstance(SfnAsyncClient.class.getClassLoader(),
        new Class<?>[] {SfnAsyncClient.class}, new Handler(delegate, recorder, source, "SfnAsyncClient"));
  }

  private static final class Handler implements InvocationHandler {
    private final Supplier<?> delegate;
    private final Recorder recorder;
    private final Recorder.Source source;
    private final String kind;

    Handler(Supplier<?> delegate, Recorder recorder, Recorder.Source source, String kind) {
      this.delegate = delegate;
      this.recorder = recorder;
      this.source = source;
      this.kind = kind;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "sfn-test " + kind + " (" + source.name().toLowerCase(java.util.Locale.ROOT) + ")";
        };
      }
      if (method.getParameterCount() == 0 && method.getName().equals("delegate")) {
        return delegate.get();
      }
      if (method.getParameterCount() == 0 && method.getName().equals("close")) {
        return null;
      }
      Object result;
      try {
        result = method.invoke(delegate.get(), args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (result instanceof SdkResponse) {
        recorder.record(result, source);
      } else if (result instanceof CompletableFuture<?> future) {
        // The caller's join returns only after the response is recorded.
        return future.whenComplete((response, error) -> {
          if (response instanceof SdkResponse) {
            recorder.record(response, source);
          }
        });
      }
      return result;
    }
  }
}
