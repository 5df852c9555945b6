package io.sep2.tls.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.server.internal.capture.PcapngWriter;
import io.sep2.testing.Tshark;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our JA3 against Wireshark's ({@code tls.handshake.ja3_full} and {@code tls.handshake.ja3}) for
 * every hello of {@link ClientStackIdentificationTest}'s table, live and recorded: the hellos are
 * written into one pcapng (one TCP connection each) and read back with tshark. tshark 4.0 has no
 * JA4 field (JA4 arrived in 4.2); JA4 is checked against FoxIO's published values in {@link
 * Ja3Ja4Test}. tshark is required; without it the test fails.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FingerprintTsharkCrossCheckTest {

  @TempDir Path dir;

  @Test
  void ja3MatchesWiresharkForEveryLiveAndRecordedHello() throws Exception {
    List<ClientStackIdentificationTest.Case> cases = ClientStackIdentificationTest.cases();
    Map<Integer, ClientHelloInfo> byPort = new HashMap<>();
    Map<Integer, String> names = new HashMap<>();
    Path file = dir.resolve("hellos.pcapng");
    try (PcapngWriter pcap = PcapngWriter.open(file)) {
      int port = 41_000;
      for (ClientStackIdentificationTest.Case c : cases) {
        byte[] hello = c.hello().call();
        port++;
        PcapngWriter.Connection connection =
            pcap.connection(
                new InetSocketAddress("127.0.0.1", port), new InetSocketAddress("127.0.0.2", 443));
        connection.clientToServer(hello, 0, hello.length);
        connection.close();
        byPort.put(port, ClientHelloParser.parse(hello));
        names.put(port, c.toString());
      }
    }

    String out =
        Tshark.read(
            file,
            "-Y",
            "tls.handshake.type == 1",
            "-T",
            "fields",
            "-E",
            "separator=|",
            "-e",
            "tcp.srcport",
            "-e",
            "tls.handshake.ja3_full",
            "-e",
            "tls.handshake.ja3");
    List<String> compared = new ArrayList<>();
    for (String line : out.lines().filter(l -> !l.isBlank()).toList()) {
      String[] f = line.split("\\|", -1);
      int port = Integer.parseInt(f[0].strip());
      ClientHelloInfo info = byPort.get(port);
      assertThat(Ja3.string(info)).as(names.get(port)).isEqualTo(f[1].strip());
      assertThat(Ja3.hash(info)).as(names.get(port)).isEqualTo(f[2].strip());
      compared.add(names.get(port));
    }
    assertThat(compared).as(out).hasSize(cases.size());
  }
}
