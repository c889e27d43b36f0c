package dev.sfntest.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sfntest.local.LocalSettings;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Nothing listens beyond this machine unless told to: the server and the CLI bind 127.0.0.1. */
class LoopbackBindingTest {

  @Test
  void a_server_binds_127_0_0_1_unless_told_otherwise() {
    try (Served served = new Served()) {
      assertThat(served.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void the_cli_binds_127_0_0_1_by_default_and_with_step_functions_local_variables() {
    assertThat(LocalSettings.defaults().host()).isEqualTo("127.0.0.1");
    assertThat(LocalSettings.fromEnvironment(Map.of("AWS_DEFAULT_REGION", "eu-west-1", "AWS_ACCOUNT_ID",
        "210987654321", "WAIT_TIME_SCALE", "0.5")).host()).isEqualTo("127.0.0.1");
  }

  @Test
  void the_machines_other_addresses_are_refused() throws SocketException {
    try (Served served = new Served()) {
      // GIVEN every address of this machine that is not loopback
      List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
          .flatMap(NetworkInterface::inetAddresses)
          .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
          .collect(Collectors.toList());

      // THEN none of them reaches the server
      for (InetAddress other : others) {
        Throwable refused = catchThrowable(() -> {
          try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(other, served.address().getPort()), 2_000);
          }
        });
        assertThat(refused).as("connecting on %s", other).isInstanceOf(ConnectException.class);
      }
    }
  }
}
