package io.sep2.tls.diagnostics;

/** Advice that several {@link Diagnosis.Cause}s give, written once. */
final class Advice {

  /** TLS stacks that implement TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 and how to enable it. */
  static final String HOW_TO_ENABLE_CCM8 =
      "Use a TLS stack that implements CCM_8 and enable the suite explicitly (it is never on by"
          + " default): OpenSSL `openssl s_client -tls1_2 -cipher ECDHE-ECDSA-AES128-CCM8`"
          + " (OpenSSL 3.2 and later: `-cipher ECDHE-ECDSA-AES128-CCM8:@SECLEVEL=0`); curl"
          + " `--ciphers ECDHE-ECDSA-AES128-CCM8 --tls-max 1.2`; Python"
          + " `ctx.set_ciphers('ECDHE-ECDSA-AES128-CCM8')`; GnuTLS `gnutls-cli --priority"
          + " NORMAL:+AES-128-CCM-8`; Node.js `ciphers: 'ECDHE-ECDSA-AES128-CCM8'`; Java: the"
          + " Bouncy Castle JSSE provider (bctls) with TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 passed"
          + " to setEnabledCipherSuites; mbedTLS and wolfSSL (built with --enable-aesccm) also"
          + " have it.";

  /** TLS stacks that cannot do TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 at all. */
  static final String CANNOT_DO_CCM8 =
      "These cannot do CCM_8 at all, whatever you configure: SunJSSE (the JDK's built-in TLS,"
          + " any Java version), BoringSSL (Chrome, Postman, Electron apps), Go's crypto/tls,"
          + " rustls and Windows SChannel.";

  /** How to make a client trust a 2030.5 server certificate. */
  static final String TRUST_SERVER_FIX =
      "Make the client trust the server's 2030.5 root (the SERCA of the server's test PKI, not a"
          + " public CA), e.g. OpenSSL `-CAfile serca.pem`, Python"
          + " `ctx.load_verify_locations('serca.pem')`, Java a trust store holding the SERCA; and"
          + " turn off host-name verification, because 2030.5 server certificates carry no host"
          + " name (curl `-k`; Python `ctx.check_hostname = False`; Java: leave the endpoint"
          + " identification algorithm unset).";

  private Advice() {}
}
