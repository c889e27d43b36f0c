package dev.sfntest.local.internal.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What {@code serve} says when it binds an address other machines can reach ({@code --host
 * 0.0.0.0}): the API checks no signature or credentials, and keeps what it is given in memory.
 */
final class ExposureWarning {

  private ExposureWarning() {}

  /** The warning for {@code host}, or {@code null} when only this machine can reach it. */
  static String forHost(String host, boolean savesDefinitions) {
    try {
      if (InetAddress.getByName(host).isLoopbackAddress()) {
        return null;
      }
    } catch (UnknownHostException e) {
      // the bind reports it; say nothing here
      return null;
    }
    return "warning: sfn-local listens on " + host + ", which other machines can reach. It checks no "
        + "signature or credentials: anyone who reaches it can create, run and delete state machines. "
        + (savesDefinitions ? "Executions are kept in memory only, and lost when it stops."
            : "Everything is kept in memory only, and lost when it stops.");
  }
}
