package dev.sfntest.junit5.internal;

import dev.sfntest.internal.shared.LiveSdkClients;
import dev.sfntest.internal.shared.SettingValues;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Where live mode's credentials come from: the SDK's default chain, fixed dummy keys (enough for
 * a local endpoint, which checks no signature), or a provider the test gave the builder. Two
 * choices are equal when they would give the same credentials, so they can share SDK clients.
 *
 * @param name {@code default}, {@code dummy} or {@code custom}
 * @param custom the builder's provider, for {@code custom} only
 */
public record CredentialsChoice(String name, AwsCredentialsProvider custom) {

  /** The AWS SDK's default credentials chain. */
  public static final CredentialsChoice DEFAULT = new CredentialsChoice("default", null);

  /** Fixed keys, for local endpoints that accept any signature. */
  public static final CredentialsChoice DUMMY = new CredentialsChoice("dummy", null);

  /** A provider the test chose. */
  public static CredentialsChoice custom(AwsCredentialsProvider provider) {
    return new CredentialsChoice("custom", Objects.requireNonNull(provider));
  }

  /** Reads {@code default} or {@code dummy}. */
  static CredentialsChoice parse(String text, String where) {
    return Values.checked("credentials", text, where, t -> SettingValues.dummyCredentials(t) ? DUMMY : DEFAULT);
  }

  /** A provider of these credentials. */
  AwsCredentialsProvider provider() {
    if (custom != null) {
      return custom;
    }
    if (this.equals(DUMMY)) {
      return LiveSdkClients.dummyCredentials();
    }
    return DefaultCredentialsProvider.builder().build();
  }
}
