package dev.sfntest.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * sfn-test-core's API.md lists its public types, and that list is what the code has: a public type
 * added to an API package, or one listed but gone, fails here. The javadoc leaves the internal
 * packages out, so the list is also what the javadoc shows.
 */
class PublicApiListTest {

  private static final Path API_MD = Path.of("..", "sfn-test-core", "API.md");
  private static final Pattern LISTED = Pattern.compile("^\\| `(dev\\.sfntest\\.[\\w.]+)` \\|", Pattern.MULTILINE);

  @Nested
  class Core_api_md {
    @Test
    void lists_every_public_type_of_cores_api_packages_and_no_other() throws IOException {
      // GIVEN
      Set<String> listed = listed(Files.readString(API_MD));
      // WHEN
      Set<String> publicTypes = new TreeSet<>();
      for (JavaClass type : new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.sfntest.core", "dev.sfntest.trace")) {
        if (isVisible(type) && "core".equals(ArchitectureTest.module(type.getPackageName()))
            && ArchitectureTest.isApi(type.getPackageName())) {
          publicTypes.add(type.getName().replace('$', '.'));
        }
      }
      // THEN
      assertThat(publicTypes).isNotEmpty();
      assertThat(listed).as("the types API.md lists under 'Public types'").isEqualTo(publicTypes);
    }
  }

  /** The types in the table of the section "## Public types". */
  private static Set<String> listed(String markdown) {
    int start = markdown.indexOf("## Public types");
    assertThat(start).as("API.md has a section '## Public types'").isNotNegative();
    int end = markdown.indexOf("\n## ", start + 1);
    Matcher matcher = LISTED.matcher(end < 0 ? markdown.substring(start) : markdown.substring(start, end));
    Set<String> names = new TreeSet<>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** Public, and so are the types it is nested in. */
  private static boolean isVisible(JavaClass type) {
    if (type.isAnonymousClass() || type.isLocalClass() || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    return type.getEnclosingClass().map(PublicApiListTest::isVisible).orElse(true);
  }
}
