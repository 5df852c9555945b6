package io.sep2.server.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The listening socket of a server: accepts connections and hands each to {@code handler} on a
 * thread of its own, up to {@code maxConnections} at once (further ones are closed with a log
 * line). {@link #stop()} frees the port at once and closes every open connection.
 */
public final class Listener {

  private static final System.Logger LOG = System.getLogger("io.sep2.server");

  private final ServerSocket serverSocket;
  private final int maxConnections;
  private final Consumer<Socket> handler;
  private final ThreadPoolExecutor workers;
  private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
  private final Thread acceptThread;

  private Listener(ServerSocket serverSocket, int maxConnections, Consumer<Socket> handler) {
    this.serverSocket = serverSocket;
    this.maxConnections = maxConnections;
    this.handler = handler;
    int port = serverSocket.getLocalPort();
    AtomicInteger threadIds = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            0,
            maxConnections,
            10,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "sep2-conn-" + port + "-" + threadIds.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.acceptThread = new Thread(this::acceptLoop, "sep2-accept-" + port);
    acceptThread.setDaemon(true);
  }

  /**
   * Binds and starts accepting.
   *
   * @throws UncheckedIOException naming host and port when the address cannot be bound
   */
  public static Listener start(
      String host, int port, int maxConnections, Consumer<Socket> handler) {
    ServerSocket socket;
    try {
      socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 128);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot bind the 2030.5 mock server to " + host + ":" + port + ": " + e, e);
    }
    Listener listener = new Listener(socket, maxConnections, handler);
    listener.acceptThread.start();
    return listener;
  }

  /** The bound port. */
  public int port() {
    return serverSocket.getLocalPort();
  }

  /** Whether it still accepts connections. */
  public boolean isOpen() {
    return !serverSocket.isClosed();
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (serverSocket.isClosed()) {
          return;
        }
        // e.g. out of file descriptors: log once per failure and back off instead of spinning
        LOG.log(Level.WARNING, "sep2 mock server: accept failed, retrying in 100 ms: " + e);
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        continue;
      }
      // registered here, not in the worker: stop() joins this thread and then closes every
      // registered socket, so a connection accepted while stopping cannot outlive stop()
      openSockets.add(socket);
      try {
        workers.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        openSockets.remove(socket);
        LOG.log(
            Level.WARNING,
            "sep2 mock server: connection limit of "
                + maxConnections
                + " open connections reached; closing new connection from "
                + socket.getRemoteSocketAddress());
        closeQuietly(socket);
      }
    }
  }

  private void serve(Socket socket) {
    try {
      handler.accept(socket);
    } finally {
      openSockets.remove(socket);
      closeQuietly(socket);
    }
  }

  /** Closes every open connection now (the listener keeps accepting); returns how many. */
  public int closeOpenConnections() {
    int n = 0;
    for (Socket open : openSockets) {
      closeQuietly(open);
      n++;
    }
    return n;
  }

  /** Stops accepting, closes every open connection and frees the port at once. Idempotent. */
  public void stop() {
    if (serverSocket.isClosed()) {
      return;
    }
    closeQuietly(serverSocket);
    try {
      // once the accept loop has ended, every accepted socket is registered (or closed)
      acceptThread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Socket open : openSockets) {
      closeQuietly(open);
    }
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException | RuntimeException ignored) {
      // closing is best effort
    }
  }
}
