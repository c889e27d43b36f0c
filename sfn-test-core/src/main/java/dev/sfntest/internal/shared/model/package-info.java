/**
 * SDK model objects as JSON, shared like the rest of {@code shared} (sfn-local's wire answers, the
 * conformance runner's observations, replay's comparison). A package of its own because the sdk
 * adapter uses it while {@code shared} uses the sdk adapter: apart, the packages form no cycle.
 */
package dev.sfntest.internal.shared.model;
