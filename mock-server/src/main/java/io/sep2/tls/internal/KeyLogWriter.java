package io.sep2.tls.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;

/**
 * Appends TLS secrets in the NSS key log format ({@code CLIENT_RANDOM <hex> <hex>}), which
 * Wireshark and tshark read to decrypt a capture of the mock server's traffic ("(Pre)-Master-Secret
 * log filename"). Off by default: a key log makes every recorded connection readable. Thread-safe.
 */
public final class KeyLogWriter {

  private final Path file;

  /** Appends to {@code file}, creating it and its parent folders. */
  public KeyLogWriter(Path file) {
    this.file = file;
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of key log file " + file, e);
    }
  }

  /** The file written to. */
  public Path file() {
    return file;
  }

  /** Writes one TLS 1.2 master secret. */
  public synchronized void log(byte[] clientRandom, byte[] masterSecret) {
    String line =
        "CLIENT_RANDOM "
            + HexFormat.of().formatHex(clientRandom)
            + " "
            + HexFormat.of().formatHex(masterSecret)
            + "\n";
    try {
      Files.writeString(
          file,
          line,
          StandardCharsets.US_ASCII,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to key log file " + file, e);
    }
  }
}
