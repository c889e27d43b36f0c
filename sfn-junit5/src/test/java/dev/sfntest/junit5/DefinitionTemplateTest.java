package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.junit5.internal.DefinitionTemplate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefinitionTemplateTest {

  @Nested
  class substitute {
    @Test
    void replaces_each_placeholder_by_its_value_as_is() {
      // GIVEN
      DefinitionTemplate template = new DefinitionTemplate(
          "{\"Resource\": \"${Fn.Arn}\", \"Table\": \"${Table_1}\", \"Again\": \"${Fn.Arn}\"}");
      // WHEN
      String definition = template.substitute(name -> Optional.ofNullable(
          Map.of("Fn.Arn", "arn:aws:lambda:us-east-1:123456789012:function:f", "Table_1", "a$b").get(name)));
      // THEN
      assertThat(definition).isEqualTo("{\"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\", "
          + "\"Table\": \"a$b\", \"Again\": \"arn:aws:lambda:us-east-1:123456789012:function:f\"}");
    }

    @Test
    void leaves_other_dollar_text_alone() {
      // GIVEN
      DefinitionTemplate template = new DefinitionTemplate("{\"a.$\": \"$.x\", \"b\": \"${not a name}\", \"c\": \"$${\"}");
      // WHEN
      String definition = template.substitute(name -> Optional.of("X"));
      // THEN
      assertThat(definition).isEqualTo("{\"a.$\": \"$.x\", \"b\": \"${not a name}\", \"c\": \"$${\"}");
    }

    @Test
    void names_every_placeholder_without_a_value_once() {
      // GIVEN
      DefinitionTemplate template = new DefinitionTemplate("${A} ${B} ${A} ${C}");
      // WHEN
      DefinitionTemplate.MissingValues missing = catchThrowableOfType(DefinitionTemplate.MissingValues.class,
          () -> template.substitute(name -> name.equals("B") ? Optional.of("b") : Optional.empty()));
      // THEN
      assertThat(missing.names()).containsExactly("A", "C");
    }
  }

  @Nested
  class names {
    @Test
    void lists_the_placeholders_in_order_of_first_appearance() {
      // THEN
      assertThat(new DefinitionTemplate("${B} ${A} ${B}").names()).containsExactly("B", "A");
    }
  }
}
