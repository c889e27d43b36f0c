package dev.sfntest.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The one scheduler of a fake: a queue of work that is ready now, and timers on a virtual clock.
 * Everything that happens in any execution happens here, on the thread of whoever called into the
 * fake, under the fake's lock, in a fixed order; so the same inputs always give the same history.
 *
 * <p>With time skipping on (the default) the clock jumps to the next timer whenever no work is
 * ready and nothing waits on the test (an activity task, a task token, a silent mock). Otherwise
 * only {@link #advance} and {@link #setTime} move it. Nothing here ever sleeps.
 *
 * <p>The scheduler owns the fake's one lock, and nothing else takes it: every operation on the
 * fake runs through {@link #call} (or {@link #read}, {@link #poll}), so whatever an API answer is
 * built from is read at one moment, with no execution moving in between.
 *
 * <pre>{@code
 * ExecutionSnapshot described = scheduler.call(() -> executions.snapshot(arn));
 * }</pre>
 */
public final class Scheduler {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private Instant now;
  private boolean timeSkipping;
  private long timerSequence;
  private int waitsOnTest;
  private boolean running;
  private final TimeSource timeSource;

  /** Where time comes from: the virtual clock, or the wall clock for a served fake. */
  public interface TimeSource {
    /** The current instant, given the last virtual instant the scheduler knew. */
    Instant now(Instant virtualNow);

    /** How long to wait in real time for {@code delay} to pass on this source's clock. */
    default Duration realDelay(Duration delay) {
      return delay;
    }
  }

  /**
   * How far ahead on the clock {@link #fireTimersAsTimePasses} waits at most before it looks again;
   * keeps a far timer (a Wait until next year) from overflowing the wait in nanoseconds.
   */
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);

  public Scheduler(Instant start, boolean timeSkipping) {
    this(start, timeSkipping, null);
  }

  public Scheduler(Instant start, boolean timeSkipping, TimeSource timeSource) {
    this.now = start;
    this.timeSkipping = timeSkipping;
    this.timeSource = timeSource;
  }

  /**
   * Runs an operation under the lock, then lets every execution run as far as it can, all before
   * anyone else may look: on return the operation's effects have played out on the clock. Calls
   * from inside an operation (a nested execution started by a Task) join the outer one.
   */
  public <T> T call(Supplier<T> operation) {
    lock.lock();
    try {
      T result = operation.get();
      runUntilQuiet();
      return result;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Makes {@code call} with the lock released, for a call out of the fake that may take long (a
   * TestState request's call to a Lambda endpoint), and takes the lock back before returning: the
   * caller holds it before and after, however many times it took it. Other requests are answered
   * meanwhile, so the caller must hold nothing of the fake's state that they could change. Inside a
   * run of the executions ({@link #runUntilQuiet}) the lock is kept: that run is not at a point
   * where another may look.
   */
  public <T> T outsideLock(Supplier<T> call) {
    if (running || !lock.isHeldByCurrentThread()) {
      return call.get();
    }
    int holds = lock.getHoldCount();
    for (int i = 0; i < holds; i++) {
      lock.unlock();
    }
    try {
      return call.get();
    } finally {
      for (int i = 0; i < holds; i++) {
        lock.lock();
      }
    }
  }

  /** Reads under the lock, without letting executions progress: the clock's time, its next timer. */
  public <T> T read(Supplier<T> query) {
    lock.lock();
    try {
      return query.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * A long poll: tries {@code attempt} under the lock, and while it answers {@code null}, waits
   * (releasing the lock) until work has run, {@code givenUp} says so, or {@code timeout} passes.
   * An answer is followed by a run until quiet, as after any operation.
   *
   * @return the first answer, or {@code null} when it gave up or timed out
   */
  public <T> T poll(Supplier<T> attempt, BooleanSupplier givenUp, Duration timeout) {
    lock.lock();
    try {
      long deadline = System.nanoTime() + timeout.toNanos();
      // An interrupted poller (its client went away) takes nothing, not even what is there already.
      while (!givenUp.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
        T answer = attempt.get();
        if (answer != null) {
          runUntilQuiet();
          return answer;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        try {
          changed.await(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
      return null;
    } finally {
      lock.unlock();
    }
  }

  /** Wakes every {@link #poll} and {@link #fireTimersAsTimePasses} so they look again (the fake is closing). */
  public void wakeWaiters() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The current instant. Under the lock (outside it: {@code read(scheduler::now)}). */
  public Instant now() {
    if (timeSource != null) {
      Instant real = timeSource.now(now);
      if (real.isAfter(now)) {
        now = real;
      }
    }
    return now;
  }

  public boolean isTimeSkipping() {
    return timeSkipping;
  }

  public void setTimeSkipping(boolean timeSkipping) {
    lock.lock();
    try {
      this.timeSkipping = timeSkipping;
      runUntilQuiet();
    } finally {
      lock.unlock();
    }
  }

  /** Queues work to run in this turn, after what is already queued. */
  public void submit(Runnable work) {
    ready.add(work);
  }

  /** Runs {@code action} at {@code due} (or as soon as the clock passes it). */
  public Timer schedule(Instant due, Runnable action) {
    Timer timer = new Timer(due, timerSequence++, action);
    timers.add(timer);
    return timer;
  }

  /** Runs {@code action} after {@code delay} of virtual time. */
  public Timer scheduleAfter(Duration delay, Runnable action) {
    return schedule(later(delay), action);
  }

  /**
   * The instant {@code delay} from now, or the last instant there is when that lies beyond it: a
   * Wait of the longest long, or a retry backed off past the year 1,000,000,000, is due at the end
   * of time instead of raising an exception out of the fake. (A standard execution times out
   * after a year anyway, as on AWS.)
   */
  public Instant later(Duration delay) {
    try {
      return now().plus(delay);
    } catch (java.time.DateTimeException | ArithmeticException pastTheEnd) {
      return Instant.MAX;
    }
  }

  /**
   * Notes that something now waits on the test (a task token, an activity task, a silent mock):
   * until it is released, time skipping pauses.
   */
  public void waitOnTest() {
    waitsOnTest++;
  }

  /** Releases one {@link #waitOnTest()}. */
  public void releaseWaitOnTest() {
    waitsOnTest--;
  }

  /** How many things currently wait on the test. */
  public int waitsOnTest() {
    return waitsOnTest;
  }

  /** The instant of the next pending timer, or {@code null}. */
  public Instant nextTimer() {
    purgeCancelled();
    Timer next = timers.peek();
    return next == null ? null : next.due;
  }

  /**
   * Runs ready work until there is none; then, with time skipping on and nothing waiting on the
   * test, jumps the clock to each next timer in turn. Must be called holding the lock.
   */
  public void runUntilQuiet() {
    if (running) {
      return; // a callback from inside a run: the outer loop picks the work up
    }
    running = true;
    try {
      drain();
      fireDue(now());
      while (timeSkipping && waitsOnTest == 0 && timeSource == null) {
        purgeCancelled();
        Timer next = timers.peek();
        if (next == null) {
          break;
        }
        if (next.due.isAfter(now)) {
          now = next.due;
        }
        fireDue(now);
      }
    } finally {
      running = false;
      changed.signalAll();
    }
  }

  /**
   * Fires each timer when the time source's clock reaches it, until {@code stopped} says so. A fake
   * on a wall clock needs one thread doing this: executions driven from outside (a served fake)
   * wait in Wait states and retries with nobody calling in. It waits for a change with a timeout,
   * never sleeps, so new timers and a stop take effect at once; whoever makes {@code stopped} true
   * must then call {@link #wakeWaiters()}.
   *
   * <pre>{@code
   * new Thread(() -> scheduler.fireTimersAsTimePasses(fake::isClosed), "sfn-test-clock").start();
   * }</pre>
   *
   * @throws IllegalStateException when the scheduler has no time source (virtual time only)
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  public void fireTimersAsTimePasses(BooleanSupplier stopped) throws InterruptedException {
    if (timeSource == null) {
      throw new IllegalStateException("A scheduler on virtual time has no timers to fire as real time passes");
    }
    lock.lock();
    try {
      while (!stopped.getAsBoolean()) {
        runUntilQuiet();
        Instant next = nextTimer();
        if (next == null) {
          changed.await();
          continue;
        }
        Duration ahead = Duration.between(now(), next);
        if (ahead.isNegative() || ahead.isZero()) {
          continue;
        }
        Duration real = timeSource.realDelay(ahead.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : ahead);
        changed.await(Math.max(1, real.toNanos()), TimeUnit.NANOSECONDS);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Puts the clock back to {@code start} with nothing pending: no ready work, no timer, nothing
   * waiting on the test. For {@code FakeSfn.reset()}, once every execution has stopped. Under the
   * lock. A scheduler on a time source keeps reading it: only the virtual part goes back.
   */
  public void reset(Instant start, boolean timeSkipping) {
    ready.clear();
    timers.clear();
    waitsOnTest = 0;
    now = start;
    this.timeSkipping = timeSkipping;
  }

  /** Moves the clock forward by {@code delta}, firing every timer due on the way, in order. */
  public void advance(Duration delta) {
    if (delta.isNegative()) {
      throw new IllegalArgumentException("The clock cannot go back: " + delta);
    }
    lock.lock();
    try {
      moveTo(now.plus(delta));
    } finally {
      lock.unlock();
    }
  }

  /** Sets the clock to {@code instant} (not before now), firing every timer due on the way. */
  public void setTime(Instant instant) {
    lock.lock();
    try {
      if (instant.isBefore(now)) {
        throw new IllegalArgumentException("The clock cannot go back from " + now + " to " + instant);
      }
      moveTo(instant);
    } finally {
      lock.unlock();
    }
  }

  private void moveTo(Instant target) {
    running = true;
    try {
      drain();
      while (true) {
        purgeCancelled();
        Timer next = timers.peek();
        if (next == null || next.due.isAfter(target)) {
          break;
        }
        if (next.due.isAfter(now)) {
          now = next.due;
        }
        fireDue(now);
      }
      now = target;
    } finally {
      running = false;
    }
    runUntilQuiet();
  }

  private void fireDue(Instant instant) {
    while (true) {
      purgeCancelled();
      Timer next = timers.peek();
      if (next == null || next.due.isAfter(instant)) {
        return;
      }
      timers.poll();
      next.fired = true;
      next.action.run();
      drain();
    }
  }

  private void drain() {
    Runnable work;
    while ((work = ready.poll()) != null) {
      work.run();
    }
  }

  private void purgeCancelled() {
    while (!timers.isEmpty() && timers.peek().cancelled) {
      timers.poll();
    }
  }

  /** A pending action on the clock. */
  public static final class Timer implements Comparable<Timer> {
    private final Instant due;
    private final long sequence;
    private final Runnable action;
    private boolean cancelled;
    private boolean fired;

    private Timer(Instant due, long sequence, Runnable action) {
      this.due = due;
      this.sequence = sequence;
      this.action = action;
    }

    public Instant due() {
      return due;
    }

    /** Whether it is still to fire: neither fired nor cancelled. */
    public boolean isPending() {
      return !fired && !cancelled;
    }

    /** Stops the timer; returns false when it already fired. */
    public boolean cancel() {
      if (fired) {
        return false;
      }
      cancelled = true;
      return true;
    }

    @Override
    public int compareTo(Timer other) {
      int byDue = due.compareTo(other.due);
      return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
    }
  }
}
