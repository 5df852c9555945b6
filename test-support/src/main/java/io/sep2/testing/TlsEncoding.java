package io.sep2.testing;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * TLS wire encoding, byte by byte, for tests that write what a client would send: 16-bit values and
 * vectors, handshake messages and records (RFC 5246, section 6.2 and 7.4), including malformed
 * ones.
 */
public final class TlsEncoding {

  /** Record content type handshake. */
  public static final int HANDSHAKE = 22;

  private TlsEncoding() {}

  /** Each value as two bytes, big-endian. */
  public static byte[] u16s(int... values) {
    byte[] out = new byte[values.length * 2];
    for (int i = 0; i < values.length; i++) {
      out[2 * i] = (byte) (values[i] >> 8);
      out[2 * i + 1] = (byte) values[i];
    }
    return out;
  }

  /** Writes {@code value} as two bytes, big-endian. */
  public static void u16(ByteArrayOutputStream out, int value) {
    out.write((value >> 8) & 0xFF);
    out.write(value & 0xFF);
  }

  /** {@code body} behind its 16-bit length. */
  public static byte[] vector16(byte[] body) {
    return concat(u16s(body.length), body);
  }

  /** The parts, one after the other. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** A handshake message: type, 24-bit length, body. */
  public static byte[] handshakeMessage(int type, byte[] body) {
    ByteArrayOutputStream msg = new ByteArrayOutputStream();
    msg.write(type);
    msg.write(body.length >> 16);
    msg.write(body.length >> 8);
    msg.write(body.length);
    msg.writeBytes(body);
    return msg.toByteArray();
  }

  /** The handshake message inside a single-record hello (the 5-byte record header removed). */
  public static byte[] handshakeMessageOf(byte[] record) {
    return Arrays.copyOfRange(record, 5, record.length);
  }

  /** {@code message} in handshake records of at most {@code fragment} bytes each. */
  public static byte[] handshakeRecords(byte[] message, int fragment, int recordVersion) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int off = 0; off < message.length; off += fragment) {
      int len = Math.min(fragment, message.length - off);
      out.write(HANDSHAKE);
      u16(out, recordVersion);
      u16(out, len);
      out.write(message, off, len);
    }
    return out.toByteArray();
  }

  /** A record of any type with a declared length that need not match the body. */
  public static byte[] record(int type, int version, int declaredLength, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(type);
    u16(out, version);
    u16(out, declaredLength);
    out.writeBytes(body);
    return out.toByteArray();
  }
}
