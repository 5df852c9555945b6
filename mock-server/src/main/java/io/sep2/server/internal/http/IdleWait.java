package io.sep2.server.internal.http;

import java.net.Socket;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Where a kept-alive connection waits for its client's next request without holding a thread.
 *
 * <p>A 2030.5 device keeps its connection open and polls every few seconds or minutes; between
 * requests the connection does nothing. Waiting in a blocking read would keep a thread per idle
 * connection, and with it the thread's caches (the JDK's per-thread NIO buffer cache, Woodstox's
 * buffer recycler): about 8 KiB of heap per idle device (BENCHMARKS.md, figure 5). Instead {@link
 * HttpConnectionHandler} hands the socket to an {@code IdleWait} and lets its thread go; the wait
 * calls back on a worker thread once the client sends, the idle timeout passes or the socket is
 * closed, and the conversation goes on from where it stopped.
 */
public interface IdleWait {

  /** Why a parked connection is given back. */
  enum Wake {
    /** The client sent something (or closed its side): read on. */
    READABLE,
    /** Nothing arrived within the idle timeout. */
    TIMED_OUT,
    /** The socket was closed meanwhile (the server stopping, a comms fault closing connections). */
    CLOSED
  }

  /**
   * Waits, without a thread, until {@code socket} has bytes to read, {@code timeout} has passed or
   * the socket is closed, then calls {@code then} exactly once, on another thread, with the socket
   * in blocking mode again. Returns at once.
   *
   * @param socket a socket with a {@link java.nio.channels.SocketChannel}; nobody may use it until
   *     {@code then} is called
   */
  void park(Socket socket, Duration timeout, Consumer<Wake> then);
}
