package io.sep2.server.internal.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.testing.Tshark;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pcapng file's blocks, framing, sequence numbers, concurrency, memory bound and errors. */
class PcapngWriterTest {

  @TempDir Path dir;

  private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 50_000);
  private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 8443);

  @Test
  void blocksAreSectionInterfaceSecretsThenPackets() throws Exception {
    Path file = dir.resolve("a.pcapng");
    Instant t = Instant.parse("2026-01-02T03:04:05.123456789Z");
    try (PcapngWriter pcap =
        PcapngWriter.builder(file).mss(1000).clock(Clock.fixed(t, ZoneOffset.UTC)).open()) {
      pcap.addKeyLog("CLIENT_RANDOM 00 11");
      PcapngWriter.Connection c = pcap.connection(CLIENT, SERVER);
      c.clientToServer(new byte[2500], 0, 2500);
      c.serverToClient(new byte[10], 0, 10);
      c.close();
    }

    List<Block> blocks = blocks(Files.readAllBytes(file));
    assertThat(blocks.get(0).type).isEqualTo(PcapngWriter.SHB);
    assertThat(blocks.get(0).body.getInt(0)).isEqualTo(0x1A2B3C4D);
    assertThat(blocks.get(1).type).isEqualTo(PcapngWriter.IDB);
    assertThat(blocks.get(1).body.getShort(0)).isEqualTo((short) 1); // Ethernet
    assertThat(blocks.get(2).type).isEqualTo(PcapngWriter.DSB);
    assertThat(blocks.get(2).body.getInt(0)).isEqualTo(0x544C534B);
    int secretsLength = blocks.get(2).body.getInt(4);
    assertThat(new String(blocks.get(2).body.array(), 8, secretsLength, StandardCharsets.US_ASCII))
        .isEqualTo("CLIENT_RANDOM 00 11\n");
    List<Block> packets = blocks.subList(3, blocks.size());
    // SYN, SYN-ACK, ACK, 3 client segments (1000, 1000, 500), 1 server segment, FIN, FIN, ACK
    assertThat(packets).hasSize(10).allMatch(b -> b.type == PcapngWriter.EPB);
    long micros = t.getEpochSecond() * 1_000_000L + 123_456;
    for (Block p : packets) {
      long ts = ((long) p.body.getInt(4) << 32) | (p.body.getInt(8) & 0xFFFFFFFFL);
      assertThat(ts).isEqualTo(micros);
    }
    assertThat(packets.stream().map(p -> tcp(p).payloadLength).toList())
        .containsExactly(0, 0, 0, 1000, 1000, 500, 10, 0, 0, 0);
    assertThat(packets.stream().map(p -> tcp(p).flags).toList())
        .containsExactly(0x02, 0x12, 0x10, 0x18, 0x18, 0x18, 0x18, 0x11, 0x11, 0x10);
  }

  @Test
  void sequenceAndAcknowledgementNumbersFollowTheBytes() throws Exception {
    Path file = dir.resolve("seq.pcapng");
    try (PcapngWriter pcap = PcapngWriter.builder(file).mss(100).open()) {
      PcapngWriter.Connection c = pcap.connection(CLIENT, SERVER);
      c.clientToServer(new byte[250], 0, 250);
      c.serverToClient(new byte[40], 0, 40);
      c.clientToServer(new byte[5], 0, 5);
      c.close();
    }
    List<Tcp> p =
        blocks(Files.readAllBytes(file)).stream()
            .filter(b -> b.type == PcapngWriter.EPB)
            .map(PcapngWriterTest::tcp)
            .toList();
    long c0 = p.get(0).seq;
    long s0 = p.get(1).seq;
    assertThat(p.get(1).ack).isEqualTo(c0 + 1);
    assertThat(p.get(2).seq).isEqualTo(c0 + 1);
    assertThat(p.get(2).ack).isEqualTo(s0 + 1);
    assertThat(p.get(3).seq).isEqualTo(c0 + 1);
    assertThat(p.get(4).seq).isEqualTo(c0 + 101);
    assertThat(p.get(5).seq).isEqualTo(c0 + 201);
    assertThat(p.get(6).seq).isEqualTo(s0 + 1); // server data
    assertThat(p.get(6).ack).isEqualTo((c0 + 251) & 0xFFFFFFFFL);
    assertThat(p.get(7).seq).isEqualTo((c0 + 251) & 0xFFFFFFFFL);
    assertThat(p.get(7).ack).isEqualTo((s0 + 41) & 0xFFFFFFFFL);
    for (Tcp t : p) {
      assertThat(t.ipChecksumOk).isTrue();
      assertThat(t.tcpChecksumOk).isTrue();
    }
  }

  @Test
  void tsharkReadsConcurrentConnectionsWithoutWarnings() throws Exception {
    Path file = dir.resolve("many.pcapng");
    int connections = 8;
    Map<Integer, byte[]> sent = new HashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (PcapngWriter pcap = PcapngWriter.builder(file).maxBufferedBytes(20_000).open()) {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        int port = 40_000 + i;
        byte[] data = new byte[3_000 + i * 7_001];
        new Random(i).nextBytes(data);
        sent.put(port, data);
        futures.add(
            pool.submit(
                () -> {
                  PcapngWriter.Connection c =
                      pcap.connection(new InetSocketAddress("127.0.0.1", port), SERVER);
                  for (int off = 0; off < data.length; off += 997) {
                    int n = Math.min(997, data.length - off);
                    c.clientToServer(data, off, n);
                    c.serverToClient(data, off, Math.min(n, 13));
                  }
                  c.close();
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    String streams =
        Tshark.read(
            file,
            "-T",
            "fields",
            "-e",
            "tcp.stream",
            "-Y",
            "tcp.flags.syn == 1 && tcp.flags.ack == 0");
    assertThat(streams.lines().count()).isEqualTo(connections);
    String warnings =
        Tshark.read(
            file,
            "-o",
            "tcp.check_checksum:TRUE",
            "-o",
            "ip.check_checksum:TRUE",
            "-Y",
            "_ws.expert.severity >= \"Warning\" || tcp.analysis.flags || _ws.malformed");
    assertThat(warnings).isBlank();
    // reassemble the client bytes of every connection from the file and compare
    Map<Integer, ByteArrayOutputStream> received = new HashMap<>();
    for (Block b : blocks(Files.readAllBytes(file))) {
      if (b.type == PcapngWriter.EPB) {
        Tcp t = tcp(b);
        if (t.dstPort == SERVER.getPort() && t.payloadLength > 0) {
          received
              .computeIfAbsent(t.srcPort, k -> new ByteArrayOutputStream())
              .write(t.frame, 54, t.payloadLength);
        }
      }
    }
    for (Map.Entry<Integer, byte[]> e : sent.entrySet()) {
      assertThat(received.get(e.getKey()).toByteArray())
          .as("port %d", e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void aLongConnectionIsWrittenBeforeItEndsWithinTheMemoryBound() throws Exception {
    Path file = dir.resolve("long.pcapng");
    try (PcapngWriter pcap = PcapngWriter.builder(file).maxBufferedBytes(64 * 1024).open()) {
      PcapngWriter.Connection c = pcap.connection(CLIENT, SERVER);
      long before = Files.size(file);
      byte[] chunk = new byte[8 * 1024];
      for (int i = 0; i < 64; i++) {
        c.clientToServer(chunk, 0, chunk.length);
      }
      assertThat(Files.size(file) - before).isGreaterThan(400 * 1024);
      c.close();
    }
  }

  @Test
  void secretsFromAKeyLogFileComeBeforeTheConnectionThatNeedsThem() throws Exception {
    Path file = dir.resolve("k.pcapng");
    Path keys = dir.resolve("keys.log");
    try (PcapngWriter pcap = PcapngWriter.builder(file).keyLogFile(keys).open()) {
      PcapngWriter.Connection c = pcap.connection(CLIENT, SERVER);
      c.clientToServer(new byte[] {22, 3, 1}, 0, 3);
      Files.writeString(keys, "CLIENT_RANDOM aa bb\nCLIENT_RANDOM cc");
      c.close();
      Files.writeString(keys, "CLIENT_RANDOM aa bb\nCLIENT_RANDOM cc dd\n");
    }
    List<Block> blocks = blocks(Files.readAllBytes(file));
    assertThat(blocks.stream().map(b -> b.type).toList())
        .containsExactly(
            PcapngWriter.SHB,
            PcapngWriter.IDB,
            PcapngWriter.DSB, // the complete first line, before the connection
            PcapngWriter.EPB,
            PcapngWriter.EPB,
            PcapngWriter.EPB,
            PcapngWriter.EPB,
            PcapngWriter.EPB,
            PcapngWriter.EPB,
            PcapngWriter.EPB,
            PcapngWriter.DSB); // the line completed later, at close
    assertThat(secrets(blocks.get(2))).isEqualTo("CLIENT_RANDOM aa bb\n");
    assertThat(secrets(blocks.get(10))).isEqualTo("CLIENT_RANDOM cc dd\n");
  }

  @Test
  void aFileThatCannotBeWrittenIsNamed() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
    Path file = notADirectory.resolve("capture.pcapng");

    assertThatThrownBy(() -> PcapngWriter.open(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot create pcapng file " + file);

    PcapngWriter pcap = PcapngWriter.open(dir.resolve("closed.pcapng"));
    pcap.close();
    assertThatThrownBy(() -> pcap.connection(CLIENT, SERVER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed.pcapng");
  }

  // ------------------------------------------------------------------ reading our own file

  private record Block(int type, ByteBuffer body) {}

  private record Tcp(
      byte[] frame,
      int srcPort,
      int dstPort,
      long seq,
      long ack,
      int flags,
      int payloadLength,
      boolean ipChecksumOk,
      boolean tcpChecksumOk) {}

  private static List<Block> blocks(byte[] file) {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    List<Block> out = new ArrayList<>();
    while (b.remaining() >= 12) {
      int start = b.position();
      int type = b.getInt();
      int length = b.getInt();
      assertThat(length % 4).isZero();
      assertThat(b.getInt(start + length - 4)).isEqualTo(length);
      byte[] body = new byte[length - 12];
      b.get(body);
      b.position(start + length);
      out.add(new Block(type, ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN)));
    }
    assertThat(b.remaining()).isZero();
    return out;
  }

  private static String secrets(Block dsb) {
    return new String(dsb.body.array(), 8, dsb.body.getInt(4), StandardCharsets.US_ASCII);
  }

  private static Tcp tcp(Block epb) {
    int captured = epb.body.getInt(12);
    byte[] frame = new byte[captured];
    System.arraycopy(epb.body.array(), 20, frame, 0, captured);
    ByteBuffer f = ByteBuffer.wrap(frame).order(ByteOrder.BIG_ENDIAN);
    assertThat(f.getShort(12)).isEqualTo((short) 0x0800);
    int totalLength = f.getShort(16) & 0xFFFF;
    assertThat(totalLength).isEqualTo(captured - 14);
    boolean ipOk = PcapngWriter.checksum(frame, 14, 20, 0) == 0;
    int payload = totalLength - 40;
    long pseudo = sum(frame, 26, 8) + 6 + 20 + payload;
    boolean tcpOk = PcapngWriter.checksum(frame, 34, 20 + payload, pseudo) == 0;
    return new Tcp(
        frame,
        f.getShort(34) & 0xFFFF,
        f.getShort(36) & 0xFFFF,
        f.getInt(38) & 0xFFFFFFFFL,
        f.getInt(42) & 0xFFFFFFFFL,
        frame[47] & 0xFF,
        payload,
        ipOk,
        tcpOk);
  }

  private static long sum(byte[] data, int off, int len) {
    long s = 0;
    for (int i = 0; i + 1 < len; i += 2) {
      s += ((data[off + i] & 0xFF) << 8) | (data[off + i + 1] & 0xFF);
    }
    return s;
  }
}
