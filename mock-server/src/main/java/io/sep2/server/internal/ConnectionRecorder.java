package io.sep2.server.internal;

import io.sep2.server.record.ConnectionRecord;
import io.sep2.server.record.HttpExchange;
import io.sep2.tls.ClientIdentity;
import io.sep2.tls.diagnostics.ClientHelloInfo;
import io.sep2.tls.diagnostics.ClientHelloParser;
import io.sep2.tls.diagnostics.Diagnosis;
import io.sep2.tls.diagnostics.HandshakeDiagnosis;
import io.sep2.tls.diagnostics.HandshakeFailure;
import io.sep2.tls.diagnostics.TlsNames;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The mutable collector for one connection, filled in by the server's connection thread while the
 * connection runs and read by test threads at any time through {@link #snapshot()}. All methods are
 * thread-safe (they synchronise on this recorder) and never throw on {@code null} arguments.
 *
 * <p>Typical use by the server: {@link #clientHello(byte[])} with the bytes captured before the TLS
 * engine rejected or accepted them, then either {@link #handshakeSucceeded} or {@link
 * #handshakeFailed}, then {@link #exchange} per HTTP request, and {@link #closed()} at the end.
 */
public final class ConnectionRecorder {

  private final long id;
  private final String remoteAddress;
  private final Clock clock;
  private final Instant start;
  private Instant end;
  private ClientHelloInfo clientHello;
  private ConnectionRecord.Outcome outcome = ConnectionRecord.Outcome.IN_PROGRESS;
  private String protocolVersion;
  private String cipherSuite;
  private String namedGroup;
  private ClientIdentity clientIdentity = ClientIdentity.ANONYMOUS;
  private Diagnosis diagnosis;
  private final List<HttpExchange> first = new ArrayList<>();
  private final ArrayDeque<HttpExchange> newest = new ArrayDeque<>();
  private long notKept;

  /**
   * Starts recording a connection accepted now.
   *
   * @param id the connection's sequence number
   * @param remoteAddress the client's address, e.g. {@code 127.0.0.1:53122}
   * @param clock the clock for the start and end instants (the server's clock, normally UTC)
   */
  public ConnectionRecorder(long id, String remoteAddress, Clock clock) {
    this.id = id;
    this.remoteAddress = remoteAddress == null ? "?" : remoteAddress;
    this.clock = clock == null ? Clock.systemUTC() : clock;
    this.start = this.clock.instant();
  }

  /** Starts recording a connection accepted now, using the system UTC clock. */
  public ConnectionRecorder(long id, SocketAddress remoteAddress) {
    this(id, formatAddress(remoteAddress), Clock.systemUTC());
  }

  /** Returns the connection's sequence number. */
  public long id() {
    return id;
  }

  /**
   * Records the bytes the client sent first (as captured before or while the TLS engine read them),
   * parsing them with {@link ClientHelloParser}. Later calls replace earlier ones, so the server
   * may call this again with a longer capture.
   */
  public synchronized ClientHelloInfo clientHello(byte[] captured) {
    clientHello = ClientHelloParser.parse(captured);
    return clientHello;
  }

  /** Records an already parsed ClientHello. */
  public synchronized void clientHello(ClientHelloInfo hello) {
    clientHello = hello;
  }

  /** Returns the ClientHello recorded so far, or {@code null}. */
  public synchronized ClientHelloInfo clientHello() {
    return clientHello;
  }

  /**
   * Records a completed handshake.
   *
   * @param protocolVersion e.g. {@code TLS 1.2}
   * @param cipherSuite the IANA suite name
   * @param namedGroup the ECDHE group name, or {@code null} when unknown
   * @param identity who the client proved to be ({@code null} means anonymous)
   */
  public synchronized void handshakeSucceeded(
      String protocolVersion, String cipherSuite, String namedGroup, ClientIdentity identity) {
    this.outcome = ConnectionRecord.Outcome.SUCCESS;
    this.protocolVersion = protocolVersion;
    this.cipherSuite = cipherSuite;
    this.namedGroup = namedGroup;
    this.clientIdentity = identity == null ? ClientIdentity.ANONYMOUS : identity;
    this.diagnosis = null;
  }

  /**
   * Records a completed handshake from wire codes (as Bouncy Castle's security parameters give
   * them), naming them with the diagnostics tables.
   *
   * @param protocolVersion e.g. {@code 0x0303}
   * @param cipherSuite e.g. {@code 0xC0AE}
   * @param namedGroup e.g. {@code 0x0017}, or {@code -1} when unknown
   * @param identity who the client proved to be ({@code null} means anonymous)
   */
  public void handshakeSucceeded(
      int protocolVersion, int cipherSuite, int namedGroup, ClientIdentity identity) {
    handshakeSucceeded(
        TlsNames.version(protocolVersion),
        TlsNames.cipherSuiteLabel(cipherSuite),
        namedGroup < 0 ? null : TlsNames.group(namedGroup),
        identity);
  }

  /**
   * Records a failed handshake and diagnoses it against the recorded ClientHello.
   *
   * @return the diagnosis (also part of the next snapshot)
   */
  public synchronized Diagnosis handshakeFailed(HandshakeFailure failure) {
    this.outcome = ConnectionRecord.Outcome.FAILED;
    this.diagnosis = HandshakeDiagnosis.diagnose(clientHello, failure);
    return diagnosis;
  }

  /** Records a failed handshake with a diagnosis made elsewhere. */
  public synchronized void handshakeFailed(Diagnosis diagnosis) {
    this.outcome = ConnectionRecord.Outcome.FAILED;
    this.diagnosis = diagnosis;
  }

  /** Records the client identity (e.g. once the certificate was checked, before HTTP starts). */
  public synchronized void clientIdentity(ClientIdentity identity) {
    this.clientIdentity = identity == null ? ClientIdentity.ANONYMOUS : identity;
  }

  /**
   * Appends one HTTP exchange ({@code null} is ignored). The record keeps the connection's first
   * {@link ConnectionRecord#KEPT_FIRST} and newest {@link ConnectionRecord#KEPT_NEWEST} exchanges
   * and counts the others.
   */
  public synchronized void exchange(HttpExchange exchange) {
    if (exchange == null) {
      return;
    }
    if (first.size() < ConnectionRecord.KEPT_FIRST) {
      first.add(exchange);
      return;
    }
    if (newest.size() == ConnectionRecord.KEPT_NEWEST) {
      newest.removeFirst();
      notKept++;
    }
    newest.addLast(exchange);
  }

  /** Marks the connection closed now; later calls keep the first end instant. */
  public synchronized void closed() {
    if (end == null) {
      end = clock.instant();
    }
  }

  /** Marks the connection closed at {@code when}; later calls keep the first end instant. */
  public synchronized void closed(Instant when) {
    if (end == null) {
      end = Objects.requireNonNullElseGet(when, clock::instant);
    }
  }

  /** Returns whether {@link #closed} was called. */
  public synchronized boolean isClosed() {
    return end != null;
  }

  /** Returns an immutable copy of everything recorded so far. */
  public synchronized ConnectionRecord snapshot() {
    return new ConnectionRecord(
        id,
        remoteAddress,
        start,
        end,
        clientHello,
        outcome,
        protocolVersion,
        cipherSuite,
        namedGroup,
        clientIdentity,
        diagnosis,
        exchanges(),
        notKept);
  }

  private List<HttpExchange> exchanges() {
    List<HttpExchange> all = new ArrayList<>(first.size() + newest.size());
    all.addAll(first);
    all.addAll(newest);
    return all;
  }

  /**
   * Formats a socket address as {@code host:port} with the numeric address ({@code [v6]:port} for
   * IPv6), or its {@code toString()} for other address types; {@code "?"} for {@code null}.
   */
  public static String formatAddress(SocketAddress address) {
    if (address instanceof InetSocketAddress inet) {
      String host =
          inet.getAddress() != null ? inet.getAddress().getHostAddress() : inet.getHostString();
      if (host.indexOf(':') >= 0) {
        int zone = host.indexOf('%');
        host = "[" + (zone >= 0 ? host.substring(0, zone) : host) + "]";
      }
      return host + ":" + inet.getPort();
    }
    return address == null ? "?" : address.toString();
  }
}
