package dev.sfntest.spring.internal;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What {@code @AutoConfigureSfnTest} imports (listed in {@code
 * META-INF/spring/dev.sfntest.spring.AutoConfigureSfnTest.imports}, so it never applies to an
 * application merely because the jar is on its classpath).
 */
@AutoConfiguration
public class SfnTestAutoConfiguration {

  /** Static, as a post-processor must be, so the configuration itself is not created early. */
  @Bean
  static SfnTestPostProcessor sfnTestPostProcessor() {
    return new SfnTestPostProcessor();
  }
}
