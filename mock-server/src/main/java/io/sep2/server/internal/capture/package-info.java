/**
 * Packet captures of the mock server's traffic for Wireshark: {@link
 * io.sep2.server.internal.capture.PcapngWriter} writes TCP byte streams as a pcapng file with
 * synthetic Ethernet/IPv4/TCP framing and the TLS key log embedded, so the file alone opens
 * decrypted.
 *
 * <p><b>Not API.</b> Internal to sep2-testkit: public only so its own packages can use it; it may
 * change in any release without notice.
 */
package io.sep2.server.internal.capture;
