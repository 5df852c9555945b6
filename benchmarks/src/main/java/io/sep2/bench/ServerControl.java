package io.sep2.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The little line protocol between the harness and a server JVM it started ({@link Sep2ServerMain},
 * {@link WireMockMain}). The server prints {@code SEP2-BENCH PHASES main=<epoch ms> ...} (when
 * {@code main} was entered, then how long each start-up phase took, in ms) and {@code SEP2-BENCH
 * PORT <port>} once it accepts connections, then answers commands read from standard input:
 *
 * <ul>
 *   <li>{@code stats}: two full GCs, then {@code SEP2-BENCH STATS heapUsed=<bytes> rss=<bytes>
 *       threads=<n> servers=<n> handshakesOk=<n> handshakesFailed=<n>};
 *   <li>{@code servers <k>}: starts {@code k} more idle servers in this JVM, then {@code SEP2-BENCH
 *       OK servers=<n>};
 *   <li>{@code forget-requests}: empties every server's WireMock request journal (which keeps each
 *       answer's body), then {@code SEP2-BENCH OK forgotten};
 *   <li>{@code quit}, or the end of standard input (the harness died): exits.
 * </ul>
 */
final class ServerControl {

  static final String PREFIX = "SEP2-BENCH ";
  static final String PORT = PREFIX + "PORT ";
  static final String PHASES = PREFIX + "PHASES ";
  static final String STATS = PREFIX + "STATS ";
  static final String OK = PREFIX + "OK ";

  private ServerControl() {}

  /** Prints the phases and port lines, then serves commands until {@code quit} or end of input. */
  static void run(
      int port,
      String phases,
      IntFunction<Integer> addServers,
      Runnable forgetRequests,
      Supplier<long[]> handshakes)
      throws IOException {
    System.out.println(PHASES + phases);
    System.out.println(PORT + port);
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    int servers = 1;
    while ((line = in.readLine()) != null) {
      String command = line.trim();
      if (command.equals("quit")) {
        break;
      } else if (command.equals("stats")) {
        System.out.println(STATS + stats(servers, handshakes.get()));
      } else if (command.equals("forget-requests")) {
        forgetRequests.run();
        System.out.println(OK + "forgotten");
      } else if (command.startsWith("servers ")) {
        servers = addServers.apply(Integer.parseInt(command.substring(8).trim()));
        System.out.println(OK + "servers=" + servers);
      } else {
        System.out.println(PREFIX + "ERROR unknown command: " + command);
      }
      System.out.flush();
    }
  }

  private static String stats(int servers, long[] handshakes) {
    for (int i = 0; i < 2; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    int threads = ManagementFactory.getThreadMXBean().getThreadCount();
    return String.format(
        Locale.ROOT,
        "heapUsed=%d rss=%d threads=%d servers=%d handshakesOk=%d handshakesFailed=%d",
        heap,
        ProcFs.ownRssBytes(),
        threads,
        servers,
        handshakes[0],
        handshakes[1]);
  }

  /** Path of the large answer both server JVMs serve (figure 5). */
  static final String LARGE_PATH = "/large";

  /**
   * The large answer: a 40,000-byte XML document, about what a device gets for a page of 100
   * DERControls, so its TLS answer spans three full 16 KiB records.
   */
  static String largeBody() {
    String open = "<DERControlList xmlns=\"urn:ieee:std:2030.5:ns\" all=\"0\" results=\"0\">";
    String close = "</DERControlList>";
    String pad = "<!-- padding -->";
    StringBuilder body = new StringBuilder(open);
    while (body.length() + pad.length() + close.length() <= 40_000) {
      body.append(pad);
    }
    return body.append(" ".repeat(40_000 - body.length() - close.length()))
        .append(close)
        .toString();
  }

  /** Reads {@code key=value} from a stats or phases line. */
  static long value(String statsLine, String key) {
    for (String part : statsLine.substring(statsLine.indexOf(' ', PREFIX.length())).split(" ")) {
      if (part.startsWith(key + "=")) {
        return Long.parseLong(part.substring(key.length() + 1));
      }
    }
    throw new IllegalArgumentException("no " + key + " in " + statsLine);
  }

  /** Reads the value of an {@code --option value} argument, or {@code fallback}. */
  static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
