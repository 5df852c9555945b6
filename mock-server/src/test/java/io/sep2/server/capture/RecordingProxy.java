package io.sep2.server.capture;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny loopback TCP proxy in front of a server that records every connection's bytes, both ways,
 * into a {@link PcapngWriter}. Each connection is written when both directions have ended.
 */
final class RecordingProxy implements Closeable {

  private final ServerSocket listener;
  private final InetSocketAddress upstream;
  private final PcapngWriter pcap;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger finished = new AtomicInteger();

  RecordingProxy(InetSocketAddress upstream, PcapngWriter pcap) throws IOException {
    this.upstream = upstream;
    this.pcap = pcap;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  int port() {
    return listener.getLocalPort();
  }

  /** How many proxied connections have ended and been written. */
  int finishedConnections() {
    return finished.get();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        threads.execute(() -> proxy(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void proxy(Socket client) {
    try (client;
        Socket server = new Socket(upstream.getAddress(), upstream.getPort())) {
      PcapngWriter.Connection recorded =
          pcap.connection(
              (InetSocketAddress) client.getRemoteSocketAddress(),
              (InetSocketAddress) server.getRemoteSocketAddress());
      var up = threads.submit(() -> pump(client, server, recorded, true));
      pump(server, client, recorded, false);
      up.get(30, TimeUnit.SECONDS);
      recorded.close();
      finished.incrementAndGet();
    } catch (Exception e) {
      // a broken test connection shows up as a missing or short stream in the capture
    }
  }

  private static Void pump(Socket from, Socket to, PcapngWriter.Connection c, boolean fromClient) {
    byte[] buffer = new byte[16 * 1024];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (fromClient) {
          c.clientToServer(buffer, 0, n);
        } else {
          c.serverToClient(buffer, 0, n);
        }
        out.write(buffer, 0, n);
        out.flush();
      }
      to.shutdownOutput();
    } catch (IOException e) {
      // the other side went away
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdown();
    try {
      threads.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
