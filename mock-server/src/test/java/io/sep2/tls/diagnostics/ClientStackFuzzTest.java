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
 * Property: {@link ClientStack#identify} never throws and always gives a one-line summary, whatever
 * bytes arrive; too little or broken input gives {@code Client stack: unknown (<reason>)}. Seeded
 * and bounded like {@link ClientHelloParserFuzzTest}.
 */
class ClientStackFuzzTest {

  private static final long SEED = 0x2030_5L + 7;

  @Test
  void inputThatIsNotAHelloGivesAReason() {
    assertThat(ClientStack.identify(null).summary())
        .isEqualTo("Client stack: unknown (no ClientHello was captured)");
    assertThat(ClientStack.identify(ClientHelloParser.parse(new byte[0])).summary())
        .isEqualTo("Client stack: unknown (the client sent no bytes)");
    assertThat(
            ClientStack.identify(
                    ClientHelloParser.parse(
                        "GET /dcap HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
                .summary())
        .isEqualTo("Client stack: unknown (plain HTTP, not TLS)");
    byte[] hello = ClientHelloBuilder.boringSslHello().bytes();
    ClientStack cut = ClientStack.identify(ClientHelloParser.parse(Arrays.copyOf(hello, 60)));
    assertThat(cut.summary())
        .startsWith("Client stack: unknown (ClientHello too short to fingerprint");
    assertThat(cut.fingerprinted()).isFalse();
    assertThat(cut.ja3()).isNull();
    assertThat(cut.stack()).isEqualTo(TlsStack.UNKNOWN);
    ClientStack sslv2 =
        ClientStack.identify(
            ClientHelloParser.parse(
                HexFormat.of()
                    .parseHex(
                        "802e0103010015000000100000390000380000350000330000320000"
                            + "2f00000a000000000000000000000000000000000000")));
    assertThat(sslv2.summary()).contains("SSLv2-format hello");
  }

  @Test
  void randomAndMutatedInputNeverBreaksIdentification() {
    Random random = new Random(SEED);
    List<byte[]> seeds = seeds();
    for (int i = 0; i < 3000; i++) {
      byte[] data;
      if (i % 4 == 0) {
        data = new byte[random.nextInt(400)];
        random.nextBytes(data);
        if (data.length > 1) {
          data[0] = 22;
          data[1] = 3;
        }
      } else {
        data = seeds.get(random.nextInt(seeds.size())).clone();
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations && data.length > 1; m++) {
          int at = random.nextInt(data.length - 1);
          switch (random.nextInt(4)) {
            case 0:
              data[at] = (byte) random.nextInt(256);
              break;
            case 1:
              data[at] = (byte) 0xFF;
              data[at + 1] = (byte) 0xFF;
              break;
            case 2:
              data = Arrays.copyOf(data, at + 1);
              break;
            default:
              data[at] ^= (byte) (1 << random.nextInt(8));
              break;
          }
        }
      }
      check(data, "case #" + i);
    }
  }

  @Test
  void everyTruncationIsSafe() {
    int cases = 0;
    for (byte[] seed : seeds()) {
      for (int len = 0; len <= seed.length; len += 1 + len / 100) {
        ClientStack stack = check(Arrays.copyOf(seed, len), "truncated to " + len);
        if (len < seed.length && seed[0] == 22) {
          assertThat(stack.summary()).as("prefix %d", len).startsWith("Client stack: unknown (");
        }
        cases++;
      }
    }
    assertThat(cases).isGreaterThan(300);
  }

  private static List<byte[]> seeds() {
    List<byte[]> seeds = new ArrayList<>();
    seeds.add(ClientHelloBuilder.boringSslHello().bytes());
    seeds.add(ClientHelloBuilder.boringSslHello().records(70));
    seeds.add(ClientHelloBuilder.good2030_5Hello().bytes());
    seeds.add(ClientHelloBuilder.hello().noExtensions().bytes());
    for (Ja3Ja4Test.Vectors.Recorded r : Ja3Ja4Test.Vectors.recorded()) {
      seeds.add(r.bytes());
    }
    return seeds;
  }

  private static ClientStack check(byte[] data, String what) {
    try {
      ClientHelloInfo info = ClientHelloParser.parse(data);
      ClientStack stack = ClientStack.identify(info);
      assertThat(stack).isNotNull();
      assertThat(stack.summary()).startsWith("Client stack: ").doesNotContain("\n");
      assertThat(stack.fixAdvice()).isNotBlank();
      if (stack.fingerprinted()) {
        assertThat(stack.ja4())
            .matches("t[0-9ds][0-9123][di][0-9]{4}[0-9a-zA-Z]{2}_[0-9a-f]{12}_[0-9a-f]{12}");
        assertThat(stack.ja3Hash()).matches("[0-9a-f]{32}");
      } else {
        assertThat(stack.reason()).isNotBlank();
      }
      return stack;
    } catch (RuntimeException e) {
      fail(
          "threw on "
              + what
              + " (seed "
              + SEED
              + "): "
              + HexFormat.of().formatHex(data, 0, Math.min(data.length, 200)),
          e);
      return null;
    }
  }
}
