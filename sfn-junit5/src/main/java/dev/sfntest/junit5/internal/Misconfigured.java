package dev.sfntest.junit5.internal;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The exceptions of a misconfigured test: each says what is wrong, where it was set, and how to fix it. */
public final class Misconfigured {

  private Misconfigured() {}

  /**
   * A setting with a value it cannot have, e.g. {@code sfn-test setting mode = "prod"
   * (configuration parameter sfntest.mode) is not valid: use fake or live.}
   */
  public static ExtensionConfigurationException setting(String name, String value, String where, String fix) {
    return new ExtensionConfigurationException(
        "sfn-test setting " + name + " = \"" + value + "\" (" + where + ") is not valid: " + fix);
  }

  /** Anything else, already phrased with its fix. */
  public static ExtensionConfigurationException because(String message) {
    return new ExtensionConfigurationException(message);
  }

  /** Anything else, with the exception that revealed it. */
  public static ExtensionConfigurationException because(String message, Throwable cause) {
    return new ExtensionConfigurationException(message, cause);
  }
}
