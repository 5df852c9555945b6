package io.sep2.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.server.internal.http.IdleWait.Wake;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Connections parked on real loopback sockets, given back for each reason. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class IdleConnectionsTest {

  private static final Duration LONG = Duration.ofSeconds(20);

  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "idle-test-worker");
            t.setDaemon(true);
            return t;
          });
  private final List<Socket> sockets = new ArrayList<>();
  private ServerSocketChannel listening;
  private IdleConnections idle;

  /** What a parked connection was given back with, and on which thread, in blocking mode or not. */
  private record Outcome(Wake wake, String thread, boolean blocking) {}

  private final BlockingQueue<Outcome> outcomes = new ArrayBlockingQueue<>(16);

  @BeforeEach
  void start() throws IOException {
    listening = ServerSocketChannel.open();
    listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    idle = new IdleConnections("idle-test", workers);
  }

  @AfterEach
  void stop() throws IOException {
    idle.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    listening.close();
    workers.shutdownNow();
  }

  /** A connected pair: the server side (with a channel) and the client side. */
  private Socket[] connect() throws IOException {
    Socket client = new Socket();
    client.connect(listening.getLocalAddress());
    SocketChannel accepted = listening.accept();
    sockets.add(client);
    sockets.add(accepted.socket());
    return new Socket[] {accepted.socket(), client};
  }

  private void park(Socket server, Duration timeout) {
    idle.park(
        server,
        timeout,
        wake ->
            outcomes.add(
                new Outcome(
                    wake, Thread.currentThread().getName(), server.getChannel().isBlocking())));
  }

  private Outcome next() throws InterruptedException {
    Outcome outcome = outcomes.poll(10, TimeUnit.SECONDS);
    assertThat(outcome).as("given back within 10 s").isNotNull();
    return outcome;
  }

  @Test
  void aConnectionWhoseClientSendsIsGivenBackOnAWorkerInBlockingModeAndCanWaitAgain()
      throws Exception {
    Socket[] pair = connect();
    Socket server = pair[0];
    park(server, LONG);
    awaitCount(1);

    pair[1].getOutputStream().write('a');
    Outcome first = next();
    assertThat(first).isEqualTo(new Outcome(Wake.READABLE, "idle-test-worker", true));
    assertThat(server.getInputStream().read()).isEqualTo('a');
    assertThat(idle.count()).isZero();

    // its key is gone from the selector: it can wait again, and is given back again
    park(server, LONG);
    awaitCount(1);
    assertThat(outcomes).isEmpty();
    pair[1].getOutputStream().write('b');
    assertThat(next().wake()).isEqualTo(Wake.READABLE);
    assertThat(server.getInputStream().read()).isEqualTo('b');
  }

  @Test
  void aClientThatSendsNothingIsGivenBackAtTheTimeout() throws Exception {
    Socket server = connect()[0];
    long start = System.nanoTime();
    park(server, Duration.ofMillis(300));

    Outcome outcome = next();
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(outcome.wake()).isEqualTo(Wake.TIMED_OUT);
    assertThat(outcome.blocking()).isTrue();
    assertThat(tookMillis).isBetween(290L, 5_000L);
    server.getOutputStream().write('x'); // usable: blocking mode, no longer registered
  }

  @Test
  void aClientThatClosesIsGivenBackAsReadable() throws Exception {
    Socket[] pair = connect();
    park(pair[0], LONG);
    pair[1].close();
    assertThat(next().wake()).isEqualTo(Wake.READABLE);
    assertThat(pair[0].getInputStream().read()).isEqualTo(-1);
  }

  @Test
  void aSocketClosedWhileWaitingIsGivenBackAsClosedOnceRechecked() throws Exception {
    Socket server = connect()[0];
    park(server, LONG);
    awaitCount(1);
    server.close();
    idle.recheck();
    assertThat(next().wake()).isEqualTo(Wake.CLOSED);
  }

  @Test
  void closingHandsEveryWaitingConnectionBackBeforeItReturnsAndLaterOnesAtOnce() throws Exception {
    Socket first = connect()[0];
    Socket second = connect()[0];
    park(first, LONG);
    park(second, LONG);
    awaitCount(2);

    idle.close();

    assertThat(outcomes).extracting(Outcome::wake).containsExactly(Wake.CLOSED, Wake.CLOSED);
    assertThat(outcomes).extracting(Outcome::thread).containsOnly(Thread.currentThread().getName());
    outcomes.clear();
    park(connect()[0], LONG);
    assertThat(outcomes).extracting(Outcome::wake).containsExactly(Wake.CLOSED);
  }

  @Test
  void onlySocketsWithAChannelCanWait() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), plain.getLocalPort());
        Socket server = plain.accept()) {
      assertThatThrownBy(() -> park(server, LONG))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a socket with a channel");
    }
  }

  private void awaitCount(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (idle.count() != expected && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(idle.count()).as("connections waiting").isEqualTo(expected);
  }
}
