package dev.sfntest.internal.sdk;

import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Which details fields the SDK's {@link HistoryEvent} has, read once from its model. */
final class HistoryEventFields {

  private static final Set<String> NAMES = HistoryEvent.builder().sdkFields().stream()
      .map(SdkField::locationName)
      .collect(Collectors.toUnmodifiableSet());

  private HistoryEventFields() {}

  /** Whether an event type's details key is a field of the SDK's event. */
  static boolean hasDetails(String detailsKey) {
    return NAMES.contains(detailsKey);
  }
}
