package io.sep2.tls.internal;

import io.sep2.tls.ClientAuth;
import io.sep2.tls.Sep2TlsPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Vector;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.tls.AbstractTlsServer;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.TlsSecret;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * The server side of one 2030.5 TLS handshake, on Bouncy Castle's low-level TLS API: TLS 1.2 only,
 * {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} only, ECDHE on secp256r1 only, signatures
 * ecdsa_secp256r1_sha256 only, and the client's certificate requested and checked. One instance per
 * connection; after the handshake it tells what happened (alert sent or received, client identity,
 * negotiated parameters) for the diagnostics.
 *
 * <p>Bouncy Castle's defaults are overridden where they would break the policy: {@code selectECDH}
 * would take the client's <em>first</em> group (OpenSSL offers X25519 first), and without {@code
 * getCertificateRequest} no client certificate is asked for.
 */
public final class Sep2TlsServer extends AbstractTlsServer {

  private static final short[] CLIENT_CERT_TYPES = {ClientCertificateType.ecdsa_sign};

  private final BcTlsCrypto crypto;
  private final ServerCredential credential;
  private final ClientAuth clientAuth;
  private final ClientCertificateVerifier verifier;
  private final boolean lenient;
  private final KeyLogWriter keyLog;

  private volatile short alertSent = -1;
  private volatile String alertSentMessage;
  private volatile short alertReceived = -1;
  private volatile boolean clientSentCertificate;
  private volatile boolean refusedForMissingCertificate;
  private volatile ClientCertificateVerifier.Verdict verdict;
  private volatile boolean handshakeComplete;
  private volatile int selectedGroup = -1;

  /**
   * @param lenient when {@code true}, a client certificate that is untrusted or breaks the profile
   *     is let in (its identity marked untrusted) instead of refused; default everywhere is {@code
   *     false}
   * @param keyLog where to log TLS secrets for Wireshark, or {@code null} (the default)
   */
  public Sep2TlsServer(
      BcTlsCrypto crypto,
      ServerCredential credential,
      ClientAuth clientAuth,
      ClientCertificateVerifier verifier,
      boolean lenient,
      KeyLogWriter keyLog) {
    super(crypto);
    this.crypto = crypto;
    this.credential = Objects.requireNonNull(credential, "credential");
    this.clientAuth = Objects.requireNonNull(clientAuth, "clientAuth");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.lenient = lenient;
    this.keyLog = keyLog;
  }

  @Override
  protected ProtocolVersion[] getSupportedVersions() {
    return Sep2TlsPolicy.PROTOCOL_VERSION.only();
  }

  @Override
  protected int[] getSupportedCipherSuites() {
    return new int[] {Sep2TlsPolicy.CIPHER_SUITE};
  }

  @Override
  protected int getMaximumNegotiableCurveBits() {
    int[] groups = context.getSecurityParametersHandshake().getClientSupportedGroups();
    // RFC 4492: a client that sends no supported_groups lets the server choose
    return groups == null || contains(groups, Sep2TlsPolicy.NAMED_GROUP) ? 256 : 0;
  }

  @Override
  protected int selectECDH(int minimumCurveBits) {
    int[] groups = context.getSecurityParametersHandshake().getClientSupportedGroups();
    selectedGroup =
        groups == null || contains(groups, Sep2TlsPolicy.NAMED_GROUP)
            ? Sep2TlsPolicy.NAMED_GROUP
            : -1;
    return selectedGroup;
  }

  @Override
  public int[] getSupportedGroups() {
    return new int[] {NamedGroup.secp256r1};
  }

  @Override
  public TlsCredentials getCredentials() throws IOException {
    SecurityParameters params = context.getSecurityParametersHandshake();
    @SuppressWarnings("unchecked")
    Vector<SignatureAndHashAlgorithm> offered = params.getClientSigAlgs();
    if (offered == null || !offered.contains(Sep2TlsPolicy.SIGNATURE_ALGORITHM)) {
      throw new TlsFatalAlert(
          AlertDescription.handshake_failure,
          "the client offered no ecdsa_secp256r1_sha256 signature algorithm");
    }
    return new BcDefaultTlsCredentialedSigner(
        new TlsCryptoParameters(context),
        crypto,
        credential.privateKey(),
        credential.tlsChain(),
        Sep2TlsPolicy.SIGNATURE_ALGORITHM);
  }

  /**
   * Accepts clients that do not signal secure renegotiation (RFC 5746). Bouncy Castle refuses them
   * by default with alert 40, which would fail scanners and older embedded stacks for a reason that
   * has nothing to do with 2030.5; this server never renegotiates, so the attack the extension
   * prevents cannot happen here.
   */
  @Override
  public void notifySecureRenegotiation(boolean secureRenegotiation) {
    // accepted either way
  }

  @Override
  public CertificateRequest getCertificateRequest() {
    if (clientAuth == ClientAuth.NONE) {
      return null;
    }
    Vector<SignatureAndHashAlgorithm> sigAlgs = new Vector<>();
    sigAlgs.add(Sep2TlsPolicy.SIGNATURE_ALGORITHM);
    Vector<X500Name> authorities = new Vector<>();
    for (X509Certificate anchor : verifier.anchorCertificates()) {
      authorities.add(X500Name.getInstance(anchor.getSubjectX500Principal().getEncoded()));
    }
    return new CertificateRequest(CLIENT_CERT_TYPES, sigAlgs, authorities);
  }

  @Override
  public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
    if (clientCertificate == null || clientCertificate.isEmpty()) {
      clientSentCertificate = false;
      if (clientAuth == ClientAuth.REQUIRED) {
        refusedForMissingCertificate = true;
        throw new TlsFatalAlert(
            AlertDescription.handshake_failure, "the client sent no certificate");
      }
      return;
    }
    clientSentCertificate = true;
    List<X509Certificate> chain = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (int i = 0; i < clientCertificate.getLength(); i++) {
        byte[] der = clientCertificate.getCertificateAt(i).getEncoded();
        chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
      }
    } catch (CertificateException e) {
      throw new TlsFatalAlert(
          AlertDescription.bad_certificate, "the client certificate cannot be parsed: " + e, e);
    }
    ClientCertificateVerifier.Verdict v = verifier.verify(chain);
    this.verdict = v;
    if (!v.trusted() && !lenient) {
      throw new TlsFatalAlert(
          v.untrustedIssuer() ? AlertDescription.unknown_ca : AlertDescription.bad_certificate,
          v.problem());
    }
  }

  @Override
  public void notifyAlertRaised(
      short alertLevel, short alertDescription, String message, Throwable cause) {
    if (alertLevel == AlertLevel.fatal && alertSent < 0) {
      alertSent = alertDescription;
      alertSentMessage =
          message != null ? message : cause != null ? String.valueOf(cause.getMessage()) : null;
    }
  }

  @Override
  public void notifyAlertReceived(short alertLevel, short alertDescription) {
    if (alertLevel == AlertLevel.fatal && alertReceived < 0) {
      alertReceived = alertDescription;
    }
  }

  @Override
  public void notifyHandshakeComplete() throws IOException {
    super.notifyHandshakeComplete();
    handshakeComplete = true;
    // the verdict and identity are taken: Bouncy Castle would keep the parsed chain for the
    // connection's life (about 11 KiB per idle connection)
    ServerTlsCrypto.releaseParsed(context.getSecurityParametersConnection().getPeerCertificate());
    // what the client offered and the server answered in the hellos is needed only to negotiate
    // (Bouncy Castle's own protocol object drops its copies here too): about 1 KiB per connection
    offeredCipherSuites = null;
    clientExtensions = null;
    clientProtocolNames = null;
    certificateStatusRequest = null;
    statusRequestV2 = null;
    trustedCAKeys = null;
    serverExtensions.clear();
    if (keyLog != null) {
      SecurityParameters params = context.getSecurityParametersConnection();
      // the master secret is consumed by the key schedule: log a copy
      TlsSecret copy = crypto.adoptSecret(params.getMasterSecret());
      keyLog.log(params.getClientRandom(), copy.extract());
    }
  }

  /** Whether the server still holds what the client offered in its hello (for tests). */
  boolean keepsClientHello() {
    return offeredCipherSuites != null || clientExtensions != null || !serverExtensions.isEmpty();
  }

  /** The client's Certificate message as the connection keeps it (for tests). */
  Certificate peerCertificate() {
    return context.getSecurityParametersConnection().getPeerCertificate();
  }

  // ---- what happened, for the diagnostics ----

  /** The fatal alert the server sent, or -1. */
  public short alertSent() {
    return alertSent;
  }

  /** The server's own reason for the alert it sent, or {@code null}. */
  public String alertSentMessage() {
    return alertSentMessage;
  }

  /** The fatal alert the client sent, or -1. */
  public short alertReceived() {
    return alertReceived;
  }

  /** Whether the client sent a non-empty Certificate message. */
  public boolean clientSentCertificate() {
    return clientSentCertificate;
  }

  /** Whether the handshake was refused because the client sent no certificate. */
  public boolean refusedForMissingCertificate() {
    return refusedForMissingCertificate;
  }

  /** The verdict on the client's certificate, or {@code null} when none was checked. */
  public ClientCertificateVerifier.Verdict verdict() {
    return verdict;
  }

  /** Whether the handshake completed. */
  public boolean handshakeComplete() {
    return handshakeComplete;
  }

  /** The negotiated version, or {@code null} before the handshake completed. */
  public ProtocolVersion negotiatedVersion() {
    return handshakeComplete ? context.getServerVersion() : null;
  }

  /** The negotiated cipher suite code, or -1 before the handshake completed. */
  public int negotiatedCipherSuite() {
    return handshakeComplete ? context.getSecurityParametersConnection().getCipherSuite() : -1;
  }

  /** The negotiated ECDHE group code, or -1 before the handshake completed. */
  public int negotiatedGroup() {
    // Bouncy Castle fills SecurityParameters.negotiatedGroup for TLS 1.3 only
    return handshakeComplete ? selectedGroup : -1;
  }

  /** The trust anchors' subjects, for messages. */
  public List<X500Principal> anchorSubjects() {
    return verifier.anchorCertificates().stream()
        .map(X509Certificate::getSubjectX500Principal)
        .toList();
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}
