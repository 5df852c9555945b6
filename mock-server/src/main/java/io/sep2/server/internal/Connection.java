package io.sep2.server.internal;

import io.sep2.server.internal.capture.PcapngWriter;
import io.sep2.server.internal.capture.TeeInputStream;
import io.sep2.server.internal.capture.TeeOutputStream;
import io.sep2.server.internal.http.HalfClosingTransport;
import io.sep2.server.internal.http.HttpConnectionHandler;
import io.sep2.server.internal.http.IdleWait;
import io.sep2.tls.ClientAuth;
import io.sep2.tls.ClientIdentity;
import io.sep2.tls.diagnostics.FailureKind;
import io.sep2.tls.diagnostics.HandshakeFailure;
import io.sep2.tls.internal.ClientCertificateVerifier;
import io.sep2.tls.internal.KeyLogWriter;
import io.sep2.tls.internal.Sep2TlsServer;
import io.sep2.tls.internal.ServerCredential;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * One accepted TCP connection: the 2030.5 TLS handshake with the ClientHello captured for
 * diagnostics, then HTTP/1.1 until the client leaves, waiting between requests in an {@link
 * IdleWait} without a thread. Everything that happens goes to the connection's {@link
 * ConnectionRecorder}. Never throws.
 */
public final class Connection {

  /** What the server shares with each connection. */
  public record Settings(
      BcTlsCrypto crypto,
      ServerCredential credential,
      ClientAuth clientAuth,
      ClientCertificateVerifier verifier,
      boolean lenient,
      KeyLogWriter keyLog,
      PcapngWriter capture,
      HttpConnectionHandler http,
      Duration handshakeTimeout,
      int captureLimit,
      WriteWatchdog writeWatchdog) {}

  private final Socket socket;
  private final ConnectionRecorder recorder;
  private final Settings settings;

  private final Runnable handshakeDone;
  private final IdleWait idle;
  private final Runnable ended;
  private PcapngWriter.Connection packets;
  private WriteWatchdog.Guard writes;
  private final AtomicBoolean over = new AtomicBoolean();

  /**
   * @param socket an accepted socket with a channel
   * @param handshakeDone called once when the handshake has ended, either way
   * @param idle where the connection waits between requests
   * @param ended called once when the connection is over and closed, on whichever thread ends it
   */
  public Connection(
      Socket socket,
      ConnectionRecorder recorder,
      Settings settings,
      Runnable handshakeDone,
      IdleWait idle,
      Runnable ended) {
    this.socket = socket;
    this.recorder = recorder;
    this.settings = settings;
    this.handshakeDone = handshakeDone;
    this.idle = idle;
    this.ended = ended;
  }

  /**
   * The handshake, then the first request; returns when the connection is over or waits for its
   * client without a thread.
   */
  public void run() {
    boolean handshakeEnded = false;
    boolean handedOver = false;
    writes = settings.writeWatchdog() == null ? null : settings.writeWatchdog().guard(socket);
    try {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout((int) settings.handshakeTimeout().toMillis());
      // the handshake as a whole, and later each request, must arrive in time: a per-read timeout
      // alone lets a client that trickles one byte at a time hold the connection for ever
      ClientWaitLimit waitLimit = new ClientWaitLimit(socket, writes);
      waitLimit.handshake(settings.handshakeTimeout());
      HalfClosingTransport transport = HalfClosingTransport.of(socket);
      InputStream rawIn = transport.input();
      OutputStream rawOut = transport.output();
      if (settings.capture() != null) {
        packets =
            settings
                .capture()
                .connection(
                    (InetSocketAddress) socket.getRemoteSocketAddress(),
                    (InetSocketAddress) socket.getLocalSocketAddress());
        rawIn = new TeeInputStream(rawIn, packets::clientToServer);
        rawOut = new TeeOutputStream(rawOut, packets::serverToClient);
      }
      CapturingInputStream in =
          new CapturingInputStream(waitLimit.input(rawIn), settings.captureLimit());
      TlsServerProtocol protocol = new TlsServerProtocol(in, waitLimit.output(rawOut));
      Sep2TlsServer tls =
          new Sep2TlsServer(
              settings.crypto(),
              settings.credential(),
              settings.clientAuth(),
              settings.verifier(),
              settings.lenient(),
              settings.keyLog());
      try {
        protocol.accept(tls);
      } catch (IOException | RuntimeException e) {
        recorder.clientHello(in.captured());
        recorder.handshakeFailed(classify(tls, e, in.endOfStream()));
        handshakeEnded = true;
        handshakeDone.run();
        closeQuietly(protocol::close);
        return;
      }
      recorder.clientHello(in.finish());
      ClientIdentity identity = identityOf(tls);
      recorder.handshakeSucceeded(
          tls.negotiatedVersion().getFullVersion(),
          tls.negotiatedCipherSuite(),
          tls.negotiatedGroup(),
          identity);
      handshakeEnded = true;
      handshakeDone.run();
      socket.setSoTimeout(0); // the HTTP layer sets its own idle timeout
      waitLimit.perRequest(settings.http().limits().readTimeout());
      InputStream appIn = protocol.getInputStream();
      OutputStream appOut = protocol.getOutputStream();
      settings.http().serve(socket, appIn, appOut, identity, recorder::exchange, idle, this::ended);
      handedOver = true; // the HTTP conversation calls ended(), now or later
    } catch (IOException | RuntimeException e) {
      // the socket broke outside the handshake; the record keeps what was seen
    } finally {
      if (!handshakeEnded) {
        handshakeDone.run();
      }
      if (!handedOver) {
        ended();
      }
    }
  }

  private void ended() {
    if (!over.compareAndSet(false, true)) {
      return;
    }
    try {
      if (writes != null) {
        writes.close();
      }
      recorder.closed();
      closeQuietly(socket);
      if (packets != null) {
        closeQuietly(packets);
      }
    } finally {
      ended.run();
    }
  }

  private static ClientIdentity identityOf(Sep2TlsServer tls) {
    ClientCertificateVerifier.Verdict verdict = tls.verdict();
    if (verdict == null) {
      return ClientIdentity.ANONYMOUS;
    }
    return new ClientIdentity(
        verdict.identity().lfdi(),
        verdict.identity().sfdiText(),
        verdict.subject(),
        verdict.trusted());
  }

  /** Turns what the TLS engine threw, plus what the server saw, into a diagnosable failure. */
  private static HandshakeFailure classify(Sep2TlsServer tls, Throwable e, boolean endOfStream) {
    ClientCertificateVerifier.Verdict verdict = tls.verdict();
    short alert = tls.alertSent();
    if (verdict != null && !verdict.trusted()) {
      return verdict.untrustedIssuer()
          ? HandshakeFailure.untrustedClientCertificate(alert, verdict.problem())
          : HandshakeFailure.clientCertificateNotProfile(alert, verdict.problem());
    }
    if (tls.refusedForMissingCertificate()) {
      return HandshakeFailure.noClientCertificate(alert);
    }
    if (endOfStream && e instanceof TlsFatalAlert && !(e instanceof TlsFatalAlertReceived)) {
      // Bouncy Castle reads on only while it needs the client's next message, and turns a clean
      // end of stream there into its own handshake_failure(40): the client left, the server did
      // not refuse anything
      return HandshakeFailure.peerClosed(
          "the client closed the connection before the handshake was complete (" + e + ")");
    }
    HandshakeFailure failure = HandshakeFailure.fromException(e);
    if ((failure.kind() == FailureKind.TIMEOUT || failure.kind() == FailureKind.PEER_CLOSED)
        && (alert < 0 || alert == AlertDescription.internal_error)) {
      // Bouncy Castle answers a failed socket read with internal_error on its way out; the cause
      // is the timeout or the client leaving, not an error of the server
      return failure;
    }
    if (alert >= 0 && failure.alertSent() < 0 && failure.alertReceived() < 0) {
      return HandshakeFailure.alertSent(alert, tls.alertSentMessage());
    }
    return failure;
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException | RuntimeException ignored) {
      // closing is best effort
    }
  }
}
