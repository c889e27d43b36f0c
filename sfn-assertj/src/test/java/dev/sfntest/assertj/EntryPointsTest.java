package dev.sfntest.assertj;

import static org.assertj.core.api.BDDAssertions.then;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The entry points stay in step: every hard one has its soft twin, every assertion a proxy constructor. */
class EntryPointsTest {

  @Nested
  class Soft_provider {
    @Test
    void offers_each_entry_point_of_sfn_assertions() {
      // GIVEN
      List<String> hard = signatures(SfnAssertions.class, true);
      // WHEN
      List<String> soft = signatures(SfnSoftAssertionsProvider.class, false);
      // THEN
      then(soft).containsExactlyInAnyOrderElementsOf(hard);
    }
  }

  @Nested
  class Assertion_classes {
    @Test
    void have_the_public_one_argument_constructor_soft_proxies_call() throws Exception {
      // GIVEN
      List<Class<? extends AbstractAssert<?, ?>>> classes = List.of(ExecutionAssert.class, StateAssert.class,
          TaskAssert.class, ScopeAssert.class, HistoryAssert.class, JsonValueAssert.class, StateMachineAssert.class,
          ExplorationAssert.class);
      // WHEN / THEN
      for (Class<? extends AbstractAssert<?, ?>> type : classes) {
        then(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName()).isFalse();
        then(type.getConstructors()).as(type.getSimpleName()).anySatisfy(c -> then(c.getParameterCount()).isOne());
      }
    }
  }

  private static List<String> signatures(Class<?> type, boolean statics) {
    List<String> signatures = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (method.getName().equals("assertThat") && Modifier.isStatic(method.getModifiers()) == statics) {
        signatures.add(method.getReturnType().getSimpleName() + " assertThat(" + method.getParameterTypes()[0].getSimpleName() + ")");
      }
    }
    return signatures;
  }
}
