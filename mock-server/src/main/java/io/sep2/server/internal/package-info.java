/**
 * The mock server's connection handling: the listening socket, one TLS + HTTP connection per
 * thread, client wait limits and the connection log.
 *
 * <p><b>Not API.</b> Internal to sep2-testkit: public only so its own packages can use it; it may
 * change in any release without notice.
 */
package io.sep2.server.internal;
