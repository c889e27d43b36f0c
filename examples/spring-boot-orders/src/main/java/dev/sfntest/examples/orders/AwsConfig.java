package dev.sfntest.examples.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The service's AWS clients, built as the service needs them; tests never change this class. */
@Configuration(proxyBeanMethods = false)
public class AwsConfig {

  @Bean
  SfnClient sfnClient(@Value("${aws.region}") String region) {
    return SfnClient.builder().region(Region.of(region)).build();
  }
}
