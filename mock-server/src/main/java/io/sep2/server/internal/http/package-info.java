/**
 * The HTTP/1.1 half of the mock server: from decrypted TLS streams to WireMock and back.
 *
 * <p>Each {@link io.sep2.server.internal.Connection} completes the 2030.5 handshake (the TLS server
 * of {@code io.sep2.tls.internal}) and hands the connection's application-data streams, together
 * with the client's {@link io.sep2.tls.ClientIdentity}, to {@link
 * io.sep2.server.internal.http.HttpConnectionHandler}. It parses requests with Apache httpcore5
 * (keep-alive, limits from {@link io.sep2.server.internal.http.HttpLimits}), puts the client's
 * LFDI/SFDI on each request as headers that a client cannot forge, and answers from the in-process
 * WireMock of a {@link io.sep2.server.internal.http.WireMockBackend}, which tests stub and verify
 * with WireMock's ordinary DSL. Every answered request is reported as an {@link
 * io.sep2.server.record.HttpExchange}.
 *
 * <p><b>Not API.</b> Internal to sep2-testkit: public only so its own packages can use it; it may
 * change in any release without notice.
 */
package io.sep2.server.internal.http;
