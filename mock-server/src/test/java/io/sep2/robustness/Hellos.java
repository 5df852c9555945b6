package io.sep2.robustness;

import io.sep2.tls.Sep2ClientTls;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Real ClientHellos to start hostile inputs from: captured on a plain socket from the BCJSSE 2030.5
 * client (TLS 1.2, CCM_8 only) and from the JDK's SunJSSE (TLS 1.3 first, no CCM), plus a
 * BoringSSL-shaped one (Chrome/Postman: GREASE values, TLS 1.3 first, no CCM) built byte by byte.
 */
final class Hellos {

  private static volatile byte[] good2030_5;
  private static volatile byte[] sunJsse;

  private Hellos() {}

  /** The hello of the project's own 2030.5 client, as one TLS record. */
  static byte[] good2030_5() {
    if (good2030_5 == null) {
      Sep2ClientTls tls =
          Sep2ClientTls.builder()
              .clientCertificate(GoodClient.PKI.device())
              .trust(GoodClient.PKI.serca().certificate())
              .build();
      good2030_5 = capture(tls.socketFactory());
    }
    return good2030_5.clone();
  }

  /** The hello of the JDK's default TLS client (SunJSSE), as one TLS record. */
  static byte[] sunJsseDefault() {
    if (sunJsse == null) {
      try {
        sunJsse = capture(SSLContext.getDefault().getSocketFactory());
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return sunJsse.clone();
  }

  /** A Chrome/Postman-shaped hello: GREASE, TLS 1.3 first, 16 suites and no CCM. */
  static byte[] boringSslLike() {
    ByteArrayOutputStream exts = new ByteArrayOutputStream();
    extension(exts, 0x1A1A, new byte[0]);
    extension(exts, 0x0000, vector16(concat(new byte[] {0}, vector16(ascii("localhost")))));
    extension(exts, 0x0017, new byte[0]);
    extension(exts, 0xFF01, new byte[] {0});
    extension(exts, 0x000A, vector16(u16s(0x2A2A, 0x001D, 0x0017, 0x0018)));
    extension(exts, 0x000B, new byte[] {1, 0});
    extension(exts, 0x0023, new byte[0]);
    extension(
        exts,
        0x0010,
        vector16(concat(new byte[] {2}, ascii("h2"), new byte[] {8}, ascii("http/1.1"))));
    extension(exts, 0x0005, new byte[] {1, 0, 0, 0, 0});
    extension(
        exts,
        0x000D,
        vector16(u16s(0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601)));
    extension(exts, 0x0012, new byte[0]);
    extension(
        exts,
        0x0033,
        vector16(concat(u16s(0x2A2A, 1), new byte[1], u16s(0x001D, 32), new byte[32])));
    extension(exts, 0x002D, new byte[] {1, 1});
    extension(exts, 0x002B, concat(new byte[] {6}, u16s(0x3A3A, 0x0304, 0x0303)));
    extension(exts, 0x001B, new byte[] {2, 0, 2});
    extension(exts, 0x4469, new byte[] {0, 3, 2, 'h', '2'});
    extension(exts, 0x4A4A, new byte[] {0});
    extension(exts, 0x0015, new byte[40]);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(u16s(0x0303));
    for (int i = 0; i < 32; i++) {
      body.write(i * 7);
    }
    body.write(32);
    body.writeBytes(new byte[32]);
    body.writeBytes(
        vector16(
            u16s(
                0x0A0A, 0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8,
                0xC013, 0xC014, 0x009C, 0x009D, 0x002F, 0x0035)));
    body.writeBytes(new byte[] {1, 0});
    body.writeBytes(vector16(exts.toByteArray()));
    return records(handshakeMessage(1, body.toByteArray()), 16384, 0x0301);
  }

  /** The handshake message inside a single-record hello (record header removed). */
  static byte[] handshakeMessageOf(byte[] record) {
    return Arrays.copyOfRange(record, 5, record.length);
  }

  /** A handshake message: type, 24-bit length, body. */
  static byte[] handshakeMessage(int type, byte[] body) {
    ByteArrayOutputStream msg = new ByteArrayOutputStream();
    msg.write(type);
    msg.write(body.length >> 16);
    msg.write(body.length >> 8);
    msg.write(body.length);
    msg.writeBytes(body);
    return msg.toByteArray();
  }

  /** {@code message} in handshake records of at most {@code fragment} bytes. */
  static byte[] records(byte[] message, int fragment, int recordVersion) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int off = 0; off < message.length; off += fragment) {
      int len = Math.min(fragment, message.length - off);
      out.write(22);
      out.writeBytes(u16s(recordVersion));
      out.writeBytes(u16s(len));
      out.write(message, off, len);
    }
    return out.toByteArray();
  }

  /** A record of any type with a declared length that need not match the body. */
  static byte[] record(int type, int version, int declaredLength, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(type);
    out.writeBytes(u16s(version));
    out.writeBytes(u16s(declaredLength));
    out.writeBytes(body);
    return out.toByteArray();
  }

  static byte[] u16s(int... values) {
    byte[] out = new byte[values.length * 2];
    for (int i = 0; i < values.length; i++) {
      out[2 * i] = (byte) (values[i] >> 8);
      out[2 * i + 1] = (byte) values[i];
    }
    return out;
  }

  static byte[] vector16(byte[] body) {
    return concat(u16s(body.length), body);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static void extension(ByteArrayOutputStream out, int type, byte[] data) {
    out.writeBytes(u16s(type));
    out.writeBytes(vector16(data));
  }

  /** Lets a real client start a handshake against a plain socket and keeps its first record. */
  private static byte[] capture(SocketFactory factory) {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      listener.setSoTimeout(10_000);
      Thread client =
          new Thread(
              () -> {
                try (SSLSocket s =
                    (SSLSocket)
                        factory.createSocket(
                            InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                  s.setSoTimeout(10_000);
                  s.startHandshake();
                } catch (IOException expected) {
                  // the capture closes the connection after the hello
                }
              },
              "hello-capture");
      client.setDaemon(true);
      client.start();
      byte[] record;
      try (Socket socket = listener.accept()) {
        socket.setSoTimeout(10_000);
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] header = new byte[5];
        in.readFully(header);
        int length = ((header[3] & 0xFF) << 8) | (header[4] & 0xFF);
        byte[] body = new byte[length];
        in.readFully(body);
        record = concat(header, body);
      }
      client.join(TimeUnit.SECONDS.toMillis(10));
      return record;
    } catch (IOException e) {
      throw new IllegalStateException("cannot capture a ClientHello: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
