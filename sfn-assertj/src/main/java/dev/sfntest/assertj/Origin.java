package dev.sfntest.assertj;

import dev.sfntest.assertj.internal.Trace;
import dev.sfntest.core.Execution;

/**
 * Where a navigated assertion comes from: the execution, its history as read when navigating, how
 * to open further assertions, and the execution assertion to return to.
 */
record Origin(Execution execution, Trace trace, Navigation navigation, AbstractExecutionAssert<?> parent) {}
