package dev.sfntest.core;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names for what a test creates in a Step Functions account (state machines, activities, aliases,
 * execution names) that no other run collides with: {@code pricing} becomes {@code
 * pricing-5f3a9c1e}, with a suffix of the test's own. Two CI jobs may then run the same class
 * against one account at once, and a left-over from a crashed run never blocks the next one.
 *
 * <p>The JUnit extension gives each test one (take {@code UniqueNames} as a parameter or field):
 * in live mode with the suffix its {@code @Deploy}ed state machines get, on the fake without one,
 * since a fake is the test's alone and its names stay as the test wrote them.
 *
 * <pre>{@code
 * @BeforeEach
 * void publish(SfnClient client, UniqueNames names) {
 *   client.createStateMachine(b -> b.name(names.name("pricing")).definition(definition).roleArn(role));
 * }
 * }</pre>
 */
public final class UniqueNames {

  /** AWS's longest name of a state machine, activity, alias or execution. */
  public static final int MAX_LENGTH = 80;

  private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9_-]*");
  private static final UniqueNames NONE = new UniqueNames("");

  private final String suffix;

  private UniqueNames(String suffix) {
    this.suffix = suffix;
  }

  /** Names with a suffix of 8 random hexadecimal digits, different on every call. */
  public static UniqueNames random() {
    return new UniqueNames(UUID.randomUUID().toString().substring(0, 8));
  }

  /**
   * Names with this suffix.
   *
   * @throws IllegalArgumentException unless the suffix is letters, digits, {@code -} and {@code _}
   *     (what AWS allows in every name), and leaves room for a name
   */
  public static UniqueNames withSuffix(String suffix) {
    Objects.requireNonNull(suffix, "suffix");
    if (!SUFFIX.matcher(suffix).matches() || suffix.length() > MAX_LENGTH / 2) {
      throw new IllegalArgumentException("A name suffix is at most " + MAX_LENGTH / 2 + " letters, digits, - and _: "
          + suffix);
    }
    return suffix.isEmpty() ? NONE : new UniqueNames(suffix);
  }

  /** Names as given: what a fake needs. */
  public static UniqueNames none() {
    return NONE;
  }

  /** The suffix, without its dash; empty for {@link #none()}. */
  public String suffix() {
    return suffix;
  }

  /**
   * {@code base} and the suffix ({@code pricing-5f3a9c1e}), the base shortened when the whole
   * would be longer than AWS allows; {@code base} itself when there is no suffix.
   */
  public String name(String base) {
    Objects.requireNonNull(base, "base");
    if (suffix.isEmpty()) {
      return base;
    }
    String tail = "-" + suffix;
    int room = MAX_LENGTH - tail.length();
    return (base.length() > room ? base.substring(0, room) : base) + tail;
  }

  @Override
  public String toString() {
    return suffix.isEmpty() ? "names as given" : "names ending in -" + suffix;
  }
}
