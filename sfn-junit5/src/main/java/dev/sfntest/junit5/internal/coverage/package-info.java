/**
 * Workflow coverage for the extension, when {@code sfn-report} is on the test classpath: the
 * executions each test started are recorded after it, the report is written when the run ends,
 * and a failed test gets pictures of its executions. {@link CoverageHook} is the only way in; it
 * checks that sfn-report is there before any class of this package that uses it is loaded.
 */
package dev.sfntest.junit5.internal.coverage;
