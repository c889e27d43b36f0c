package dev.sfntest.local;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.sfn.SfnClient;

/** An {@link SfnClient} whose operations answer as the test says, by method name. */
final class StubClient {

  private StubClient() {}

  /** A client answering each method in {@code answers} with its function of the request; others throw. */
  static SfnClient of(Map<String, Function<Object, Object>> answers) {
    return (SfnClient) Proxy.newProxyInstance(SfnClient.class.getClassLoader(), new Class<?>[] {SfnClient.class},
        (proxy, method, args) -> {
          Function<Object, Object> answer = answers.get(method.getName());
          if (answer != null) {
            return answer.apply(args == null ? null : args[0]);
          }
          if (method.getName().equals("close")) {
            return null;
          }
          throw new UnsupportedOperationException("the stub does not answer " + method.getName());
        });
  }
}
