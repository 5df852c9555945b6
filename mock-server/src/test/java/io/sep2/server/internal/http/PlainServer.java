package io.sep2.server.internal.http;

import io.sep2.server.record.HttpExchange;
import io.sep2.tls.ClientIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A plain-TCP server on 127.0.0.1 for tests: each accepted connection is served by {@link
 * HttpConnectionHandler} on its own thread, with the identity {@code identities} gives for its
 * number (1, 2, ...). The TLS front end is not part of these tests.
 */
@SuppressWarnings("try")
final class PlainServer implements AutoCloseable {

  final WireMockBackend backend;
  final AtomicInteger connections = new AtomicInteger();
  final List<HttpExchange> exchanges = new CopyOnWriteArrayList<>();
  final List<Future<?>> conversations = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final HttpConnectionHandler handler;
  private final IntFunction<ClientIdentity> identities;
  private final ServerSocket serverSocket;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "plain-server");
            t.setDaemon(true);
            return t;
          });

  PlainServer(WireMockBackend backend, HttpLimits limits, IntFunction<ClientIdentity> identities) {
    this.backend = backend;
    this.handler = new HttpConnectionHandler(backend, limits);
    this.identities = identities;
    try {
      serverSocket = new ServerSocket();
      serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.execute(this::acceptLoop);
  }

  PlainServer(WireMockBackend backend) {
    this(backend, HttpLimits.DEFAULTS, n -> ClientIdentity.ANONYMOUS);
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return;
      }
      sockets.add(socket);
      ClientIdentity identity = identities.apply(connections.incrementAndGet());
      conversations.add(
          threads.submit(
              () -> {
                try {
                  HalfClosingTransport transport = HalfClosingTransport.of(socket);
                  handler.serve(
                      socket, transport.input(), transport.output(), identity, exchanges::add);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }));
    }
  }

  /**
   * Waits until {@code count} exchanges were recorded: the handler records an exchange after the
   * client already has its answer.
   */
  List<HttpExchange> awaitExchanges(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (exchanges.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return List.copyOf(exchanges);
  }

  int port() {
    return serverSocket.getLocalPort();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    serverSocket.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    threads.shutdownNow();
    threads.awaitTermination(5, TimeUnit.SECONDS);
    backend.close();
  }
}
