package dev.sfntest.internal.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.sdk.FakeSfnClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * A fake's state machines, versions, aliases, activities and tags as JSON, and back: what
 * {@code sfn-local serve --state-dir} keeps across a restart. Not an AWS operation, so it takes the
 * fake's own client ({@code FakeSfn.client()}).
 *
 * <pre>{@code
 * ObjectNode saved = SavedDefinitions.save(fake.client());
 * SavedDefinitions.restore(otherFake.client(), saved);
 * }</pre>
 */
public final class SavedDefinitions {

  private SavedDefinitions() {}

  /**
   * Everything but executions, as of one moment.
   *
   * @throws IllegalArgumentException for a client that is no fake's
   */
  public static ObjectNode save(SfnClient fakeClient) {
    return fake(fakeClient).saveDefinitions();
  }

  /**
   * Restores what {@link #save} saved into a fake that has no machines and no activities yet.
   *
   * @throws IllegalArgumentException for JSON that is not saved definitions, a fake that has some,
   *     or a client that is no fake's
   */
  public static void restore(SfnClient fakeClient, JsonNode saved) {
    fake(fakeClient).restoreDefinitions(saved);
  }

  private static FakeSfnClient fake(SfnClient client) {
    if (client instanceof FakeSfnClient fake) {
      return fake;
    }
    throw new IllegalArgumentException("Definitions are saved from and restored into a FakeSfn's own client, not "
        + (client == null ? "null" : client.getClass().getName()));
  }
}
