package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UniqueNamesTest {

  @Nested
  class name {
    @Test
    void appends_the_suffix() {
      assertThat(UniqueNames.withSuffix("5f3a9c1e").name("pricing")).isEqualTo("pricing-5f3a9c1e");
    }

    @Test
    void shortens_the_base_to_stay_within_80_characters() {
      // GIVEN
      String base = "x".repeat(100);
      // WHEN
      String name = UniqueNames.withSuffix("5f3a9c1e").name(base);
      // THEN
      assertThat(name).hasSize(80).endsWith("x-5f3a9c1e");
    }

    @Test
    void keeps_the_name_as_given_without_a_suffix() {
      assertThat(UniqueNames.none().name("pricing")).isEqualTo("pricing");
      assertThat(UniqueNames.withSuffix("").name("pricing")).isEqualTo("pricing");
    }
  }

  @Nested
  class random {
    @Test
    void gives_each_run_a_suffix_of_its_own() {
      // WHEN
      UniqueNames one = UniqueNames.random();
      UniqueNames other = UniqueNames.random();
      // THEN
      assertThat(one.suffix()).matches("[0-9a-f]{8}").isNotEqualTo(other.suffix());
      assertThat(one.name("pricing")).isNotEqualTo(other.name("pricing"));
    }
  }

  @Nested
  class with_suffix {
    @Test
    void refuses_what_aws_refuses_in_a_name() {
      assertThatIllegalArgumentException().isThrownBy(() -> UniqueNames.withSuffix("a b"))
          .withMessage("A name suffix is at most 40 letters, digits, - and _: a b");
      assertThatIllegalArgumentException().isThrownBy(() -> UniqueNames.withSuffix("y".repeat(41)));
    }
  }
}
