package dev.sfntest.local.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnRequest;
import software.amazon.awssdk.services.sfn.model.SfnResponse;

/**
 * Every Step Functions operation of {@link SfnClient}, by its AWS name ({@code StartExecution}),
 * found once by reflection: the method named after the operation that takes
 * {@code <Operation>Request} and returns {@code <Operation>Response}. An operation the SDK adds is
 * served with no change here; paginators and {@code Consumer} overloads are not operations.
 */
public final class Operations {

  private static final Map<String, Method> ALL = resolve();

  private final SfnClient client;

  public Operations(SfnClient client) {
    this.client = client;
  }

  /** The names of all operations, sorted. */
  public static Iterable<String> names() {
    return ALL.keySet();
  }

  /** Whether {@code operation} is a Step Functions operation. */
  public static boolean exists(String operation) {
    return ALL.containsKey(operation);
  }

  /** The request type of an operation that {@link #exists}. */
  public static Class<?> requestType(String operation) {
    return ALL.get(operation).getParameterTypes()[0];
  }

  /**
   * Calls the operation on the client.
   *
   * @throws RuntimeException whatever the client throws, unwrapped
   */
  public SdkPojo invoke(String operation, SfnRequest request) {
    try {
      return (SdkPojo) ALL.get(operation).invoke(client, request);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("SfnClient." + ALL.get(operation).getName() + " is not accessible", e);
    }
  }

  private static Map<String, Method> resolve() {
    Map<String, Method> operations = new TreeMap<>();
    for (Method method : SfnClient.class.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 1
          || !SfnRequest.class.isAssignableFrom(method.getParameterTypes()[0])
          || !SfnResponse.class.isAssignableFrom(method.getReturnType())) {
        continue;
      }
      String requestName = method.getParameterTypes()[0].getSimpleName();
      String operation = requestName.substring(0, requestName.length() - "Request".length());
      if (method.getName().equals(Character.toLowerCase(operation.charAt(0)) + operation.substring(1))) {
        operations.put(operation, method);
      }
    }
    return Collections.unmodifiableMap(operations);
  }
}
