package dev.sfntest.internal.engine;

import java.util.Random;
import java.util.UUID;

/**
 * The fake's source of generated values (execution names, task tokens, map run ids, jitter): a
 * seeded generator, so the same seed gives the same values in the same order.
 */
public final class Ids implements dev.sfntest.internal.expr.RandomSource {

  private final Random random;
  private final long seed;

  public Ids(long seed) {
    this.random = new Random(seed);
    this.seed = seed;
  }

  /** Starts the sequence again from the seed: the values drawn next are the first ones again. */
  public synchronized void reset() {
    random.setSeed(seed);
  }

  /** A version-4 UUID drawn from the seed. */
  @Override
  public synchronized String uuid() {
    long most = random.nextLong();
    long least = random.nextLong();
    most = (most & 0xffffffffffff0fffL) | 0x0000000000004000L;
    least = (least & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }

  @Override
  public synchronized long nextLong() {
    return random.nextLong();
  }

  /** A uniformly distributed double in [0, 1). */
  @Override
  public synchronized double nextDouble() {
    return random.nextDouble();
  }

  /** A uniformly distributed int in [0, bound). */
  @Override
  public synchronized int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** A task token: opaque, unique, URL-safe. */
  public synchronized String taskToken() {
    StringBuilder token = new StringBuilder("AQB");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 120; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return token.toString();
  }
}
