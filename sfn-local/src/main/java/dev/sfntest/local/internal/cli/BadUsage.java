package dev.sfntest.local.internal.cli;

/**
 * A command was given what it cannot use (a file it cannot read, a value it cannot parse, options
 * that go together given apart): the message says which, and the command exits with {@link
 * ExitCodes#USAGE}.
 */
final class BadUsage extends RuntimeException {

  BadUsage(String message) {
    super(message);
  }
}
