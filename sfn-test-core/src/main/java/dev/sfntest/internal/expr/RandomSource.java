package dev.sfntest.internal.expr;

import java.util.Random;
import java.util.UUID;

/**
 * Where generated values in expressions come from: {@code States.UUID()} and an unseeded {@code
 * States.MathRandom(start, end)}. The fake never uses real randomness, so that the same seed gives
 * the same execution, byte for byte.
 *
 * <p>The engine supplies its seeded generator through {@link EvalContext#random()}. Its {@code
 * Ids} class already has both methods with these signatures, so it can simply implement this
 * interface:
 *
 * <pre>{@code
 * EvalContext ctx = new EvalContext() {
 *   ...
 *   @Override public RandomSource random() { return engine.ids(); }   // Ids implements RandomSource
 * };
 * }</pre>
 *
 * <p>A seeded {@code States.MathRandom(start, end, seed)} does not draw from here: AWS gives the
 * same result for the same seed, so it uses its own generator made from that seed.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-uuid-generate">States.UUID</a>
 */
public interface RandomSource extends java.util.random.RandomGenerator {

  /** A version-4 UUID in its canonical lower-case form. */
  String uuid();

  /**
   * A uniformly distributed int in {@code [0, bound)}.
   *
   * @throws IllegalArgumentException when {@code bound} is not positive
   */
  @Override
  int nextInt(int bound);

  /**
   * A source drawing from {@code java.util.Random} with the given seed; thread-safe.
   *
   * <pre>{@code
   * RandomSource r = RandomSource.seeded(42);
   * r.nextInt(10);   // the same value on every run
   * }</pre>
   */
  static RandomSource seeded(long seed) {
    Random random = new Random(seed);
    return new RandomSource() {
      @Override
      public synchronized String uuid() {
        long most = random.nextLong();
        long least = random.nextLong();
        // RFC 4122: version 4 in the high nibble of time_hi, variant 10 in the top bits of clock_seq
        most = (most & 0xffffffffffff0fffL) | 0x0000000000004000L;
        least = (least & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
      }

      @Override
      public synchronized int nextInt(int bound) {
        return random.nextInt(bound);
      }

      @Override
      public synchronized long nextLong() {
        return random.nextLong();
      }

      @Override
      public synchronized double nextDouble() {
        return random.nextDouble();
      }
    };
  }
}
