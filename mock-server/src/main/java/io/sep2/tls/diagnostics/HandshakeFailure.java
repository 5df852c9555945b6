package io.sep2.tls.diagnostics;

import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;

/**
 * What the server observed when a handshake failed: the input to {@link
 * HandshakeDiagnosis#diagnose}. Build one with the factory methods, or let {@link
 * #fromException(Throwable)} classify the exception Bouncy Castle's {@code TlsServerProtocol}
 * threw.
 *
 * @param kind how the handshake ended
 * @param alertSent the alert description the server sent (e.g. 40), or {@code -1} when it sent none
 * @param alertReceived the alert description the client sent, or {@code -1} when none arrived
 * @param message the exception message or other technical detail, or {@code null}
 * @param clientCertificateSent whether the client sent a non-empty Certificate message
 * @param certificateFinding for {@link FailureKind#CLIENT_CERTIFICATE_UNTRUSTED} and {@link
 *     FailureKind#CLIENT_CERTIFICATE_NOT_PROFILE}: what is wrong with the certificate, in plain
 *     words (e.g. "device certificate subjectAltName is not critical"); otherwise {@code null}
 */
public record HandshakeFailure(
    FailureKind kind,
    int alertSent,
    int alertReceived,
    String message,
    boolean clientCertificateSent,
    String certificateFinding) {

  /** Normalises a {@code null} kind to {@link FailureKind#OTHER}. */
  public HandshakeFailure {
    if (kind == null) {
      kind = FailureKind.OTHER;
    }
  }

  /** The server sent fatal alert {@code alert} (a Bouncy Castle {@code AlertDescription} code). */
  public static HandshakeFailure alertSent(int alert, String message) {
    return new HandshakeFailure(FailureKind.ALERT_SENT, alert, -1, message, false, null);
  }

  /** The client sent fatal alert {@code alert}. */
  public static HandshakeFailure alertReceived(int alert, boolean clientCertificateSent) {
    return new HandshakeFailure(
        FailureKind.ALERT_RECEIVED, -1, alert, null, clientCertificateSent, null);
  }

  /** The client sent an empty Certificate message; the server answered with {@code alertSent}. */
  public static HandshakeFailure noClientCertificate(int alertSent) {
    return new HandshakeFailure(
        FailureKind.NO_CLIENT_CERTIFICATE, alertSent, -1, null, false, null);
  }

  /**
   * The client's chain does not validate to a trust anchor.
   *
   * @param alertSent the alert the server sent, usually 48 {@code unknown_ca}
   * @param finding why, in plain words (e.g. the validator's message), or {@code null}
   */
  public static HandshakeFailure untrustedClientCertificate(int alertSent, String finding) {
    return new HandshakeFailure(
        FailureKind.CLIENT_CERTIFICATE_UNTRUSTED, alertSent, -1, null, true, finding);
  }

  /**
   * The client's chain is trusted but breaks the 2030.5 certificate profile.
   *
   * @param alertSent the alert the server sent, usually 42 {@code bad_certificate}
   * @param finding the profile finding text, e.g. from the test-pki profile checker
   */
  public static HandshakeFailure clientCertificateNotProfile(int alertSent, String finding) {
    return new HandshakeFailure(
        FailureKind.CLIENT_CERTIFICATE_NOT_PROFILE, alertSent, -1, null, true, finding);
  }

  /** The client closed or reset the connection mid-handshake. */
  public static HandshakeFailure peerClosed(String message) {
    return new HandshakeFailure(FailureKind.PEER_CLOSED, -1, -1, message, false, null);
  }

  /** The server's read timed out during the handshake. */
  public static HandshakeFailure timeout(String message) {
    return new HandshakeFailure(FailureKind.TIMEOUT, -1, -1, message, false, null);
  }

  /**
   * Classifies what Bouncy Castle's {@code TlsServerProtocol} (or the socket under it) threw: a
   * {@code TlsFatalAlert} anywhere in the cause chain becomes {@link FailureKind#ALERT_SENT} with
   * its alert, a {@code TlsFatalAlertReceived} {@link FailureKind#ALERT_RECEIVED}, an end of stream
   * or connection reset {@link FailureKind#PEER_CLOSED}, a read timeout {@link
   * FailureKind#TIMEOUT}; anything else {@link FailureKind#OTHER}. Certificate findings cannot be
   * recognised from an exception; report those with the specific factories. Never throws.
   */
  public static HandshakeFailure fromException(Throwable failure) {
    if (failure == null) {
      return new HandshakeFailure(FailureKind.OTHER, -1, -1, null, false, null);
    }
    String message = describe(failure);
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TlsFatalAlertReceived received) {
        return new HandshakeFailure(
            FailureKind.ALERT_RECEIVED, -1, received.getAlertDescription(), message, false, null);
      }
      if (t instanceof TlsFatalAlert alert) {
        return new HandshakeFailure(
            FailureKind.ALERT_SENT, alert.getAlertDescription(), -1, message, false, null);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return new HandshakeFailure(FailureKind.TIMEOUT, -1, -1, message, false, null);
      }
      if (t instanceof EOFException) {
        return new HandshakeFailure(FailureKind.PEER_CLOSED, -1, -1, message, false, null);
      }
      if (t instanceof SocketException) {
        String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("reset")
            || text.contains("broken pipe")
            || text.contains("closed")
            || text.contains("abort")) {
          return new HandshakeFailure(FailureKind.PEER_CLOSED, -1, -1, message, false, null);
        }
      }
    }
    return new HandshakeFailure(FailureKind.OTHER, -1, -1, message, false, null);
  }

  private static String describe(Throwable failure) {
    String text = failure.getMessage();
    String type = failure.getClass().getSimpleName();
    return text == null || text.isBlank() ? type : type + ": " + text;
  }
}
