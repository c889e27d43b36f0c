package dev.sfntest.spring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/** A small application for the fixtures: its clients, and a greeter on {@code hello.arn}. */
@Configuration(proxyBeanMethods = false)
class HelloApp {

  @Bean
  SfnClient sfnClient() {
    return SfnClient.create();
  }

  @Bean
  SfnAsyncClient sfnAsyncClient() {
    return SfnAsyncClient.create();
  }

  @Bean
  Greeter greeter(SfnClient sfn, SfnAsyncClient async, @Value("${hello.arn}") String arn) {
    return new Greeter(sfn, async, arn);
  }
}
