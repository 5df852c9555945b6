package io.sep2.it.interop;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The ClientHello of Chrome, Postman and every Electron app (BoringSSL), byte for byte in shape:
 * GREASE values, TLS 1.3 first, AES-GCM and ChaCha20 suites and no CCM at all, X25519 key share,
 * ALPN h2. Sent raw over a socket, since no BoringSSL client is installable from Debian.
 */
final class ChromeLikeHello {

  private ChromeLikeHello() {}

  /** The TLS record holding the ClientHello. */
  static byte[] bytes() {
    SecureRandom random = new SecureRandom();
    Bytes extensions = new Bytes();
    extensions.ext(0x0A0A, new byte[0]); // GREASE
    Bytes sni = new Bytes();
    byte[] host = "localhost".getBytes(StandardCharsets.US_ASCII);
    sni.u16(host.length + 3).u8(0).u16(host.length).raw(host);
    extensions.ext(0x0000, sni.get()); // server_name
    extensions.ext(0x0017, new byte[0]); // extended_master_secret
    extensions.ext(0xFF01, new byte[] {0}); // renegotiation_info
    extensions.ext(
        0x000A, list16(0x2A2A, 0x11EC, 0x001D, 0x0017, 0x0018)); // groups: X25519MLKEM768..
    extensions.ext(0x000B, new byte[] {1, 0}); // ec_point_formats: uncompressed
    extensions.ext(0x0023, new byte[0]); // session_ticket
    Bytes alpn = new Bytes();
    alpn.u16(12).u8(2).raw("h2".getBytes(StandardCharsets.US_ASCII));
    alpn.u8(8).raw("http/1.1".getBytes(StandardCharsets.US_ASCII));
    extensions.ext(0x0010, alpn.get());
    extensions.ext(0x0005, new byte[] {1, 0, 0, 0, 0}); // status_request
    extensions.ext(0x000D, list16(0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601));
    extensions.ext(0x0012, new byte[0]); // signed_certificate_timestamp
    Bytes keyShare = new Bytes();
    byte[] x25519 = new byte[32];
    random.nextBytes(x25519);
    keyShare.u16(5 + 36).u16(0x2A2A).u16(1).u8(0).u16(0x001D).u16(32).raw(x25519);
    extensions.ext(0x0033, keyShare.get()); // key_share: GREASE, x25519
    extensions.ext(0x002D, new byte[] {1, 1}); // psk_key_exchange_modes
    extensions.ext(0x002B, new byte[] {6, 0x3A, 0x3A, 3, 4, 3, 3}); // versions: GREASE, 1.3, 1.2
    extensions.ext(0x001B, new byte[] {2, 0, 2}); // compress_certificate: brotli
    extensions.ext(0x44CD, new byte[] {0, 3, 2, 'h', '2'}); // application_settings
    extensions.ext(0x4A4A, new byte[] {0}); // GREASE

    Bytes hello = new Bytes();
    hello.u16(0x0303);
    byte[] clientRandom = new byte[32];
    random.nextBytes(clientRandom);
    hello.raw(clientRandom);
    byte[] sessionId = new byte[32];
    random.nextBytes(sessionId);
    hello.u8(32).raw(sessionId);
    hello.raw(
        list16(
            0x1A1A, 0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC013,
            0xC014, 0x009C, 0x009D, 0x002F, 0x0035));
    hello.u8(1).u8(0); // compression: null
    byte[] ext = extensions.get();
    hello.u16(ext.length).raw(ext);
    byte[] body = hello.get();

    Bytes record = new Bytes();
    record.u8(22).u16(0x0301).u16(body.length + 4);
    record.u8(1).u8(body.length >>> 16).u16(body.length & 0xFFFF).raw(body);
    return record.get();
  }

  private static byte[] list16(int... values) {
    Bytes b = new Bytes();
    b.u16(values.length * 2);
    for (int v : values) {
      b.u16(v);
    }
    return b.get();
  }

  private static final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Bytes u8(int v) {
      out.write(v & 0xFF);
      return this;
    }

    Bytes u16(int v) {
      return u8(v >>> 8).u8(v);
    }

    Bytes raw(byte[] bytes) {
      out.writeBytes(bytes);
      return this;
    }

    Bytes ext(int type, byte[] data) {
      return u16(type).u16(data.length).raw(data);
    }

    byte[] get() {
      return out.toByteArray();
    }
  }
}
