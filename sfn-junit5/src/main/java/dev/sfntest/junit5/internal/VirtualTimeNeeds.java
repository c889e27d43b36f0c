package dev.sfntest.junit5.internal;

import dev.sfntest.internal.shared.EndpointClock;
import dev.sfntest.internal.shared.WaitStates;
import dev.sfntest.junit5.Deploy;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Finds why a test cannot end in time on a live endpoint that runs on the wall clock: a state
 * machine it {@code @Deploy}s has a Wait state whose {@code Seconds} last longer than the live
 * time limit ({@code liveTimeout}). Such a test is skipped with that reason rather than left to
 * wait and fail, unless the endpoint runs on virtual time (sfn-local {@code --virtual-time} says
 * so in a header). The endpoint is asked only when a definition has such a Wait.
 */
public final class VirtualTimeNeeds {

  private VirtualTimeNeeds() {}

  /**
   * The reason the test of {@code context} cannot run live, if it cannot.
   *
   * @param clock how time runs on the endpoint, asked only when needed
   */
  public static Optional<String> of(ExtensionContext context, Settings settings, Supplier<EndpointClock> clock) {
    List<Found> waits = new ArrayList<>();
    ClassLoader loader = context.getTestClass().map(Class::getClassLoader)
        .orElse(Thread.currentThread().getContextClassLoader());
    for (Class<?> type = context.getTestClass().orElse(null); type != null;
        type = SettingsResolver.enclosingOfInner(type)) {
      for (Field field : ReflectionSupport.findFields(type,
          f -> !Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(Deploy.class),
          HierarchyTraversalMode.TOP_DOWN)) {
        longWait(field.getAnnotation(Deploy.class), loader, settings.liveTimeout()).ifPresent(waits::add);
      }
    }
    context.getTestMethod().ifPresent(method -> {
      for (Parameter parameter : method.getParameters()) {
        Deploy deploy = parameter.getAnnotation(Deploy.class);
        if (deploy != null) {
          longWait(deploy, loader, settings.liveTimeout()).ifPresent(waits::add);
        }
      }
    });
    if (waits.isEmpty()) {
      return Optional.empty();
    }
    EndpointClock endpoint = clock.get();
    Found longest = waits.stream().max((a, b) -> a.longWait().duration().compareTo(b.longWait().duration())).get();
    Duration real = endpoint.realTime(longest.longWait().duration());
    if (endpoint.virtual() || real.compareTo(settings.liveTimeout()) <= 0) {
      return Optional.empty();
    }
    return Optional.of("Needs virtual time: the Wait state '" + longest.longWait().name() + "' of " + longest.resource()
        + " waits " + longest.longWait().duration().toSeconds() + " s, longer than the live time limit of "
        + seconds(settings.liveTimeout()) + " (liveTimeout), and the endpoint runs on " + endpoint.describe()
        + ". Run it against an endpoint on virtual time (sfn-local serve --virtual-time), or raise liveTimeout.");
  }

  private record Found(String resource, WaitStates.FixedWait longWait) {}

  /** The definition's longest fixed Wait, when it is longer than the limit (before scaling). */
  private static Optional<Found> longWait(Deploy deploy, ClassLoader loader, Duration limit) {
    String path = deploy.value().startsWith("/") ? deploy.value().substring(1) : deploy.value();
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();   // the deployment reports the missing file itself
      }
      String definition = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return WaitStates.of(definition).longestFixedWait()
          .filter(wait -> wait.duration().compareTo(limit) > 0)
          .map(wait -> new Found(path, wait));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }
}
