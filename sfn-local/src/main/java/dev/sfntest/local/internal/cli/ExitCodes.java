package dev.sfntest.local.internal.cli;

/** The exit codes scripts can rely on. */
public final class ExitCodes {

  /** The execution succeeded; the definition is valid; the server stopped normally. */
  public static final int OK = 0;
  /** The execution failed, timed out, was aborted or could not finish; the definition is invalid. */
  public static final int FAILED = 1;
  /** Bad usage, or a definition, input or file that cannot be used. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
