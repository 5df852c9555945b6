package io.sep2.tls.diagnostics;

/**
 * TLS implementations a client may be built on, as {@link ClientStack#identify} names them, each
 * with whether it can negotiate {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} (0xC0AE) at all and what
 * to change so that it offers it to a 2030.5 server.
 */
public enum TlsStack {
  /** Google's OpenSSL fork, inside Chrome, Edge, Electron apps (Postman, VS Code) and Android. */
  BORINGSSL(
      "BoringSSL (Chrome, Postman, Electron)",
      Ccm8Support.NOT_AVAILABLE,
      "BoringSSL has no CCM cipher suites at all, so Chrome, Postman, Electron apps and anything"
          + " else built on it can never complete a handshake with a 2030.5 server; no setting in"
          + " Postman or the browser changes that. Test the server with a client that has CCM_8:"
          + " curl --tls-max 1.2 --ciphers ECDHE-ECDSA-AES128-CCM8 --cert device.pem --key"
          + " device.key, or openssl s_client -tls1_2 -cipher ECDHE-ECDSA-AES128-CCM8."),
  /** OpenSSL 1.1.x or 3.x: curl, wget, Python's ssl, Node.js, Ruby, PHP, most Linux tools. */
  OPENSSL(
      "OpenSSL (curl, Python, Node.js)",
      Ccm8Support.AVAILABLE,
      "OpenSSL has CCM_8 but leaves it out of its default list, and offers TLS 1.3 first: ask"
          + " for both explicitly. openssl s_client -tls1_2 -cipher ECDHE-ECDSA-AES128-CCM8;"
          + " curl --tls-max 1.2 --ciphers ECDHE-ECDSA-AES128-CCM8; Python:"
          + " ctx.set_ciphers('ECDHE-ECDSA-AES128-CCM8') and ctx.maximum_version ="
          + " ssl.TLSVersion.TLSv1_2; Node.js: tls.connect({ciphers: 'ECDHE-ECDSA-AES128-CCM8',"
          + " maxVersion: 'TLSv1.2'}). On OpenSSL 3.2 and later add :@SECLEVEL=0 to the cipher"
          + " string (ECDHE-ECDSA-AES128-CCM8:@SECLEVEL=0), since its 64-bit tag is below the"
          + " default security level there."),
  /** GnuTLS: gnutls-cli, and curl/wget builds linked against it. */
  GNUTLS(
      "GnuTLS",
      Ccm8Support.AVAILABLE,
      "GnuTLS has CCM_8 but not in its NORMAL priority string: add it and cap the version, e.g."
          + " gnutls-cli --priority 'NORMAL:-VERS-TLS1.3:+AES-128-CCM-8' (in code:"
          + " gnutls_priority_set_direct(session, \"NORMAL:-VERS-TLS1.3:+AES-128-CCM-8\","
          + " NULL))."),
  /** The JDK's built-in provider: plain SSLSocket, HttpsURLConnection, java.net.http. */
  SUNJSSE(
      "Java SunJSSE",
      Ccm8Support.NOT_AVAILABLE,
      "SunJSSE (the JDK's built-in TLS, any Java version) has no CCM suites at all, whatever"
          + " jdk.tls settings say. Use Bouncy Castle's JSSE provider (bctls) with"
          + " TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 and TLSv1.2 enabled explicitly; sep2-testkit's"
          + " Sep2ClientTls is a ready-made set-up."),
  /** Bouncy Castle's JSSE provider (bctls) or its low-level TLS API. */
  BCJSSE(
      "Bouncy Castle JSSE (BCJSSE)",
      Ccm8Support.AVAILABLE,
      "Bouncy Castle has TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 but does not enable it by default:"
          + " set it with SSLParameters.setCipherSuites(new String[]"
          + " {\"TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8\"}) and setProtocols(new String[]"
          + " {\"TLSv1.2\"}) on the socket or engine (see Sep2ClientTls)."),
  /** Go's standard library crypto/tls (net/http clients, most Go tools). */
  GO(
      "Go crypto/tls",
      Ccm8Support.NOT_AVAILABLE,
      "Go's crypto/tls implements no CCM suites and Config.CipherSuites cannot add any, so a Go"
          + " client needs another TLS library for 2030.5 (for example OpenSSL through cgo"
          + " bindings), or test the server with curl/openssl instead."),
  /** rustls, the Rust TLS library (reqwest and hyper with rustls, many Rust tools). */
  RUSTLS(
      "rustls",
      Ccm8Support.NOT_AVAILABLE,
      "rustls implements no CCM suites. A Rust client must use an OpenSSL-backed TLS (the"
          + " openssl or native-tls crates on Linux) with the cipher list"
          + " ECDHE-ECDSA-AES128-CCM8 and TLS 1.2 as maximum."),
  /** Mozilla's Network Security Services: Firefox, Thunderbird, some Red Hat tools. */
  NSS(
      "NSS (Firefox)",
      Ccm8Support.NOT_AVAILABLE,
      "NSS (Firefox) has no CCM cipher suites for TLS; no about:config setting adds them. Use"
          + " curl or openssl s_client with -cipher ECDHE-ECDSA-AES128-CCM8 -tls1_2 instead."),
  /** Arm's Mbed TLS (formerly PolarSSL), common in embedded devices. */
  MBEDTLS(
      "Mbed TLS",
      Ccm8Support.AVAILABLE,
      "Mbed TLS has CCM_8 when built with MBEDTLS_CCM_C, MBEDTLS_ECDH_C, MBEDTLS_ECDSA_C and"
          + " MBEDTLS_KEY_EXCHANGE_ECDHE_ECDSA_ENABLED (all in the default config). Restrict the"
          + " client to it with mbedtls_ssl_conf_ciphersuites(&conf, list) where list is"
          + " {MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, 0}, and cap the version at TLS 1.2"
          + " (mbedtls_ssl_conf_max_version, or mbedtls_ssl_conf_max_tls_version in 3.x)."),
  /** wolfSSL (formerly CyaSSL), common in embedded devices. */
  WOLFSSL(
      "wolfSSL",
      Ccm8Support.AVAILABLE,
      "wolfSSL has CCM_8 when built with AES-CCM (./configure --enable-aesccm, or HAVE_AESCCM in"
          + " user_settings.h) and ECC; select it with wolfSSL_CTX_set_cipher_list(ctx,"
          + " \"ECDHE-ECDSA-AES128-CCM-8\") on a wolfTLSv1_2_client_method() context."),
  /** Windows' built-in TLS: .NET on Windows, PowerShell, WinHTTP/WinINet, Windows curl.exe. */
  SCHANNEL(
      "Windows SChannel",
      Ccm8Support.NOT_AVAILABLE,
      "Windows SChannel has no CCM suites, so .NET's HttpClient on Windows, PowerShell, WinHTTP,"
          + " WinINet and the curl.exe that ships with Windows cannot connect. Use an"
          + " OpenSSL-based curl or openssl build on Windows, or Bouncy Castle's TLS API for"
          + " .NET or Java, configured for TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 and TLS 1.2."),
  /** Not recognised. */
  UNKNOWN(
      "unknown",
      Ccm8Support.UNKNOWN,
      "Enable TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 (0xC0AE) with TLS 1.2, secp256r1,"
          + " ecdsa_secp256r1_sha256 and the device certificate in the client's TLS settings. If"
          + " its TLS library has no CCM_8 (BoringSSL, Go, rustls, SunJSSE, NSS and SChannel do"
          + " not), use one that does: OpenSSL, GnuTLS, Mbed TLS, wolfSSL or Bouncy Castle.");

  /** Whether a stack can negotiate {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} at all. */
  public enum Ccm8Support {
    /** Implemented; it may need enabling. */
    AVAILABLE,
    /** Not implemented in any version or configuration. */
    NOT_AVAILABLE,
    /** The stack is not known. */
    UNKNOWN
  }

  private final String displayName;
  private final Ccm8Support ccm8;
  private final String fixAdvice;

  TlsStack(String displayName, Ccm8Support ccm8, String fixAdvice) {
    this.displayName = displayName;
    this.ccm8 = ccm8;
    this.fixAdvice = fixAdvice;
  }

  /** A readable name, e.g. {@code BoringSSL (Chrome, Postman, Electron)}. */
  public String displayName() {
    return displayName;
  }

  /** Whether this stack can do CCM_8 at all. */
  public Ccm8Support ccm8() {
    return ccm8;
  }

  /**
   * What to change on a client built on this stack so that it can talk to a 2030.5 server, or why
   * it cannot. One paragraph, plain words.
   */
  public String fixAdvice() {
    return fixAdvice;
  }
}
