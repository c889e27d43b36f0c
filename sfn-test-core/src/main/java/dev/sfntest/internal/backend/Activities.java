package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The activities of one fake: CreateActivity, DescribeActivity, DeleteActivity and ListActivities.
 * The tasks scheduled on them and the workers' long polls are {@link ActivityTasks}'.
 *
 * <pre>{@code
 * ActivityRecord pack = activities.create("pack", List.of(), null);
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateActivity.html">CreateActivity</a>
 */
public final class Activities {

  /** AWS's quota of activities per account and region. */
  public static final int MAX_ACTIVITIES = 10_000;

  private final Operations operations;
  private final Arns arns;
  private final Map<String, ActivityRecord> activities = new LinkedHashMap<>();

  Activities(Operations operations, Arns arns) {
    this.operations = operations;
    this.arns = arns;
  }

  /**
   * CreateActivity. Idempotent by name, as on AWS: creating an existing activity returns it and
   * ignores different tags (recorded for the same name).
   */
  public ActivityRecord create(String name, List<Map.Entry<String, String>> tags, JsonNode encryption) {
    return operations.call(() -> {
      Names.check(name);
      Map<String, String> checkedTags = Tags.checked(tags, name);
      Configurations.checkEncryption(encryption);
      String arn = arns.activity(name);
      ActivityRecord existing = activities.get(arn);
      if (existing != null) {
        return existing;
      }
      if (activities.size() >= MAX_ACTIVITIES) {
        throw new ApiException("ActivityLimitExceeded", "Activity Limit Exceeded: 'The limit of "
            + MAX_ACTIVITIES + " activities was reached'");
      }
      ActivityRecord activity = new ActivityRecord(arn, name, operations.scheduler().now(), encryption);
      activity.tags().putAll(checkedTags);
      activities.put(arn, activity);
      return activity;
    });
  }

  /** DescribeActivity. */
  public ActivityRecord describe(String activityArn) {
    return operations.call(() -> activity(activityArn));
  }

  /**
   * DeleteActivity: deleting an activity that does not exist succeeds (recorded). Tasks already
   * scheduled on it stay with their executions until they time out or the execution ends.
   */
  public void delete(String activityArn) {
    operations.run(() -> {
      Arns.require(activityArn, "activityArn", Arns.Kind.ACTIVITY);
      activities.remove(activityArn);
    });
  }

  /** ListActivities, by name (as ListStateMachines is recorded). */
  public Page<ActivityRecord> list(Integer maxResults, String nextToken) {
    return operations.call(() -> {
      List<ActivityRecord> all = new ArrayList<>(activities.values());
      all.sort(Comparator.comparing(ActivityRecord::name));
      return Page.of(all, maxResults, nextToken, "activities");
    });
  }

  /** The activity, or AWS's {@code ActivityDoesNotExist} (recorded). Under the lock. */
  ActivityRecord activity(String activityArn) {
    Arns.require(activityArn, "activityArn", Arns.Kind.ACTIVITY);
    ActivityRecord activity = activities.get(activityArn);
    if (activity == null) {
      throw ApiException.activityDoesNotExist(activityArn);
    }
    return activity;
  }

  /** Every activity, in creation order. Under the lock. */
  java.util.Collection<ActivityRecord> all() {
    return new java.util.ArrayList<>(activities.values());
  }

  /** Puts back an activity saved before a restart ({@link SavedDefinitions}). Under the lock. */
  void restore(ActivityRecord activity) {
    activities.put(activity.arn(), activity);
  }

  /** The activity with that ARN, or {@code null}. Under the lock. */
  ActivityRecord find(String activityArn) {
    return activities.get(activityArn);
  }
}
