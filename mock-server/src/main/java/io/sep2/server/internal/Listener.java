package io.sep2.server.internal;

import io.sep2.server.internal.http.IdleWait;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The listening socket of a server: accepts connections, up to {@code maxConnections} open at once
 * (further ones are closed with a log line), and hands each to the handler on a worker thread.
 * Between requests a kept-alive connection waits in the listener's {@link IdleConnections} and
 * holds no thread. {@link #stop()} frees the port at once and closes every open connection.
 */
public final class Listener {

  /** Serves one accepted connection. */
  public interface Handler {
    /**
     * Serves {@code socket}, on the calling worker thread until it ends or waits in {@code idle};
     * calls {@code ended} exactly once when the connection is over, on whichever thread ends it.
     */
    void serve(Socket socket, IdleWait idle, Runnable ended);
  }

  private static final System.Logger LOG = System.getLogger("io.sep2.server");

  private final ServerSocketChannel serverChannel;
  private final ServerSocket serverSocket;
  private final int maxConnections;
  private final Handler handler;
  private final ThreadPoolExecutor workers;
  private final IdleConnections idle;
  private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
  private final Thread acceptThread;

  private Listener(ServerSocketChannel serverChannel, int maxConnections, Handler handler) {
    this.serverChannel = serverChannel;
    this.serverSocket = serverChannel.socket();
    this.maxConnections = maxConnections;
    this.handler = handler;
    int port = serverSocket.getLocalPort();
    AtomicInteger threadIds = new AtomicInteger();
    // as many threads as connections are busy at once: an idle connection gives its thread back
    // (the limit on open connections is counted in openSockets)
    this.workers =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            10,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "sep2-conn-" + port + "-" + threadIds.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.idle = new IdleConnections("sep2-idle-" + port, workers);
    this.acceptThread = new Thread(this::acceptLoop, "sep2-accept-" + port);
    acceptThread.setDaemon(true);
  }

  /**
   * Binds and starts accepting.
   *
   * @throws UncheckedIOException naming host and port when the address cannot be bound
   */
  public static Listener start(String host, int port, int maxConnections, Handler handler) {
    ServerSocketChannel channel = null;
    try {
      channel = ServerSocketChannel.open();
      channel.socket().setReuseAddress(true);
      channel.bind(new InetSocketAddress(InetAddress.getByName(host), port), 128);
    } catch (IOException e) {
      if (channel != null) {
        closeQuietly(channel);
      }
      throw new UncheckedIOException(
          "cannot bind the 2030.5 mock server to " + host + ":" + port + ": " + e, e);
    }
    Listener listener = new Listener(channel, maxConnections, handler);
    listener.acceptThread.start();
    return listener;
  }

  /** The bound port. */
  public int port() {
    return serverSocket.getLocalPort();
  }

  /** Whether it still accepts connections. */
  public boolean isOpen() {
    return serverChannel.isOpen();
  }

  private void acceptLoop() {
    while (serverChannel.isOpen()) {
      Socket socket;
      try {
        SocketChannel accepted = serverChannel.accept();
        socket = accepted.socket();
      } catch (IOException e) {
        if (!serverChannel.isOpen()) {
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
      if (openSockets.size() >= maxConnections) {
        LOG.log(
            Level.WARNING,
            "sep2 mock server: connection limit of "
                + maxConnections
                + " open connections reached; closing new connection from "
                + socket.getRemoteSocketAddress());
        closeQuietly(socket);
        continue;
      }
      // registered here, not in the worker: stop() joins this thread and then closes every
      // registered socket, so a connection accepted while stopping cannot outlive stop()
      openSockets.add(socket);
      try {
        workers.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        openSockets.remove(socket);
        closeQuietly(socket); // stopping
      }
    }
  }

  private void serve(Socket socket) {
    AtomicBoolean over = new AtomicBoolean();
    Runnable ended =
        () -> {
          if (over.compareAndSet(false, true)) {
            openSockets.remove(socket);
            closeQuietly(socket);
          }
        };
    try {
      handler.serve(socket, idle, ended);
    } catch (RuntimeException | Error e) {
      ended.run();
      throw e;
    }
  }

  /** Closes every open connection now (the listener keeps accepting); returns how many. */
  public int closeOpenConnections() {
    int n = 0;
    for (Socket open : openSockets) {
      closeQuietly(open);
      n++;
    }
    idle.recheck(); // idle connections end when their selector thread sees their sockets closed
    return n;
  }

  /** Stops accepting, closes every open connection and frees the port at once. Idempotent. */
  public void stop() {
    if (!serverChannel.isOpen()) {
      return;
    }
    closeQuietly(serverChannel);
    try {
      // once the accept loop has ended, every accepted socket is registered (or closed)
      acceptThread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Socket open : openSockets) {
      closeQuietly(open);
    }
    idle.close(); // ends the idle connections here, before stop() returns
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
