/**
 * How {@link dev.sfntest.junit5.SfnExtension} works inside: settings resolution, the fake and live
 * environments, deployments, the recording client and the failure report. Not API: anything here
 * may change in any release.
 */
package dev.sfntest.junit5.internal;
