package io.sep2.tls.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.tls.ExtensionType;

/**
 * A tolerant reader of the first bytes a client sent on a connection to the TLS port: it tells a
 * TLS ClientHello from plain HTTP, an SSLv2-format hello, garbage, a truncated hello or nothing,
 * and pulls out what matters for a 2030.5 handshake (versions, cipher suites, groups, signature
 * schemes, SNI, ALPN, point formats, renegotiation signalling, session id length).
 *
 * <p><b>Why this parser is hand-written.</b> The server's TLS engine (Bouncy Castle's {@code
 * TlsServerProtocol}) parses the ClientHello itself, but it does not hand that parse out when it
 * rejects the hello: version negotiation fails before {@code processClientExtensions} is called,
 * and a hello without an acceptable suite only surfaces as a {@code
 * TlsFatalAlert(handshake_failure)} with no record of what was offered. Explaining the failure
 * needs exactly the hello that was rejected. Diagnostics must also survive any input at all - an
 * HTTP request, a port scanner's probe, a hello cut off by a reset, a hello fragmented over several
 * records, or lengths that point far past the end - which a TLS implementation rightly refuses to
 * describe. So the server keeps the raw bytes it read and this class reads them with bounds checks
 * on every field.
 *
 * <p>Guarantees: {@link #parse} never throws and never allocates more than a small multiple of the
 * input (declared lengths are never trusted for allocation); at most {@link #MAX_INPUT} bytes are
 * examined. Lists are only filled when they were read completely, so a truncated hello never
 * reports a partial suite list as if it were the whole offer.
 */
public final class ClientHelloParser {

  /** At most this many input bytes are examined (64 KiB; a ClientHello is rarely 2 KiB). */
  public static final int MAX_INPUT = 64 * 1024;

  /** The TLS record content type for handshake messages. */
  private static final int HANDSHAKE = 22;

  /** The largest plaintext record fragment TLS allows (2^14). */
  private static final int MAX_FRAGMENT = 16384;

  private static final String[] HTTP_METHODS = {
    "GET ",
    "POST ",
    "PUT ",
    "HEAD ",
    "DELETE ",
    "OPTIONS ",
    "PATCH ",
    "CONNECT ",
    "TRACE ",
    "PRI * HTTP/2"
  };

  private ClientHelloParser() {}

  /**
   * Reads the bytes a client sent first on a connection. Never throws.
   *
   * @param data the captured bytes, from the first byte the client sent; {@code null} is treated as
   *     empty
   * @return what the bytes are and, for a ClientHello, what it offers
   */
  public static ClientHelloInfo parse(byte[] data) {
    return parse(data, 0, data == null ? 0 : data.length);
  }

  /**
   * Reads {@code length} bytes of {@code data} from {@code offset}. Out-of-range offsets and
   * lengths are clamped to the array. Never throws.
   */
  public static ClientHelloInfo parse(byte[] data, int offset, int length) {
    Builder b = new Builder();
    try {
      if (data == null) {
        return b.build(ClientHelloInfo.Kind.EMPTY);
      }
      int off = Math.max(0, Math.min(offset, data.length));
      int len = Math.max(0, Math.min(length, data.length - off));
      b.bytesCaptured = len;
      return classify(data, off, Math.min(len, MAX_INPUT), b);
    } catch (RuntimeException e) {
      // Not expected; the bounds checks should make this unreachable. Diagnostics must not fail.
      b.problem = "the diagnostics parser could not read these bytes (" + e + ")";
      return b.build(ClientHelloInfo.Kind.NOT_TLS);
    }
  }

  private static ClientHelloInfo classify(byte[] data, int off, int n, Builder b) {
    if (n == 0) {
      return b.build(ClientHelloInfo.Kind.EMPTY);
    }
    int b0 = data[off] & 0xFF;
    if (b0 == HANDSHAKE) {
      if (n >= 2 && (data[off + 1] & 0xFF) != 3) {
        b.preview = hexPreview(data, off, n);
        b.problem =
            "the first byte is 0x16 (TLS handshake record) but the record version "
                + hex8(data[off + 1])
                + "xx is not SSL 3/TLS";
        return b.build(ClientHelloInfo.Kind.NOT_TLS);
      }
      if (n < 5) {
        b.problem = "only " + n + " of the 5 bytes of a TLS record header arrived";
        if (n >= 3) {
          b.recordVersion = u16(data, off + 1);
        }
        return b.build(ClientHelloInfo.Kind.TRUNCATED);
      }
      return parseTls(data, off, n, b);
    }
    if ((b0 & 0x80) != 0 && n >= 5 && (data[off + 2] & 0xFF) == 1) {
      int version = u16(data, off + 3);
      if (version == 0x0002 || (version >> 8) == 3) {
        return parseSslv2(data, off, n, b);
      }
    }
    String method = httpMethod(data, off, n);
    if (method != null) {
      b.preview = firstLine(data, off, n);
      return b.build(ClientHelloInfo.Kind.PLAIN_HTTP);
    }
    b.preview = hexPreview(data, off, n);
    b.problem = notTlsHint(data, off, n);
    return b.build(ClientHelloInfo.Kind.NOT_TLS);
  }

  // ---------------------------------------------------------------- TLS records and ClientHello

  private static ClientHelloInfo parseTls(byte[] data, int off, int n, Builder b) {
    b.recordVersion = u16(data, off + 1);
    byte[] hs = new byte[n];
    int hsSize = 0;
    int pos = 0;
    int records = 0;
    boolean recordCut = false;
    List<String> notes = new ArrayList<>();
    while (pos < n) {
      if (pos + 5 > n) {
        recordCut = true;
        break;
      }
      int type = data[off + pos] & 0xFF;
      if (type != HANDSHAKE) {
        if (!helloComplete(hs, hsSize)) {
          notes.add(
              "after "
                  + records
                  + " handshake record(s) came a record of content type "
                  + type
                  + " before the ClientHello was complete");
        }
        break;
      }
      if ((data[off + pos + 1] & 0xFF) != 3) {
        notes.add(
            "record " + (records + 1) + " has a bad version " + hex16(u16(data, off + pos + 1)));
        break;
      }
      int rlen = u16(data, off + pos + 3);
      if (rlen > MAX_FRAGMENT) {
        notes.add(
            "record "
                + (records + 1)
                + " declares "
                + rlen
                + " bytes, more than the TLS limit of "
                + MAX_FRAGMENT);
      }
      int avail = Math.min(rlen, n - pos - 5);
      System.arraycopy(data, off + pos + 5, hs, hsSize, avail);
      hsSize += avail;
      records++;
      pos += 5 + rlen;
      if (avail < rlen) {
        recordCut = true;
        break;
      }
      if (helloComplete(hs, hsSize)) {
        break;
      }
    }
    if (records > 1) {
      notes.add(0, "the ClientHello was fragmented over " + records + " records");
    }
    if (hsSize == 0) {
      b.problem = join(notes, "a TLS handshake record header arrived but none of its body");
      return b.build(ClientHelloInfo.Kind.TRUNCATED);
    }
    int msgType = hs[0] & 0xFF;
    if (msgType != 1) {
      b.preview = hexPreview(data, off, n);
      b.problem =
          join(
              notes,
              "the first handshake message is type "
                  + msgType
                  + " ("
                  + handshakeTypeName(msgType)
                  + "), not a ClientHello");
      return b.build(ClientHelloInfo.Kind.NOT_TLS);
    }
    if (hsSize < 4) {
      b.problem =
          join(notes, "the handshake message header is incomplete (" + hsSize + " of 4 bytes)");
      return b.build(ClientHelloInfo.Kind.TRUNCATED);
    }
    int declared = u24(hs, 1);
    int available = hsSize - 4;
    boolean truncated = available < declared;
    Reader r = new Reader(hs, 4, 4 + Math.min(declared, available));
    String failure = null;
    try {
      readClientHelloBody(r, b, notes);
    } catch (OutOfData e) {
      failure = e.getMessage();
    }
    if (truncated) {
      String what =
          "the ClientHello declares "
              + declared
              + " bytes but only "
              + available
              + " arrived"
              + (recordCut ? " (the connection's data ended inside a record)" : "")
              + (failure != null ? "; reading stopped at the " + failure : "");
      b.problem = join(notes, what);
      return b.build(ClientHelloInfo.Kind.TRUNCATED);
    }
    if (failure != null) {
      b.malformed = true;
      notes.add("malformed ClientHello: the " + failure + " runs past the end of the message");
    } else if (r.remaining() > 0 && b.extensionsRead) {
      notes.add(r.remaining() + " unexpected bytes after the extensions");
    }
    b.problem = notes.isEmpty() ? null : String.join("; ", notes);
    return b.build(ClientHelloInfo.Kind.TLS_HANDSHAKE);
  }

  private static boolean helloComplete(byte[] hs, int size) {
    return size >= 4 && size - 4 >= u24(hs, 1);
  }

  private static void readClientHelloBody(Reader r, Builder b, List<String> notes)
      throws OutOfData {
    b.clientVersion = r.u16("client_version");
    r.skip(32, "random");
    int sid = r.u8("session id length");
    b.sessionIdLength = sid;
    if (sid > 32) {
      notes.add("session id length " + sid + " exceeds 32");
    }
    r.skip(sid, "session id");
    int suitesLength = r.u16("cipher_suites length");
    Reader suites = r.slice(suitesLength, "cipher_suites list");
    if (suitesLength % 2 != 0) {
      notes.add("cipher_suites length " + suitesLength + " is odd");
    }
    b.cipherSuites = suites.u16List();
    int compression = r.u8("compression_methods length");
    r.skip(compression, "compression_methods list");
    if (r.remaining() == 0) {
      b.extensionsRead = true;
      return; // a hello without extensions is legal (old clients)
    }
    int extLength = r.u16("extensions length");
    Reader exts = r.sliceUpTo(extLength);
    List<Integer> types = new ArrayList<>();
    try {
      while (exts.remaining() > 0) {
        int type = exts.u16("extension type");
        int len = exts.u16("extension length");
        Reader body = exts.slice(len, TlsNames.extension(type) + " extension");
        if (types.contains(type)) {
          notes.add("extension " + TlsNames.extension(type) + " appears twice");
        }
        types.add(type);
        try {
          readExtension(type, body, b);
        } catch (OutOfData e) {
          notes.add(
              "malformed " + TlsNames.extension(type) + " extension (" + e.getMessage() + ")");
        }
      }
    } finally {
      b.extensions = types;
    }
    if (exts.length() < extLength) {
      throw new OutOfData("extensions block");
    }
    b.extensionsRead = true;
  }

  private static void readExtension(int type, Reader body, Builder b) throws OutOfData {
    switch (type) {
      case ExtensionType.server_name:
        {
          Reader list = body.slice(body.u16("server_name_list length"), "server_name_list");
          while (list.remaining() > 0) {
            int nameType = list.u8("name_type");
            Reader name = list.slice(list.u16("host_name length"), "host_name");
            if (nameType == 0 && b.serverName == null) {
              b.serverName = name.printable(255);
            }
          }
          break;
        }
      case ExtensionType.supported_groups:
        b.supportedGroups =
            body.slice(body.u16("named_group_list length"), "named_group_list").u16List();
        break;
      case ExtensionType.ec_point_formats:
        b.ecPointFormats =
            body.slice(body.u8("ec_point_format_list length"), "ec_point_format_list").u8List();
        break;
      case ExtensionType.signature_algorithms:
        b.signatureAlgorithms =
            body.slice(
                    body.u16("supported_signature_algorithms length"), "signature_algorithms list")
                .u16List();
        break;
      case ExtensionType.application_layer_protocol_negotiation:
        {
          Reader list = body.slice(body.u16("protocol_name_list length"), "protocol_name_list");
          List<String> protocols = new ArrayList<>();
          while (list.remaining() > 0) {
            protocols.add(
                list.slice(list.u8("protocol name length"), "protocol name").printable(255));
          }
          b.alpnProtocols = protocols;
          break;
        }
      case ExtensionType.supported_versions:
        b.supportedVersions = body.slice(body.u8("versions length"), "versions list").u16List();
        break;
      case ExtensionType.key_share:
        {
          Reader list = body.slice(body.u16("client_shares length"), "client_shares");
          List<Integer> groups = new ArrayList<>();
          while (list.remaining() > 0) {
            int group = list.u16("key share group");
            list.skip(list.u16("key_exchange length"), "key_exchange");
            groups.add(group);
          }
          b.keyShareGroups = groups;
          break;
        }
      case ExtensionType.renegotiation_info:
        b.renegotiationInfo = true;
        break;
      default:
        break;
    }
  }

  // ---------------------------------------------------------------- SSLv2 compatibility hello

  private static ClientHelloInfo parseSslv2(byte[] data, int off, int n, Builder b) {
    int msgLength = ((data[off] & 0x7F) << 8) | (data[off + 1] & 0xFF);
    int available = n - 2;
    Reader r = new Reader(data, off + 2, off + 2 + Math.min(msgLength, available));
    List<String> notes = new ArrayList<>();
    try {
      r.u8("message type");
      b.clientVersion = r.u16("version");
      int specLength = r.u16("cipher_spec length");
      int sidLength = r.u16("session id length");
      r.u16("challenge length");
      b.sessionIdLength = sidLength;
      Reader specs = r.slice(specLength, "cipher_specs");
      List<Integer> suites = new ArrayList<>();
      int sslv2Only = 0;
      while (specs.remaining() >= 3) {
        int kind = specs.u8("cipher kind");
        int code = specs.u16("cipher kind");
        if (kind == 0) {
          suites.add(code);
        } else {
          sslv2Only++;
        }
      }
      b.cipherSuites = suites;
      if (sslv2Only > 0) {
        notes.add(sslv2Only + " SSL 2.0-only cipher kinds not listed");
      }
    } catch (OutOfData e) {
      notes.add("the hello ends inside the " + e.getMessage());
    }
    if (available < msgLength) {
      notes.add("the message declares " + msgLength + " bytes but only " + available + " arrived");
    }
    b.problem = notes.isEmpty() ? null : String.join("; ", notes);
    return b.build(ClientHelloInfo.Kind.SSLV2_HELLO);
  }

  // ---------------------------------------------------------------- not TLS

  private static String httpMethod(byte[] data, int off, int n) {
    for (String method : HTTP_METHODS) {
      if (n >= method.length()) {
        boolean match = true;
        for (int i = 0; i < method.length() && match; i++) {
          match = data[off + i] == (byte) method.charAt(i);
        }
        if (match) {
          return method.trim();
        }
      }
    }
    return null;
  }

  private static String notTlsHint(byte[] data, int off, int n) {
    int b0 = data[off] & 0xFF;
    if (n >= 2 && (data[off + 1] & 0xFF) == 3) {
      switch (b0) {
        case 20:
          return "a TLS change_cipher_spec record instead of a ClientHello";
        case 21:
          return "a TLS alert record instead of a ClientHello";
        case 23:
          return "TLS application data instead of a ClientHello";
        default:
          break;
      }
    }
    if (startsWith(data, off, n, "SSH-")) {
      return "this looks like an SSH client";
    }
    if (startsWith(data, off, n, "HTTP/")) {
      return "this looks like an HTTP response, not a request";
    }
    return null;
  }

  private static boolean startsWith(byte[] data, int off, int n, String prefix) {
    if (n < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (data[off + i] != (byte) prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(byte[] data, int off, int n) {
    int end = off;
    int limit = off + Math.min(n, 200);
    while (end < limit && data[end] != '\r' && data[end] != '\n') {
      end++;
    }
    return printable(data, off, end - off, 200);
  }

  private static String hexPreview(byte[] data, int off, int n) {
    int count = Math.min(n, 16);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(hex8(data[off + i]));
    }
    if (n > count) {
      sb.append(" ...");
    }
    sb.append(" (\"");
    for (int i = 0; i < count; i++) {
      int c = data[off + i] & 0xFF;
      sb.append(c >= 0x20 && c < 0x7F && c != '"' ? (char) c : '.');
    }
    return sb.append("\")").toString();
  }

  private static String handshakeTypeName(int type) {
    switch (type) {
      case 0:
        return "hello_request";
      case 2:
        return "server_hello";
      case 4:
        return "new_session_ticket";
      case 11:
        return "certificate";
      case 12:
        return "server_key_exchange";
      case 13:
        return "certificate_request";
      case 14:
        return "server_hello_done";
      case 15:
        return "certificate_verify";
      case 16:
        return "client_key_exchange";
      case 20:
        return "finished";
      default:
        return "unknown";
    }
  }

  // ---------------------------------------------------------------- helpers

  private static String join(List<String> notes, String last) {
    List<String> all = new ArrayList<>(notes);
    all.add(last);
    return String.join("; ", all);
  }

  static String printable(byte[] data, int off, int len, int max) {
    StringBuilder sb = new StringBuilder();
    int count = Math.min(len, max);
    for (int i = 0; i < count; i++) {
      int c = data[off + i] & 0xFF;
      if (c >= 0x20 && c < 0x7F) {
        sb.append((char) c);
      } else {
        sb.append(String.format(Locale.ROOT, "\\x%02X", c));
      }
    }
    if (len > max) {
      sb.append("...");
    }
    return sb.toString();
  }

  private static int u16(byte[] data, int at) {
    return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
  }

  private static int u24(byte[] data, int at) {
    return ((data[at] & 0xFF) << 16) | ((data[at + 1] & 0xFF) << 8) | (data[at + 2] & 0xFF);
  }

  private static String hex8(byte value) {
    return String.format(Locale.ROOT, "%02X", value & 0xFF);
  }

  private static String hex16(int value) {
    return String.format(Locale.ROOT, "0x%04X", value & 0xFFFF);
  }

  /** Thrown by {@link Reader} when a field runs past the available bytes; carries the field. */
  private static final class OutOfData extends Exception {
    private static final long serialVersionUID = 1L;

    OutOfData(String field) {
      super(field, null, false, false);
    }
  }

  /** A bounds-checked cursor over {@code [pos, end)} of a byte array. */
  private static final class Reader {
    private final byte[] data;
    private final int start;
    private int pos;
    private final int end;

    Reader(byte[] data, int pos, int end) {
      this.data = data;
      this.start = pos;
      this.pos = pos;
      this.end = end;
    }

    int remaining() {
      return end - pos;
    }

    int length() {
      return end - start;
    }

    int u8(String field) throws OutOfData {
      if (remaining() < 1) {
        throw new OutOfData(field);
      }
      return data[pos++] & 0xFF;
    }

    int u16(String field) throws OutOfData {
      if (remaining() < 2) {
        throw new OutOfData(field);
      }
      int v = ClientHelloParser.u16(data, pos);
      pos += 2;
      return v;
    }

    void skip(int count, String field) throws OutOfData {
      if (count > remaining()) {
        throw new OutOfData(field);
      }
      pos += count;
    }

    /** Returns a reader over the next {@code count} bytes and skips them; throws if fewer exist. */
    Reader slice(int count, String field) throws OutOfData {
      if (count > remaining()) {
        throw new OutOfData(field);
      }
      Reader r = new Reader(data, pos, pos + count);
      pos += count;
      return r;
    }

    /** Like {@link #slice} but takes what is there when fewer than {@code count} bytes remain. */
    Reader sliceUpTo(int count) {
      int take = Math.min(count, remaining());
      Reader r = new Reader(data, pos, pos + take);
      pos += take;
      return r;
    }

    /** Reads all remaining whole 16-bit values (an odd trailing byte is ignored). */
    List<Integer> u16List() {
      List<Integer> out = new ArrayList<>(remaining() / 2);
      while (remaining() >= 2) {
        out.add(ClientHelloParser.u16(data, pos));
        pos += 2;
      }
      return out;
    }

    List<Integer> u8List() {
      List<Integer> out = new ArrayList<>(remaining());
      while (remaining() >= 1) {
        out.add(data[pos++] & 0xFF);
      }
      return out;
    }

    String printable(int max) {
      String s = ClientHelloParser.printable(data, pos, remaining(), max);
      pos = end;
      return s;
    }
  }

  /** Mutable collector of the fields found so far. */
  private static final class Builder {
    int bytesCaptured;
    int recordVersion = -1;
    int clientVersion = -1;
    List<Integer> supportedVersions;
    List<Integer> cipherSuites;
    List<Integer> supportedGroups;
    List<Integer> signatureAlgorithms;
    List<Integer> keyShareGroups;
    String serverName;
    List<String> alpnProtocols;
    List<Integer> ecPointFormats;
    List<Integer> extensions;
    boolean renegotiationInfo;
    int sessionIdLength = -1;
    String preview;
    boolean malformed;
    boolean extensionsRead;
    String problem;

    ClientHelloInfo build(ClientHelloInfo.Kind kind) {
      return new ClientHelloInfo(
          kind,
          bytesCaptured,
          recordVersion,
          clientVersion,
          supportedVersions,
          cipherSuites,
          supportedGroups,
          signatureAlgorithms,
          keyShareGroups,
          serverName,
          alpnProtocols,
          ecPointFormats,
          extensions,
          renegotiationInfo,
          sessionIdLength,
          preview,
          malformed,
          problem);
    }
  }
}
