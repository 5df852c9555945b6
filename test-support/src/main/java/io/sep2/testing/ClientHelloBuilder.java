package io.sep2.testing;

import static io.sep2.testing.TlsEncoding.u16;
import static io.sep2.testing.TlsEncoding.u16s;
import static io.sep2.testing.TlsEncoding.vector16;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds ClientHello bytes for tests, field by field, like a TLS client would put them on the wire.
 * Starts from a bare hello ({@link #hello()}) or from a named shape of a real client: {@link
 * #good2030_5Hello()}, {@link #boringSslHello()}, {@link #chromeHello()}. Fixed bytes where a real
 * client has random ones (client random, session id, key shares), so each shape is always the same.
 */
public final class ClientHelloBuilder {

  /** {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}, the one 2030.5 suite. */
  public static final int CCM_8 = 0xC0AE;

  private int recordVersion = 0x0301;
  private int clientVersion = 0x0303;
  private int sessionIdLength = 32;
  private int[] suites = {CCM_8};
  private final List<byte[]> extensions = new ArrayList<>();
  private boolean noExtensionsBlock;

  private ClientHelloBuilder() {}

  /** A TLS 1.2 hello offering only CCM_8, with an empty extensions block. */
  public static ClientHelloBuilder hello() {
    return new ClientHelloBuilder();
  }

  /** A ClientHello as a 2030.5 client (OpenSSL configured for CCM_8) sends it. */
  public static ClientHelloBuilder good2030_5Hello() {
    return hello()
        .suites(CCM_8, 0x00FF)
        .pointFormats(0, 1, 2)
        .groups(0x001D, 0x0017, 0x001E, 0x0019, 0x0018)
        .sigalgs(0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0804, 0x0805, 0x0806, 0x0401)
        .extension(0x0017, new byte[0]);
  }

  /**
   * A ClientHello shaped like Chrome's / Postman's (BoringSSL): GREASE suites, groups, versions and
   * extensions, TLS 1.3 first, and no CCM suite.
   */
  public static ClientHelloBuilder boringSslHello() {
    return boringSsl(0x0A0A, 0x1A1A, new int[] {0x2A2A, 0x001D, 0x0017, 0x0018}, 0x4469)
        .extension(0x0015, new byte[40]);
  }

  /**
   * The ClientHello of a current Chrome (and Postman, and every Electron app): BoringSSL's shape
   * with the X25519MLKEM768 group (0x11EC), the new application_settings code point (0x44CD) and no
   * padding; AES-GCM and ChaCha20 suites, no CCM at all.
   */
  public static ClientHelloBuilder chromeHello() {
    return boringSsl(0x1A1A, 0x0A0A, new int[] {0x2A2A, 0x11EC, 0x001D, 0x0017, 0x0018}, 0x44CD);
  }

  /** BoringSSL's suites and extensions, in its fixed order, up to the trailing GREASE extension. */
  private static ClientHelloBuilder boringSsl(
      int greaseSuite, int greaseExtension, int[] groups, int applicationSettings) {
    return hello()
        .suites(
            greaseSuite,
            0x1301,
            0x1302,
            0x1303,
            0xC02B,
            0xC02F,
            0xC02C,
            0xC030,
            0xCCA9,
            0xCCA8,
            0xC013,
            0xC014,
            0x009C,
            0x009D,
            0x002F,
            0x0035)
        .extension(greaseExtension, new byte[0])
        .sni("localhost")
        .extension(0x0017, new byte[0])
        .extension(0xFF01, new byte[] {0})
        .groups(groups)
        .pointFormats(0)
        .extension(0x0023, new byte[0])
        .alpn("h2", "http/1.1")
        .extension(0x0005, new byte[] {1, 0, 0, 0, 0})
        .sigalgs(0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601)
        .extension(0x0012, new byte[0])
        .keyShare(0x2A2A, 1, 0x001D, 32)
        .extension(0x002D, new byte[] {1, 1})
        .versions(0x3A3A, 0x0304, 0x0303)
        .extension(0x001B, new byte[] {2, 0, 2})
        .extension(applicationSettings, new byte[] {0, 3, 2, 'h', '2'})
        .extension(0x4A4A, new byte[] {0});
  }

  public ClientHelloBuilder recordVersion(int version) {
    this.recordVersion = version;
    return this;
  }

  public ClientHelloBuilder clientVersion(int version) {
    this.clientVersion = version;
    return this;
  }

  public ClientHelloBuilder sessionIdLength(int length) {
    this.sessionIdLength = length;
    return this;
  }

  public ClientHelloBuilder suites(int... codes) {
    this.suites = codes.clone();
    return this;
  }

  /** Leaves out the extensions block (and its length) altogether. */
  public ClientHelloBuilder noExtensions() {
    this.noExtensionsBlock = true;
    return this;
  }

  public ClientHelloBuilder extension(int type, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    u16(out, type);
    u16(out, data.length);
    out.writeBytes(data);
    extensions.add(out.toByteArray());
    return this;
  }

  public ClientHelloBuilder groups(int... codes) {
    return extension(0x000A, vector16(u16s(codes)));
  }

  public ClientHelloBuilder sigalgs(int... codes) {
    return extension(0x000D, vector16(u16s(codes)));
  }

  public ClientHelloBuilder versions(int... codes) {
    byte[] body = u16s(codes);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(body.length);
    out.writeBytes(body);
    return extension(0x002B, out.toByteArray());
  }

  public ClientHelloBuilder pointFormats(int... formats) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(formats.length);
    for (int f : formats) {
      out.write(f);
    }
    return extension(0x000B, out.toByteArray());
  }

  public ClientHelloBuilder sni(String host) {
    byte[] name = host.getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream entry = new ByteArrayOutputStream();
    entry.write(0);
    u16(entry, name.length);
    entry.writeBytes(name);
    return extension(0x0000, vector16(entry.toByteArray()));
  }

  public ClientHelloBuilder alpn(String... protocols) {
    ByteArrayOutputStream list = new ByteArrayOutputStream();
    for (String p : protocols) {
      byte[] b = p.getBytes(StandardCharsets.US_ASCII);
      list.write(b.length);
      list.writeBytes(b);
    }
    return extension(0x0010, vector16(list.toByteArray()));
  }

  /** Pairs of (group, key length); the keys are zeros. */
  public ClientHelloBuilder keyShare(int... groupAndLength) {
    ByteArrayOutputStream list = new ByteArrayOutputStream();
    for (int i = 0; i + 1 < groupAndLength.length; i += 2) {
      u16(list, groupAndLength[i]);
      u16(list, groupAndLength[i + 1]);
      list.writeBytes(new byte[groupAndLength[i + 1]]);
    }
    return extension(0x0033, vector16(list.toByteArray()));
  }

  /** The handshake message: type 1, 24-bit length, body. */
  public byte[] handshakeMessage() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    u16(body, clientVersion);
    for (int i = 0; i < 32; i++) {
      body.write(i);
    }
    body.write(sessionIdLength);
    body.writeBytes(new byte[sessionIdLength]);
    u16(body, suites.length * 2);
    body.writeBytes(u16s(suites));
    body.write(1);
    body.write(0);
    if (!noExtensionsBlock) {
      ByteArrayOutputStream exts = new ByteArrayOutputStream();
      extensions.forEach(exts::writeBytes);
      u16(body, exts.size());
      body.writeBytes(exts.toByteArray());
    }
    return TlsEncoding.handshakeMessage(1, body.toByteArray());
  }

  /** The hello in one TLS record. */
  public byte[] bytes() {
    return records(16384);
  }

  /** The hello split into handshake records of at most {@code fragment} bytes each. */
  public byte[] records(int fragment) {
    return TlsEncoding.handshakeRecords(handshakeMessage(), fragment, recordVersion);
  }
}
