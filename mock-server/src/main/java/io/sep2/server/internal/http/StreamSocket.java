package io.sep2.server.internal.http;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;

/**
 * The socket httpcore5 is bound to: its streams are the given (decrypted) application-data streams,
 * timeouts and addresses come from the real TCP socket, and {@link #close()} only marks the
 * connection as finished.
 *
 * <p>httpcore5's classic connection can only be bound to a {@link Socket}; this adapter lets it run
 * over the TLS front end's streams. Closing is left to {@link HttpConnectionHandler}, which closes
 * the output stream first (for a TLS stream this sends {@code close_notify}) and then the socket;
 * httpcore5 closing the raw socket itself would cut the TLS session without {@code close_notify}.
 */
final class StreamSocket extends Socket {

  private final Socket transport;
  private final InputStream in;
  private final OutputStream out;
  private volatile boolean closed;

  StreamSocket(Socket transport, InputStream in, OutputStream out) {
    this.transport = transport;
    this.in = in;
    this.out = out;
  }

  @Override
  public InputStream getInputStream() {
    return in;
  }

  @Override
  public OutputStream getOutputStream() {
    return out;
  }

  @Override
  public void setSoTimeout(int timeout) throws SocketException {
    transport.setSoTimeout(timeout);
  }

  @Override
  public int getSoTimeout() throws SocketException {
    return transport.getSoTimeout();
  }

  @Override
  public void setSoLinger(boolean on, int linger) throws SocketException {
    transport.setSoLinger(on, linger);
  }

  @Override
  public SocketAddress getRemoteSocketAddress() {
    return transport.getRemoteSocketAddress();
  }

  @Override
  public SocketAddress getLocalSocketAddress() {
    return transport.getLocalSocketAddress();
  }

  @Override
  public InetAddress getInetAddress() {
    return transport.getInetAddress();
  }

  @Override
  public InetAddress getLocalAddress() {
    return transport.getLocalAddress();
  }

  @Override
  public int getPort() {
    return transport.getPort();
  }

  @Override
  public int getLocalPort() {
    return transport.getLocalPort();
  }

  @Override
  public boolean isConnected() {
    return transport.isConnected();
  }

  @Override
  public boolean isBound() {
    return transport.isBound();
  }

  /** Marks the connection finished; the streams and the TCP socket stay open. */
  @Override
  public void close() {
    closed = true;
  }

  @Override
  public boolean isClosed() {
    return closed || transport.isClosed();
  }

  @Override
  public String toString() {
    return "StreamSocket[" + transport + (closed ? ", closed" : "") + "]";
  }
}
