package dev.sfntest.spring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * What many applications do at their start: make sure the activities they work on exist.
 * {@code CreateActivity} is idempotent, so one that exists already is returned as it is.
 */
@Configuration(proxyBeanMethods = false)
class QueuesApp {

  /** The activities the application works on, by name. */
  record Queues(Map<String, String> arns) {}

  @Bean
  Queues queues(SfnClient sfn, @Value("${queues}") List<String> names) {
    Map<String, String> arns = new LinkedHashMap<>();
    names.forEach(name -> arns.put(name, sfn.createActivity(b -> b.name(name)).activityArn()));
    return new Queues(arns);
  }
}
