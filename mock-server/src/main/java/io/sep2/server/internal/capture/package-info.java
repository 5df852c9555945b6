/**
 * Packet captures of the mock server's traffic for Wireshark: {@link
 * io.sep2.server.internal.capture.PcapngWriter} writes TCP byte streams as a pcapng file with
 * synthetic Ethernet/IPv4/TCP framing and the TLS key log embedded, so the file alone opens
 * decrypted.
 */
package io.sep2.server.internal.capture;
