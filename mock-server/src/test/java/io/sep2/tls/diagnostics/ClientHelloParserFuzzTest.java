package io.sep2.tls.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.sep2.testing.ClientHelloBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: the parser and the diagnosis never throw, whatever bytes arrive. Seeded and bounded, so
 * a failure is reproducible from the printed seed and case number.
 */
class ClientHelloParserFuzzTest {

  private static final long SEED = 0x2030_5L;

  private static final HandshakeFailure[] FAILURES = {
    HandshakeFailure.alertSent(40, "handshake_failure(40)"),
    HandshakeFailure.alertSent(70, null),
    HandshakeFailure.peerClosed("EOF"),
    HandshakeFailure.timeout(null),
    HandshakeFailure.alertReceived(48, false),
    new HandshakeFailure(null, -5, 300, null, false, null),
  };

  @Test
  void randomBytesNeverBreakTheParser() {
    Random random = new Random(SEED);
    for (int i = 0; i < 1500; i++) {
      byte[] data = new byte[random.nextInt(i % 10 == 0 ? 4000 : 300)];
      random.nextBytes(data);
      if (i % 3 == 0 && data.length > 0) {
        data[0] = 22; // look like a handshake record
      }
      if (i % 6 == 0 && data.length > 2) {
        data[1] = 3;
      }
      check(data, "random #" + i);
    }
  }

  @Test
  void everyTruncationOfRealishHellosIsSafe() {
    List<byte[]> seeds = seeds();
    int cases = 0;
    for (byte[] seed : seeds) {
      for (int len = 0; len <= seed.length && cases < 3000; len += 1 + len / 200) {
        ClientHelloInfo info = check(Arrays.copyOf(seed, len), "truncated to " + len);
        if (seed[0] == 22 && len > 0 && len < seed.length) {
          assertThat(info.kind())
              .as("prefix of %d bytes", len)
              .isIn(ClientHelloInfo.Kind.TRUNCATED, ClientHelloInfo.Kind.TLS_HANDSHAKE);
        }
        cases++;
      }
    }
    assertThat(cases).isGreaterThan(500);
  }

  @Test
  void mutatedHellosNeverBreakTheParser() {
    Random random = new Random(SEED + 1);
    List<byte[]> seeds = seeds();
    for (int i = 0; i < 2500; i++) {
      byte[] data = seeds.get(random.nextInt(seeds.size())).clone();
      int mutations = 1 + random.nextInt(6);
      for (int m = 0; m < mutations && data.length > 1; m++) {
        int at = random.nextInt(data.length - 1);
        switch (random.nextInt(5)) {
          case 0:
            data[at] = (byte) random.nextInt(256);
            break;
          case 1:
            data[at] = (byte) 0xFF;
            data[at + 1] = (byte) 0xFF; // huge length
            break;
          case 2:
            data[at] = 0;
            data[at + 1] = 0; // zero length
            break;
          case 3:
            data = Arrays.copyOf(data, at + 1); // cut
            break;
          default:
            data[at] ^= (byte) (1 << random.nextInt(8)); // flip a bit
            break;
        }
      }
      check(data, "mutation #" + i);
    }
  }

  @Test
  void randomFragmentationGivesTheSameHello() {
    Random random = new Random(SEED + 2);
    ClientHelloInfo whole = ClientHelloParser.parse(ClientHelloBuilder.boringSslHello().bytes());
    for (int i = 0; i < 300; i++) {
      int fragment = 1 + random.nextInt(600);
      ClientHelloInfo info =
          check(ClientHelloBuilder.boringSslHello().records(fragment), "fragment " + fragment);
      assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
      assertThat(info.cipherSuites()).isEqualTo(whole.cipherSuites());
      assertThat(info.extensions()).isEqualTo(whole.extensions());
      assertThat(info.alpnProtocols()).isEqualTo(whole.alpnProtocols());
    }
  }

  private static List<byte[]> seeds() {
    List<byte[]> seeds = new ArrayList<>();
    seeds.add(ClientHelloBuilder.boringSslHello().bytes());
    seeds.add(ClientHelloBuilder.boringSslHello().records(50));
    seeds.add(ClientHelloBuilder.good2030_5Hello().bytes());
    seeds.add(ClientHelloBuilder.hello().noExtensions().bytes());
    seeds.add(
        HexFormat.of()
            .parseHex(
                "802e0103010015000000100000390000380000350000330000320000"
                    + "2f00000a"
                    + "000000000000000000000000000000000000"));
    seeds.add("GET /dcap HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return seeds;
  }

  private static ClientHelloInfo check(byte[] data, String what) {
    ClientHelloInfo info = null;
    try {
      info = ClientHelloParser.parse(data);
      assertThat(info).isNotNull();
      assertThat(info.kind()).isNotNull();
      assertThat(info.bytesCaptured()).isEqualTo(data.length);
      assertThat(info.summary()).isNotNull();
      info.cipherSuiteNames();
      info.offeredVersions();
      info.clientStack();
      for (HandshakeFailure failure : FAILURES) {
        Diagnosis d = HandshakeDiagnosis.diagnose(info, failure);
        assertThat(d.reason()).isNotBlank();
        assertThat(d.fix()).isNotBlank();
        d.toText();
      }
      HandshakeDiagnosis.helloProblems(info);
      if (info.kind() == ClientHelloInfo.Kind.TLS_HANDSHAKE && !info.malformed()) {
        assertThat(info.clientVersion()).isGreaterThanOrEqualTo(0);
      }
      return info;
    } catch (RuntimeException e) {
      fail(
          "threw on "
              + what
              + " (seed "
              + SEED
              + "): "
              + HexFormat.of().formatHex(data, 0, Math.min(data.length, 200))
              + (info == null ? "" : "\n" + info),
          e);
      return null;
    }
  }
}
