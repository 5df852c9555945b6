/**
 * Plain-words explanations of failed TLS handshakes with the mock IEEE 2030.5 server.
 *
 * <p>IEEE 2030.5 allows exactly one TLS configuration: TLS 1.2 with {@code
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} (0xC0AE), secp256r1, {@code ecdsa_secp256r1_sha256} and
 * mutual authentication with certificates from the 2030.5 PKI. CCM_8 (AES in counter-with-CBC-MAC
 * mode with an 8-byte tag) was chosen for small devices, and most general-purpose TLS stacks do not
 * implement it, so a client that works everywhere else usually fails here with nothing more than
 * alert 40 {@code handshake_failure}.
 *
 * <p>{@link io.sep2.tls.diagnostics.ClientHelloParser} reads the raw first bytes of a connection
 * into a {@link io.sep2.tls.diagnostics.ClientHelloInfo}; {@link
 * io.sep2.tls.diagnostics.HandshakeDiagnosis} combines it with what the server observed ({@link
 * io.sep2.tls.diagnostics.HandshakeFailure}) into a {@link io.sep2.tls.diagnostics.Diagnosis}: a
 * reason, a fix and the alert sent. {@link io.sep2.tls.diagnostics.TlsNames} names the wire codes.
 */
package io.sep2.tls.diagnostics;
