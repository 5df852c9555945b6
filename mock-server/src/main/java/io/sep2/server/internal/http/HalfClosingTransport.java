package io.sep2.server.internal.http;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * A TCP connection's streams as the layer above (TLS, or HTTP directly) sees them, where closing
 * ends only the server's sending half: closing the output flushes it and shuts the socket's output
 * down (a TCP {@code FIN}); closing the input does nothing. The socket itself is closed last, by
 * whoever owns it.
 *
 * <p>Why: an answer that refuses a request before reading all of it ({@code 413}, {@code 431},
 * {@code 400}) must still reach a client that is busy sending the rest. Closing a socket whose
 * receive buffer holds unread bytes resets the connection ({@code RST}), and on receiving a reset
 * the client's TCP stack throws away our answer before the client has read it. With the output
 * half-closed, the client can finish sending, read the answer and the TLS {@code close_notify}, and
 * close; {@link HttpConnectionHandler} discards what arrives meanwhile, for a bounded time, before
 * the socket closes. A client that only reads sees the end at once.
 */
public final class HalfClosingTransport {

  private final InputStream in;
  private final OutputStream out;

  private HalfClosingTransport(Socket socket, InputStream in, OutputStream out) {
    this.in =
        new FilterInputStream(in) {
          @Override
          public void close() {
            // the socket's owner closes it last
          }
        };
    this.out =
        new FilterOutputStream(out) {
          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            this.out.write(bytes, offset, length);
          }

          @Override
          public void close() throws IOException {
            try {
              flush();
            } finally {
              if (!socket.isClosed() && !socket.isOutputShutdown()) {
                socket.shutdownOutput();
              }
            }
          }
        };
  }

  /** The streams of {@code socket}. */
  public static HalfClosingTransport of(Socket socket) throws IOException {
    return new HalfClosingTransport(socket, socket.getInputStream(), socket.getOutputStream());
  }

  /** The client's bytes; {@code close()} does nothing. */
  public InputStream input() {
    return in;
  }

  /** Bytes to the client; {@code close()} sends {@code FIN} and leaves the input open. */
  public OutputStream output() {
    return out;
  }
}
