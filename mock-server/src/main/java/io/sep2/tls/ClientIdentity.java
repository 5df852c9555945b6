package io.sep2.tls;

import java.util.Objects;

/**
 * Who a TLS client proved to be, taken from the certificate it presented in the handshake.
 *
 * <p>IEEE 2030.5 identifies a device by its certificate, not by a user name: the <b>LFDI</b> (Long
 * Form Device Identifier) is the first 160 bits of the SHA-256 fingerprint of the device
 * certificate, printed as 40 upper-case hex digits; the <b>SFDI</b> (Short Form Device Identifier)
 * is the first 36 bits as a decimal number followed by one check digit. The server attaches these
 * to every request in-process (never from a client-supplied header), so stubs can answer each
 * device differently.
 *
 * @param lfdi the 40-hex-digit LFDI, or {@code null} when the client sent no certificate
 * @param sfdi the decimal SFDI, or {@code null} when the client sent no certificate
 * @param subject the client certificate's subject as RFC 2253 text (empty for a 2030.5 device
 *     certificate, whose subject is empty), or {@code null} when the client sent no certificate
 * @param trusted {@code true} when the certificate chained to a trust anchor and passed the 2030.5
 *     profile check; {@code false} when the server runs in a lenient mode and let it in anyway, and
 *     for {@link #ANONYMOUS}
 */
public record ClientIdentity(String lfdi, String sfdi, String subject, boolean trusted) {

  /** The identity of a client that presented no certificate. */
  public static final ClientIdentity ANONYMOUS = new ClientIdentity(null, null, null, false);

  /** HTTP header under which the server passes the client's LFDI to WireMock stubs. */
  public static final String LFDI_HEADER = "X-SEP2-Client-LFDI";

  /** HTTP header under which the server passes the client's SFDI to WireMock stubs. */
  public static final String SFDI_HEADER = "X-SEP2-Client-SFDI";

  /**
   * HTTP header telling stubs whether the identity was verified ({@code true}) or admitted by a
   * lenient mode ({@code false}).
   */
  public static final String VERIFIED_HEADER = "X-SEP2-Client-Verified";

  /** Returns whether the client presented a certificate at all. */
  public boolean present() {
    return lfdi != null;
  }

  @Override
  public String toString() {
    return present()
        ? "ClientIdentity[lfdi=" + lfdi + ", sfdi=" + sfdi + ", trusted=" + trusted + "]"
        : "ClientIdentity[anonymous]";
  }

  /** Returns {@code true} when both identities name the same device. */
  public boolean sameDevice(ClientIdentity other) {
    return other != null && Objects.equals(lfdi, other.lfdi);
  }
}
