package io.sep2.server.internal.capture;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes TCP connections' byte streams to a pcapng file that Wireshark and tshark open as if the
 * traffic had been captured on the wire, with the TLS secrets embedded so that the file alone is
 * enough to read it decrypted.
 *
 * <p>Each {@link Connection} is framed as Ethernet II / IPv4 / TCP between its two endpoints (its
 * own 4-tuple): a three-way handshake when it opens, the data of each direction in segments of at
 * most {@link Builder#mss(int) MSS} bytes with consistent sequence and acknowledgement numbers, and
 * FIN/ACK in both directions when it closes. Timestamps are the wall-clock time each call was made,
 * at microsecond resolution. IPv4 header checksums and TCP checksums are computed (so no checksum
 * warnings appear when validation is switched on). IPv6 endpoints are written as addresses from
 * 127.0.0.0/8 derived from the port, since only IPv4 framing is produced.
 *
 * <p><b>When blocks are written.</b> A connection's packets are kept in memory until the connection
 * is {@linkplain Connection#close() closed}, then written together; a connection whose packets pass
 * {@link Builder#maxBufferedBytes(int)} is written out early. Just before a connection's packets,
 * any TLS secrets that arrived since the last write (through {@link #addKeyLog(String)} or read
 * from the {@link Builder#keyLogFile(Path) key log file}) go out as a Decryption Secrets Block, so
 * a single-pass reader such as {@code tshark -r} meets the keys of a connection before its
 * encrypted records. Packets of different connections may therefore appear out of time order in the
 * file, which Wireshark handles. Memory use is bounded by the number of open connections times
 * {@code maxBufferedBytes}.
 *
 * <p>Thread-safe: several connections may be written from different threads at once; each
 * connection may be fed from one thread per direction. Errors writing the file are thrown as {@link
 * UncheckedIOException} naming the path.
 *
 * <pre>{@code
 * try (PcapngWriter pcap = PcapngWriter.builder(Path.of("run.pcapng"))
 *     .keyLogFile(Path.of("keys.log")).open()) {
 *   PcapngWriter.Connection c = pcap.connection(clientAddress, serverAddress);
 *   c.clientToServer(hello, 0, hello.length);
 *   c.serverToClient(reply, 0, reply.length);
 *   c.close();
 * }
 * }</pre>
 */
public final class PcapngWriter implements Closeable {

  /** The pcapng Section Header Block type. */
  static final int SHB = 0x0A0D0D0A;

  /** The pcapng Interface Description Block type. */
  static final int IDB = 0x00000001;

  /** The pcapng Enhanced Packet Block type. */
  static final int EPB = 0x00000006;

  /** The pcapng Decryption Secrets Block type. */
  static final int DSB = 0x0000000A;

  /** Secrets type of a DSB holding an NSS key log ("TLSK"). */
  static final int TLS_KEY_LOG = 0x544C534B;

  private static final int LINKTYPE_ETHERNET = 1;
  private static final int ETHERNET_IPV4 = 0x0800;
  private static final int HEADERS = 14 + 20 + 20;
  private static final int FIN = 0x01;
  private static final int SYN = 0x02;
  private static final int PSH = 0x08;
  private static final int ACK = 0x10;

  private final Path path;
  private final OutputStream out;
  private final int mss;
  private final int maxBufferedBytes;
  private final Path keyLogFile;
  private final Clock clock;
  private final ByteArrayOutputStream pendingSecrets = new ByteArrayOutputStream();
  private long keyLogOffset;
  private int ipId;
  private boolean closed;

  private PcapngWriter(Builder b) {
    this.path = b.path;
    this.mss = b.mss;
    this.maxBufferedBytes = b.maxBufferedBytes;
    this.keyLogFile = b.keyLogFile;
    this.clock = b.clock;
    try {
      if (path.toAbsolutePath().getParent() != null) {
        Files.createDirectories(path.toAbsolutePath().getParent());
      }
      this.out =
          new BufferedOutputStream(
              Files.newOutputStream(
                  path,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE));
      out.write(sectionHeader());
      out.write(interfaceDescription());
      out.flush();
    } catch (IOException e) {
      throw failure("cannot create", e);
    }
  }

  /** Starts a builder for a file at {@code path} (replaced if it exists). */
  public static Builder builder(Path path) {
    return new Builder(path);
  }

  /** Opens {@code path} with the defaults (MSS 1460, 1 MiB per connection, no key log file). */
  public static PcapngWriter open(Path path) {
    return builder(path).open();
  }

  /** The file written. */
  public Path path() {
    return path;
  }

  /**
   * Adds NSS key log lines ({@code CLIENT_RANDOM <hex> <hex>}, one or more, newline-terminated or
   * not); they are written as a Decryption Secrets Block before the next connection's packets.
   */
  public void addKeyLog(String nssKeyLogLines) {
    Objects.requireNonNull(nssKeyLogLines, "nssKeyLogLines");
    if (nssKeyLogLines.isEmpty()) {
      return;
    }
    synchronized (this) {
      pendingSecrets.writeBytes(nssKeyLogLines.getBytes(StandardCharsets.US_ASCII));
      if (!nssKeyLogLines.endsWith("\n")) {
        pendingSecrets.write('\n');
      }
    }
  }

  /**
   * Opens a connection from {@code client} to {@code server} and records its TCP handshake now.
   *
   * @throws IllegalStateException when the writer is closed
   */
  public Connection connection(InetSocketAddress client, InetSocketAddress server) {
    synchronized (this) {
      requireOpen();
    }
    return new Connection(client, server);
  }

  /** Writes pending secrets (if any) and flushes the file. */
  public synchronized void flush() {
    if (closed) {
      return;
    }
    try {
      writeSecrets();
      out.flush();
    } catch (IOException e) {
      throw failure("cannot write", e);
    }
  }

  /**
   * Writes pending secrets and closes the file. Connections still open are not written; close them
   * first. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    try {
      writeSecrets();
      out.close();
    } catch (IOException e) {
      throw failure("cannot write", e);
    } finally {
      closed = true;
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("pcapng writer for " + path + " is closed");
    }
  }

  private UncheckedIOException failure(String what, IOException e) {
    return new UncheckedIOException(what + " pcapng file " + path + ": " + e.getMessage(), e);
  }

  /** Appends a connection's packets, preceded by new secrets. */
  private synchronized void append(List<byte[]> blocks) {
    requireOpen();
    try {
      writeSecrets();
      for (byte[] block : blocks) {
        out.write(block);
      }
      out.flush();
    } catch (IOException e) {
      throw failure("cannot write", e);
    }
  }

  private synchronized int nextIpId() {
    ipId = (ipId + 1) & 0xFFFF;
    return ipId;
  }

  private void writeSecrets() throws IOException {
    if (keyLogFile != null && Files.isRegularFile(keyLogFile)) {
      byte[] all = Files.readAllBytes(keyLogFile);
      if (all.length > keyLogOffset) {
        int end = all.length;
        while (end > keyLogOffset && all[end - 1] != '\n') {
          end--; // leave a line still being written for next time
        }
        pendingSecrets.write(all, (int) keyLogOffset, (int) (end - keyLogOffset));
        keyLogOffset = end;
      }
    }
    if (pendingSecrets.size() == 0) {
      return;
    }
    byte[] secrets = pendingSecrets.toByteArray();
    pendingSecrets.reset();
    int padded = pad4(secrets.length);
    ByteBuffer b = block(DSB, 8 + padded);
    b.putInt(TLS_KEY_LOG);
    b.putInt(secrets.length);
    b.put(secrets);
    b.position(b.position() + padded - secrets.length);
    out.write(finish(b));
  }

  // ------------------------------------------------------------------ blocks

  private static byte[] sectionHeader() {
    byte[] app = "sep2-testkit".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer b = block(SHB, 16 + 4 + pad4(app.length) + 4);
    b.putInt(0x1A2B3C4D); // byte-order magic
    b.putShort((short) 1); // major
    b.putShort((short) 0); // minor
    b.putLong(-1L); // section length unknown
    option(b, 4, app); // shb_userappl
    b.putInt(0); // opt_endofopt
    return finish(b);
  }

  private static byte[] interfaceDescription() {
    ByteBuffer b = block(IDB, 8 + 4 + 4 + 4);
    b.putShort((short) LINKTYPE_ETHERNET);
    b.putShort((short) 0);
    b.putInt(0); // snaplen: no limit
    option(b, 9, new byte[] {6}); // if_tsresol: microseconds
    b.putInt(0); // opt_endofopt
    return finish(b);
  }

  private static byte[] enhancedPacket(long micros, byte[] frame) {
    int padded = pad4(frame.length);
    ByteBuffer b = block(EPB, 20 + padded);
    b.putInt(0); // interface 0
    b.putInt((int) (micros >>> 32));
    b.putInt((int) micros);
    b.putInt(frame.length);
    b.putInt(frame.length);
    b.put(frame);
    b.position(b.position() + padded - frame.length);
    return finish(b);
  }

  private static void option(ByteBuffer b, int code, byte[] value) {
    b.putShort((short) code);
    b.putShort((short) value.length);
    b.put(value);
    b.position(b.position() + pad4(value.length) - value.length);
  }

  /** A block buffer with type and total length written; the body follows. */
  private static ByteBuffer block(int type, int bodyLength) {
    int total = 12 + bodyLength;
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(type);
    b.putInt(total);
    return b;
  }

  private static byte[] finish(ByteBuffer b) {
    b.putInt(b.capacity());
    return b.array();
  }

  private static int pad4(int n) {
    return (n + 3) & ~3;
  }

  // ------------------------------------------------------------------ frames

  /** Builds Ethernet + IPv4 + TCP around {@code payload}. */
  static byte[] frame(
      byte[] srcIp,
      int srcPort,
      byte[] dstIp,
      int dstPort,
      long seq,
      long ack,
      int flags,
      int ipId,
      byte[] payload,
      int off,
      int len) {
    ByteBuffer b = ByteBuffer.allocate(HEADERS + len).order(ByteOrder.BIG_ENDIAN);
    // Ethernet II: locally administered MACs derived from the IP addresses
    b.put(mac(dstIp));
    b.put(mac(srcIp));
    b.putShort((short) ETHERNET_IPV4);
    // IPv4
    int ipStart = b.position();
    b.put((byte) 0x45);
    b.put((byte) 0);
    b.putShort((short) (20 + 20 + len));
    b.putShort((short) ipId);
    b.putShort((short) 0x4000); // don't fragment
    b.put((byte) 64);
    b.put((byte) 6);
    b.putShort((short) 0);
    b.put(srcIp);
    b.put(dstIp);
    b.putShort(ipStart + 10, (short) checksum(b.array(), ipStart, 20, 0));
    // TCP
    int tcpStart = b.position();
    b.putShort((short) srcPort);
    b.putShort((short) dstPort);
    b.putInt((int) seq);
    b.putInt((flags & ACK) != 0 ? (int) ack : 0);
    b.put((byte) (5 << 4));
    b.put((byte) flags);
    b.putShort((short) 0xFFFF); // window
    b.putShort((short) 0);
    b.putShort((short) 0);
    b.put(payload, off, len);
    long pseudo = sum(srcIp, 0, 4) + sum(dstIp, 0, 4) + 6 + 20 + len;
    b.putShort(tcpStart + 16, (short) checksum(b.array(), tcpStart, 20 + len, pseudo));
    return b.array();
  }

  private static byte[] mac(byte[] ip) {
    return new byte[] {0x02, 0x00, ip[0], ip[1], ip[2], ip[3]};
  }

  /** The Internet checksum (RFC 1071) of {@code data[off, off+len)} plus an initial sum. */
  static int checksum(byte[] data, int off, int len, long initial) {
    long sum = initial + sum(data, off, len);
    while ((sum >> 16) != 0) {
      sum = (sum & 0xFFFF) + (sum >> 16);
    }
    return (int) (~sum & 0xFFFF);
  }

  private static long sum(byte[] data, int off, int len) {
    long sum = 0;
    int i = 0;
    for (; i + 1 < len; i += 2) {
      sum += ((data[off + i] & 0xFF) << 8) | (data[off + i + 1] & 0xFF);
    }
    if (i < len) {
      sum += (data[off + i] & 0xFF) << 8;
    }
    return sum;
  }

  private static byte[] ipv4(InetSocketAddress address) {
    InetAddress ip = address.getAddress();
    if (ip instanceof Inet4Address) {
      return ip.getAddress();
    }
    int port = address.getPort();
    return new byte[] {127, 0, (byte) (port >> 8), (byte) port};
  }

  /**
   * One TCP connection in the capture. Data passed to it is copied; the caller may reuse its
   * buffers. Closing writes the connection to the file.
   */
  public final class Connection implements Closeable {
    private final byte[] clientIp;
    private final byte[] serverIp;
    private final int clientPort;
    private final int serverPort;
    private long clientSeq;
    private long serverSeq;
    private final List<byte[]> blocks = new ArrayList<>();
    private int buffered;
    private boolean done;

    private Connection(InetSocketAddress client, InetSocketAddress server) {
      this.clientIp = ipv4(Objects.requireNonNull(client, "client"));
      this.serverIp = ipv4(Objects.requireNonNull(server, "server"));
      this.clientPort = client.getPort();
      this.serverPort = server.getPort();
      ThreadLocalRandom random = ThreadLocalRandom.current();
      long clientIsn = random.nextLong(1L << 32);
      long serverIsn = random.nextLong(1L << 32);
      long now = micros();
      packet(now, true, clientIsn, 0, SYN);
      packet(now, false, serverIsn, clientIsn + 1, SYN | ACK);
      packet(now, true, clientIsn + 1, serverIsn + 1, ACK);
      clientSeq = clientIsn + 1;
      serverSeq = serverIsn + 1;
    }

    /** Records bytes the client sent, now. */
    public void clientToServer(byte[] data, int off, int len) {
      data(true, data, off, len);
    }

    /** Records bytes the server sent, now. */
    public void serverToClient(byte[] data, int off, int len) {
      data(false, data, off, len);
    }

    private synchronized void data(boolean fromClient, byte[] data, int off, int len) {
      Objects.checkFromIndexSize(off, len, data.length);
      if (done) {
        throw new IllegalStateException("connection already closed in " + path);
      }
      long now = micros();
      for (int at = off; at < off + len; at += mss) {
        int n = Math.min(mss, off + len - at);
        if (fromClient) {
          blocks.add(packetBlock(now, true, clientSeq, serverSeq, PSH | ACK, data, at, n));
          clientSeq += n;
        } else {
          blocks.add(packetBlock(now, false, serverSeq, clientSeq, PSH | ACK, data, at, n));
          serverSeq += n;
        }
        buffered += n + HEADERS;
      }
      if (buffered > maxBufferedBytes) {
        drain();
      }
    }

    /** Records FIN/ACK both ways and the last ACK, and writes the connection. Idempotent. */
    @Override
    public synchronized void close() {
      if (done) {
        return;
      }
      done = true;
      long now = micros();
      packet(now, true, clientSeq, serverSeq, FIN | ACK);
      packet(now, false, serverSeq, clientSeq + 1, FIN | ACK);
      packet(now, true, clientSeq + 1, serverSeq + 1, ACK);
      drain();
    }

    private void drain() {
      List<byte[]> out = new ArrayList<>(blocks);
      blocks.clear();
      buffered = 0;
      append(out);
    }

    private void packet(long micros, boolean fromClient, long seq, long ack, int flags) {
      blocks.add(packetBlock(micros, fromClient, seq, ack, flags, new byte[0], 0, 0));
    }

    private byte[] packetBlock(
        long micros,
        boolean fromClient,
        long seq,
        long ack,
        int flags,
        byte[] data,
        int off,
        int len) {
      byte[] frame =
          fromClient
              ? frame(
                  clientIp,
                  clientPort,
                  serverIp,
                  serverPort,
                  seq,
                  ack,
                  flags,
                  nextIpId(),
                  data,
                  off,
                  len)
              : frame(
                  serverIp,
                  serverPort,
                  clientIp,
                  clientPort,
                  seq,
                  ack,
                  flags,
                  nextIpId(),
                  data,
                  off,
                  len);
      return enhancedPacket(micros, frame);
    }
  }

  private long micros() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  /** Options of a {@link PcapngWriter}. */
  public static final class Builder {
    private final Path path;
    private int mss = 1460;
    private int maxBufferedBytes = 1 << 20;
    private Path keyLogFile;
    private Clock clock = Clock.systemUTC();

    private Builder(Path path) {
      this.path = Objects.requireNonNull(path, "path");
    }

    /** The largest TCP payload per packet (default 1460, as on Ethernet). 1 to 65495. */
    public Builder mss(int mss) {
      if (mss < 1 || mss > 65495) {
        throw new IllegalArgumentException("mss must be 1..65495: " + mss);
      }
      this.mss = mss;
      return this;
    }

    /**
     * How many bytes of packets one connection keeps before they are written early (default 1 MiB);
     * bounds memory.
     */
    public Builder maxBufferedBytes(int bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("maxBufferedBytes must be >= 0: " + bytes);
      }
      this.maxBufferedBytes = bytes;
      return this;
    }

    /**
     * An NSS key log file another component appends to (such as the one given to {@code
     * ServerOptions.builder().keyLog(path)}); its new complete lines are embedded before each
     * connection written. It need not exist yet.
     */
    public Builder keyLogFile(Path file) {
      this.keyLogFile = file;
      return this;
    }

    /** The clock for timestamps (default the system clock, microsecond resolution). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Creates (or replaces) the file and writes its headers.
     *
     * @throws UncheckedIOException naming the path when the file cannot be written
     */
    public PcapngWriter open() {
      return new PcapngWriter(this);
    }
  }
}
