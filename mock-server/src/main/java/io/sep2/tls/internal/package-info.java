/**
 * The 2030.5 TLS server engine on Bouncy Castle's low-level TLS API: the server policy (TLS 1.2,
 * 0xC0AE, secp256r1, ecdsa_secp256r1_sha256, client certificate), client chain verification, the
 * server credential and the NSS key log.
 *
 * <p><b>Not API.</b> Internal to sep2-testkit: public only so its own packages can use it; it may
 * change in any release without notice.
 */
package io.sep2.tls.internal;
