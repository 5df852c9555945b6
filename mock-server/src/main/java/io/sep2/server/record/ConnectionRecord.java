package io.sep2.server.record;

import io.sep2.tls.ClientIdentity;
import io.sep2.tls.diagnostics.ClientHelloInfo;
import io.sep2.tls.diagnostics.Diagnosis;
import io.sep2.tls.diagnostics.TlsNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the mock 2030.5 server recorded about one TCP connection: the ClientHello, the
 * handshake outcome (negotiated parameters and client identity, or the alert sent and a plain-words
 * {@link Diagnosis}), and the HTTP exchanges carried on it. Immutable; the server hands them out
 * through {@link io.sep2.server.Sep2MockServer#connections()} and to its connection listeners.
 *
 * @param id the connection's sequence number on its server, from 1
 * @param remoteAddress the client's address as {@code host:port} ({@code [v6]:port} for IPv6)
 * @param start when the server accepted the connection
 * @param end when the connection was closed, or {@code null} while it is still open
 * @param clientHello what the client sent first, or {@code null} when nothing was captured yet
 * @param outcome the handshake outcome
 * @param protocolVersion the negotiated version, e.g. {@code TLS 1.2}; {@code null} unless {@link
 *     Outcome#SUCCESS}
 * @param cipherSuite the negotiated suite's IANA name, e.g. {@code
 *     TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}; {@code null} unless {@link Outcome#SUCCESS}
 * @param namedGroup the ECDHE group, e.g. {@code secp256r1}; {@code null} unless known
 * @param clientIdentity who the client proved to be ({@link ClientIdentity#ANONYMOUS} when it sent
 *     no certificate or the handshake did not get that far); never {@code null}
 * @param diagnosis why the handshake failed; {@code null} unless {@link Outcome#FAILED}
 * @param exchanges the HTTP exchanges on this connection, in order; never {@code null}. A
 *     long-lived connection keeps its first {@value #KEPT_FIRST} and its newest {@value
 *     #KEPT_NEWEST} exchanges; those between are counted in {@code exchangesNotKept}
 * @param exchangesNotKept how many exchanges between the first and the newest kept ones the record
 *     does not hold (0 for a connection of at most {@value #KEPT_FIRST} + {@value #KEPT_NEWEST})
 */
public record ConnectionRecord(
    long id,
    String remoteAddress,
    Instant start,
    Instant end,
    ClientHelloInfo clientHello,
    Outcome outcome,
    String protocolVersion,
    String cipherSuite,
    String namedGroup,
    ClientIdentity clientIdentity,
    Diagnosis diagnosis,
    List<HttpExchange> exchanges,
    long exchangesNotKept) {

  /**
   * The first exchanges of a connection its record keeps: {@value}. With {@link #KEPT_NEWEST} this
   * bounds the memory of a device that polls one kept-alive connection for hours (each exchange
   * holds both bodies).
   */
  public static final int KEPT_FIRST = 100;

  /** The newest exchanges of a connection its record keeps: {@value}. */
  public static final int KEPT_NEWEST = 900;

  /** The state of a connection's TLS handshake. */
  public enum Outcome {
    /** The handshake has not finished yet (only seen in snapshots of live connections). */
    IN_PROGRESS,
    /** The handshake completed; HTTP may follow. */
    SUCCESS,
    /** The handshake failed; see {@link ConnectionRecord#diagnosis()}. */
    FAILED
  }

  /** Copies the exchange list and fills {@code null} outcome/identity with their defaults. */
  public ConnectionRecord {
    exchanges = exchanges == null ? List.of() : List.copyOf(exchanges);
    if (exchangesNotKept < 0) {
      throw new IllegalArgumentException("exchangesNotKept must be >= 0, was " + exchangesNotKept);
    }
    if (outcome == null) {
      outcome = Outcome.IN_PROGRESS;
    }
    if (clientIdentity == null) {
      clientIdentity = ClientIdentity.ANONYMOUS;
    }
  }

  /** Returns whether the handshake failed. */
  public boolean failed() {
    return outcome == Outcome.FAILED;
  }

  /** Returns the alert description the server sent (e.g. 40), or {@code -1} for none. */
  public int alertSent() {
    return diagnosis == null ? -1 : diagnosis.alertSent();
  }

  /** Returns how long the connection lasted, or {@code null} while it is open. */
  public Duration duration() {
    return start == null || end == null ? null : Duration.between(start, end);
  }

  /**
   * Returns a readable description: a headline, the ClientHello, the client's TLS stack, and then
   * either the failure's reason and fix or the HTTP exchanges (one line each). This is what a
   * failing test shows.
   *
   * <pre>
   * #3 127.0.0.1:53122  FAILED  alert 40 handshake_failure  (SUITE_NOT_OFFERED)
   *   ClientHello: TLS 1.0 record, client_version TLS 1.2, versions offered TLS 1.3, TLS 1.2; 17 suites: ...
   *   groups: x25519, secp256r1, secp384r1; sigalgs: ...; SNI: localhost; ALPN: h2, http/1.1
   *   Client stack: ...
   *   Reason: ...
   *   Fix: ...
   * </pre>
   */
  public String toText() {
    return render(false);
  }

  /**
   * Like {@link #toText()}, plus when the connection started and how long it lasted, and every HTTP
   * exchange's headers and bodies. This is what the {@code .txt} recording holds.
   */
  public String toDetailedText() {
    return render(true);
  }

  private String render(boolean detailed) {
    List<String> lines = new ArrayList<>();
    lines.add(headline());
    List<String> body = new ArrayList<>();
    if (detailed) {
      Duration duration = duration();
      body.add(
          "Started "
              + start
              + (duration == null ? ", still open" : ", lasted " + duration.toMillis() + " ms"));
    }
    if (clientIdentity.present()) {
      body.add(
          "Client certificate: LFDI "
              + clientIdentity.lfdi()
              + ", SFDI "
              + clientIdentity.sfdi()
              + ", subject \""
              + (clientIdentity.subject() == null ? "" : clientIdentity.subject())
              + "\""
              + (clientIdentity.trusted() ? "" : " (NOT verified: admitted by lenient mode)"));
    } else if (outcome == Outcome.SUCCESS) {
      body.add("Client certificate: none");
    }
    if (clientHello != null) {
      body.addAll(clientHello.summaryLines());
    }
    if (diagnosis != null) {
      body.addAll(diagnosis.lines());
    } else if (clientHello != null) {
      body.add(clientHello.clientStack().summary());
    }
    for (int i = 0; i < exchanges.size(); i++) {
      if (i == KEPT_FIRST && exchangesNotKept > 0) {
        body.add("... " + exchangesNotKept + " exchanges not kept ...");
      }
      HttpExchange exchange = exchanges.get(i);
      body.add(exchangeLine(exchange));
      if (detailed) {
        for (Map.Entry<String, String> header : exchange.requestHeaders()) {
          body.add("  > " + header.getKey() + ": " + header.getValue());
        }
        addBody(body, "  > ", exchange.requestBody());
        for (Map.Entry<String, String> header : exchange.responseHeaders()) {
          body.add("  < " + header.getKey() + ": " + header.getValue());
        }
        addBody(body, "  < ", exchange.responseBody());
      }
    }
    for (String line : body) {
      for (String part : line.split("\n", -1)) {
        lines.add("  " + part);
      }
    }
    return String.join("\n", lines);
  }

  private String headline() {
    StringBuilder sb = new StringBuilder();
    sb.append('#').append(id).append(' ').append(remoteAddress).append("  ").append(outcome);
    switch (outcome) {
      case SUCCESS:
        sb.append("  ").append(protocolVersion).append(' ').append(cipherSuite);
        if (namedGroup != null) {
          sb.append(' ').append(namedGroup);
        }
        long all = exchanges.size() + exchangesNotKept;
        sb.append("  ").append(all).append(all == 1 ? " HTTP exchange" : " HTTP exchanges");
        break;
      case FAILED:
        sb.append("  ").append(TlsNames.describeAlert(alertSent()));
        if (diagnosis != null) {
          sb.append("  (").append(diagnosis.cause()).append(')');
        }
        break;
      default:
        sb.append("  handshake not finished");
        break;
    }
    return sb.toString();
  }

  private static String exchangeLine(HttpExchange exchange) {
    return exchange.method()
        + " "
        + exchange.uri()
        + " -> "
        + exchange.status()
        + " ("
        + exchange.durationMillis()
        + " ms)";
  }

  private static void addBody(List<String> lines, String prefix, String body) {
    if (body == null || body.isEmpty()) {
      return;
    }
    lines.add(prefix.trim());
    for (String part : body.split("\r?\n", -1)) {
      lines.add(prefix + part);
    }
  }
}
