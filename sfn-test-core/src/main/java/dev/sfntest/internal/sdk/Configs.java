package dev.sfntest.internal.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.backend.Configurations;
import dev.sfntest.internal.shared.model.SdkModelJson;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.model.EncryptionConfiguration;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;
import software.amazon.awssdk.services.sfn.model.TracingConfiguration;

/** Converts the logging, tracing and encryption configurations between SDK types and JSON. */
final class Configs {

  private Configs() {}

  /** The JSON form of an SDK configuration, or {@code null}. */
  static JsonNode json(SdkPojo configuration) {
    return configuration == null ? null : SdkModelJson.toJson(configuration);
  }

  static LoggingConfiguration logging(JsonNode json) {
    return SdkJson.toSdk(LoggingConfiguration.class, json == null ? Configurations.defaultLogging() : json);
  }

  static TracingConfiguration tracing(JsonNode json) {
    return SdkJson.toSdk(TracingConfiguration.class, json == null ? Configurations.defaultTracing() : json);
  }

  static EncryptionConfiguration encryption(JsonNode json) {
    return SdkJson.toSdk(EncryptionConfiguration.class, json == null ? Configurations.defaultEncryption() : json);
  }
}
