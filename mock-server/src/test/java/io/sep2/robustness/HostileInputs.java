package io.sep2.robustness;

import io.sep2.testing.ClientHelloBuilder;
import io.sep2.testing.TlsEncoding;
import java.io.ByteArrayOutputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Generates hostile first flights for the TLS port, reproducibly: input {@code i} of seed {@code s}
 * is always the same bytes, so a failure is replayed with {@code -Dsep2.fuzz.seed=s
 * -Dsep2.fuzz.only=i}. Starts from real ClientHellos ({@link Hellos}) and the PKI's real device
 * certificate chain, and breaks them in the ways the issue lists: mutated and truncated hellos,
 * wrong record types and lengths, oversized records, SSLv2-format hellos, garbage, early close, and
 * a good hello followed by a broken second flight.
 */
final class HostileInputs {

  /** How the client ends its side after sending. */
  enum Ending {
    /** shutdownOutput (FIN), then wait for the server to close. */
    HALF_CLOSE,
    /** SO_LINGER 0 and close: a TCP reset right after the bytes. */
    RESET,
    /** Keep the connection open and wait: the server must end it (alert, close or timeout). */
    STAY
  }

  /** One generated input. */
  record Input(long index, String kind, byte[] bytes, int chunk, Ending ending) {
    String describe() {
      return "input #"
          + index
          + " ("
          + kind
          + ", "
          + bytes.length
          + " bytes, chunk "
          + chunk
          + ", "
          + ending
          + "): "
          + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 96))
          + (bytes.length > 96 ? "..." : "");
    }
  }

  private static final int MAX_RECORD = 16384;

  private final long seed;
  private final List<byte[]> hellos;
  private final byte[] goodHello;
  private final List<byte[]> deviceChain;

  HostileInputs(long seed) {
    this.seed = seed;
    this.goodHello = Hellos.good2030_5();
    this.hellos =
        List.of(goodHello, Hellos.sunJsseDefault(), ClientHelloBuilder.boringSslHello().bytes());
    this.deviceChain =
        GoodClient.PKI.device().chainWithoutRoot().stream().map(HostileInputs::der).toList();
  }

  private static byte[] der(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Input number {@code index}. */
  Input input(long index) {
    Random r = new Random(seed * 0x9E3779B97F4A7C15L + index);
    String kind;
    byte[] bytes;
    int pick = r.nextInt(100);
    if (pick < 28) {
      kind = "mutated-hello";
      bytes = mutate(r, pickHello(r), 1 + r.nextInt(8));
    } else if (pick < 36) {
      kind = "truncated-hello";
      byte[] hello = pickHello(r);
      bytes = Arrays.copyOf(hello, r.nextInt(hello.length));
    } else if (pick < 43) {
      kind = "fragmented-hello";
      bytes = fragmented(r);
    } else if (pick < 50) {
      kind = "wrong-record-type";
      bytes = wrongRecordType(r);
    } else if (pick < 57) {
      kind = "wrong-lengths";
      bytes = wrongLengths(r);
    } else if (pick < 62) {
      kind = "oversized-record";
      bytes = oversized(r);
    } else if (pick < 68) {
      kind = "sslv2-hello";
      bytes = sslv2(r);
    } else if (pick < 74) {
      kind = "garbage";
      bytes = garbage(r);
    } else if (pick < 77) {
      kind = "plain-text";
      bytes = plainText(r);
    } else if (pick < 90) {
      kind = "hello-then-bad-flight";
      bytes = helloThenBadFlight(r);
    } else if (pick < 94) {
      kind = "record-storm";
      bytes = recordStorm(r);
    } else if (pick < 98) {
      kind = "early-close";
      bytes = Arrays.copyOf(goodHello, r.nextInt(goodHello.length));
    } else {
      kind = "empty";
      bytes = new byte[0];
    }
    int chunk = r.nextInt(4) == 0 ? 1 + r.nextInt(64) : Integer.MAX_VALUE;
    int e = r.nextInt(100);
    Ending ending = e < 80 ? Ending.HALF_CLOSE : e < 94 ? Ending.RESET : Ending.STAY;
    if (kind.equals("early-close")) {
      ending = r.nextBoolean() ? Ending.RESET : Ending.HALF_CLOSE;
    }
    return new Input(index, kind, bytes, chunk, ending);
  }

  private byte[] pickHello(Random r) {
    return hellos.get(r.nextInt(hellos.size())).clone();
  }

  /** Byte-level mutations of a real hello, as a classic mutational fuzzer makes them. */
  static byte[] mutate(Random r, byte[] data, int mutations) {
    for (int m = 0; m < mutations && data.length > 1; m++) {
      int at = r.nextInt(data.length - 1);
      switch (r.nextInt(9)) {
        case 0 -> data[at] = (byte) r.nextInt(256);
        case 1 -> {
          data[at] = (byte) 0xFF; // a huge length
          data[at + 1] = (byte) 0xFF;
        }
        case 2 -> {
          data[at] = 0; // a zero length
          data[at + 1] = 0;
        }
        case 3 -> data = Arrays.copyOf(data, at + 1);
        case 4 -> data[at] ^= (byte) (1 << r.nextInt(8));
        case 5 -> {
          byte[] insert = new byte[1 + r.nextInt(32)];
          r.nextBytes(insert);
          data = splice(data, at, 0, insert);
        }
        case 6 ->
            data = splice(data, at, Math.min(data.length - at, 1 + r.nextInt(32)), new byte[0]);
        case 7 -> {
          int len = Math.min(data.length - at, 1 + r.nextInt(64));
          data = splice(data, at, 0, Arrays.copyOfRange(data, at, at + len));
        }
        default -> {
          data[at] = (byte) (data[at] + 1); // off-by-one in a length
        }
      }
    }
    return data;
  }

  private static byte[] splice(byte[] data, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(data, 0, at);
    out.writeBytes(insert);
    out.write(data, at + remove, data.length - at - remove);
    return out.toByteArray();
  }

  /** A hello split into records of random sizes, sometimes with foreign records in between. */
  private byte[] fragmented(Random r) {
    byte[] message = TlsEncoding.handshakeMessageOf(pickHello(r));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int off = 0;
    while (off < message.length) {
      int len = Math.min(message.length - off, r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(300));
      out.writeBytes(TlsEncoding.record(22, 0x0301 + r.nextInt(3), len, slice(message, off, len)));
      off += len;
      if (r.nextInt(10) == 0) {
        int type = new int[] {20, 21, 23, 24, 22}[r.nextInt(5)];
        byte[] body = new byte[r.nextInt(8)];
        r.nextBytes(body);
        out.writeBytes(TlsEncoding.record(type, 0x0303, body.length, body));
      }
    }
    return r.nextInt(4) == 0 ? mutate(r, out.toByteArray(), 1 + r.nextInt(3)) : out.toByteArray();
  }

  private static byte[] slice(byte[] data, int off, int len) {
    return Arrays.copyOfRange(data, off, off + len);
  }

  /** A record whose content type is not handshake (or an unknown one), around various bodies. */
  private byte[] wrongRecordType(Random r) {
    int[] types = {0, 1, 19, 20, 21, 23, 24, 25, 26, 99, 127, 128, 200, 255};
    int type = r.nextInt(3) == 0 ? r.nextInt(256) : types[r.nextInt(types.length)];
    if (type == 22) {
      type = 23;
    }
    byte[] body =
        r.nextBoolean()
            ? TlsEncoding.handshakeMessageOf(pickHello(r))
            : randomBytes(r, r.nextInt(600));
    int version = r.nextInt(4) == 0 ? r.nextInt(0x10000) : 0x0300 + r.nextInt(5);
    byte[] record = TlsEncoding.record(type, version, body.length, body);
    if (r.nextBoolean()) {
      record = TlsEncoding.concat(record, pickHello(r)); // and then a proper hello
    }
    return record;
  }

  /** A real hello whose record length or handshake length (or both) lie. */
  private byte[] wrongLengths(Random r) {
    byte[] hello = pickHello(r);
    int real = hello.length - 5;
    int[] recordLengths = {0, 1, 3, 4, real - 1, real + 1, real + 100, MAX_RECORD, 0xFFFF};
    if (r.nextBoolean()) {
      int len = r.nextInt(3) == 0 ? r.nextInt(0x10000) : recordLengths[r.nextInt(9)];
      hello[3] = (byte) (len >> 8);
      hello[4] = (byte) len;
    }
    if (r.nextBoolean() && hello.length > 9) {
      int hs = real - 4;
      int[] hsLengths = {0, 1, hs - 1, hs + 1, 0xFFFFFF, 0x010000, MAX_RECORD + 1};
      int len = r.nextInt(3) == 0 ? r.nextInt(0x1000000) : hsLengths[r.nextInt(hsLengths.length)];
      hello[6] = (byte) (len >> 16);
      hello[7] = (byte) (len >> 8);
      hello[8] = (byte) len;
    }
    if (r.nextInt(3) == 0) {
      // an inner vector length (session id, suites, compression or extensions) lies too
      hello = mutate(r, hello, 1);
    }
    return hello;
  }

  /** A record beyond the 2^14 + 2048 bytes TLS allows even for ciphertext. */
  private byte[] oversized(Random r) {
    int limit = MAX_RECORD + 2048;
    int declared =
        r.nextInt(4) == 0 ? limit + 1 : limit + 1 + r.nextInt(0xFFFF - limit); // up to 65535
    int type = r.nextInt(4) == 0 ? 23 : 22;
    int sent = r.nextInt(3) == 0 ? declared : r.nextInt(Math.min(declared, 20_000));
    byte[] body = new byte[sent];
    if (type == 22 && sent > 4) {
      byte[] message = TlsEncoding.handshakeMessageOf(goodHello);
      System.arraycopy(message, 0, body, 0, Math.min(message.length, sent));
    } else {
      r.nextBytes(body);
    }
    return TlsEncoding.record(type, 0x0303, declared, body);
  }

  /** An SSLv2-format (compatibility) ClientHello, consistent or not, sometimes offering 0xC0AE. */
  private static byte[] sslv2(Random r) {
    ByteArrayOutputStream specs = new ByteArrayOutputStream();
    int count = r.nextInt(20);
    for (int i = 0; i < count; i++) {
      int code = r.nextInt(4) == 0 ? 0xC0AE : r.nextInt(0x10000);
      specs.write(r.nextInt(5) == 0 ? 1 + r.nextInt(7) : 0);
      specs.write(code >> 8);
      specs.write(code);
    }
    byte[] sid = randomBytes(r, r.nextInt(4) == 0 ? 16 : 0);
    byte[] challenge = randomBytes(r, 16 + r.nextInt(17));
    int[] versions = {0x0002, 0x0300, 0x0301, 0x0303, 0x0304, r.nextInt(0x10000)};
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(1); // client_hello
    body.writeBytes(TlsEncoding.u16s(versions[r.nextInt(versions.length)]));
    int specLength = r.nextInt(5) == 0 ? r.nextInt(0x10000) : specs.size();
    body.writeBytes(TlsEncoding.u16s(specLength, sid.length, challenge.length));
    body.writeBytes(specs.toByteArray());
    body.writeBytes(sid);
    body.writeBytes(challenge);
    byte[] b = body.toByteArray();
    int length = r.nextInt(6) == 0 ? r.nextInt(0x8000) : b.length;
    byte[] header = {(byte) (0x80 | (length >> 8)), (byte) length};
    return TlsEncoding.concat(header, b);
  }

  private static byte[] garbage(Random r) {
    byte[] data = randomBytes(r, 1 + r.nextInt(r.nextInt(10) == 0 ? 40_000 : 2048));
    switch (r.nextInt(4)) {
      case 0 -> data[0] = 22; // looks like a handshake record
      case 1 -> {
        data[0] = 22;
        if (data.length > 2) {
          data[1] = 3;
        }
      }
      default -> {
        // pure noise
      }
    }
    return data;
  }

  private static byte[] plainText(Random r) {
    String[] texts = {
      "GET /dcap HTTP/1.1\r\nHost: localhost\r\n\r\n",
      "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
      "SSH-2.0-OpenSSH_9.6\r\n",
      "HEAD / HTTP/1.0\r\n\r\n",
      "\r\n\r\n\r\n",
      "STARTTLS\r\n",
      "EHLO example.com\r\n"
    };
    return texts[r.nextInt(texts.length)].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /**
   * A good 2030.5 hello, then a broken second flight: a mutated client Certificate (real device
   * chain, damaged DER, deeply nested DER), junk handshake messages, an early ChangeCipherSpec or
   * application data, a second ClientHello, alerts.
   */
  private byte[] helloThenBadFlight(Random r) {
    ByteArrayOutputStream flight = new ByteArrayOutputStream();
    int messages = 1 + r.nextInt(3);
    for (int i = 0; i < messages; i++) {
      switch (r.nextInt(8)) {
        case 0, 1 -> flight.writeBytes(records(certificateMessage(r), r));
        case 2 -> {
          byte[] body = randomBytes(r, r.nextInt(300));
          int type = new int[] {0, 1, 2, 4, 11, 12, 13, 14, 15, 16, 20, 24, 254}[r.nextInt(13)];
          flight.writeBytes(records(TlsEncoding.handshakeMessage(type, body), r));
        }
        case 3 -> flight.writeBytes(TlsEncoding.record(20, 0x0303, 1, new byte[] {1}));
        case 4 -> flight.writeBytes(TlsEncoding.record(23, 0x0303, 40, randomBytes(r, 40)));
        case 5 -> flight.writeBytes(pickHello(r)); // renegotiation attempt before the end
        case 6 ->
            flight.writeBytes(
                TlsEncoding.record(
                    21, 0x0303, 2, new byte[] {(byte) (1 + r.nextInt(2)), (byte) r.nextInt(256)}));
        default -> {
          // ClientKeyExchange with a bad point, then a bogus Finished
          byte[] point = randomBytes(r, r.nextInt(100));
          point = TlsEncoding.concat(new byte[] {(byte) point.length}, point);
          flight.writeBytes(records(TlsEncoding.handshakeMessage(16, point), r));
          flight.writeBytes(TlsEncoding.record(20, 0x0303, 1, new byte[] {1}));
          flight.writeBytes(TlsEncoding.record(22, 0x0303, 24, randomBytes(r, 24)));
        }
      }
    }
    return TlsEncoding.concat(goodHello, flight.toByteArray());
  }

  private static byte[] records(byte[] message, Random r) {
    return TlsEncoding.handshakeRecords(
        message, r.nextInt(3) == 0 ? 1 + r.nextInt(500) : MAX_RECORD, 0x0303);
  }

  /** A TLS 1.2 Certificate message around the device chain, damaged in one of several ways. */
  private byte[] certificateMessage(Random r) {
    ByteArrayOutputStream list = new ByteArrayOutputStream();
    int kind = r.nextInt(5);
    for (byte[] der : deviceChain) {
      byte[] cert = der.clone();
      if (kind == 0) {
        cert = mutate(r, cert, 1 + r.nextInt(6));
      } else if (kind == 1) {
        cert = deeplyNested(r);
      } else if (kind == 2) {
        cert = Arrays.copyOf(cert, r.nextInt(cert.length));
      }
      int declared = kind == 3 ? cert.length + 1 + r.nextInt(1000) : cert.length;
      list.writeBytes(u24(declared));
      list.writeBytes(cert);
      if (kind == 4) {
        list.writeBytes(u24(0)); // an empty certificate in the list
      }
    }
    byte[] l = list.toByteArray();
    return TlsEncoding.handshakeMessage(11, TlsEncoding.concat(u24(l.length), l));
  }

  /** DER nested thousands of levels deep (definite or indefinite lengths): a stack-depth probe. */
  static byte[] deeplyNested(Random r) {
    int depth = 1000 + r.nextInt(7000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean indefinite = r.nextBoolean();
    for (int i = 0; i < depth; i++) {
      out.write(r.nextBoolean() ? 0x30 : 0xA0);
      out.write(indefinite ? 0x80 : 0x82);
      if (!indefinite) {
        int remaining = (depth - i - 1) * 4;
        out.write(remaining >> 8);
        out.write(remaining);
      }
    }
    return out.toByteArray();
  }

  /** Thousands of tiny records: empty handshake fragments, warning alerts, CCS or heartbeats. */
  private byte[] recordStorm(Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int count = 100 + r.nextInt(4000);
    int style = r.nextInt(4);
    for (int i = 0; i < count; i++) {
      switch (style) {
        case 0 -> out.writeBytes(TlsEncoding.record(22, 0x0303, 0, new byte[0]));
        case 1 -> out.writeBytes(TlsEncoding.record(21, 0x0303, 2, new byte[] {1, 0}));
        case 2 -> out.writeBytes(TlsEncoding.record(20, 0x0303, 1, new byte[] {1}));
        default -> out.writeBytes(TlsEncoding.record(24, 0x0303, 3, new byte[] {1, 0, 0}));
      }
    }
    return r.nextBoolean() ? TlsEncoding.concat(out.toByteArray(), goodHello) : out.toByteArray();
  }

  private static byte[] u24(int v) {
    return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
  }

  private static byte[] randomBytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }
}
