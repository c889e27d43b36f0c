/**
 * What the project's other modules (sfn-assertj, sfn-junit5, sfn-local, sfn-report,
 * sfn-conformance, sfn-bench) may use of sfn-test-core's internals, and all they may use: JSON as
 * the engine reads and compares it, ASL reference paths, the SDK's JSON wire shapes, and the port
 * through which a service outside the fake answers Task states ({@link
 * dev.sfntest.internal.shared.OutsideTasks}). Not API:
 * it changes with the project, but every change shows here, in one package, and the architecture
 * tests refuse any other reach into {@code dev.sfntest.internal}.
 */
package dev.sfntest.internal.shared;
