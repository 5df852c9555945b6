package io.sep2.tls.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Appends TLS secrets in the NSS key log format ({@code CLIENT_RANDOM <hex> <hex>}), which
 * Wireshark and tshark read to decrypt a capture of the mock server's traffic ("(Pre)-Master-Secret
 * log filename"). Off by default: a key log makes every recorded connection readable. Thread-safe.
 */
public final class KeyLogWriter {

  private final Path file;
  private final Consumer<String> sink;

  /**
   * Appends to {@code file} (creating it and its parent folders) and/or passes each line to {@code
   * sink}; either may be {@code null}, not both.
   */
  public KeyLogWriter(Path file, Consumer<String> sink) {
    if (file == null && sink == null) {
      throw new IllegalArgumentException("a key log needs a file or a sink");
    }
    this.file = file;
    this.sink = sink;
    try {
      if (file != null && file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of key log file " + file, e);
    }
  }

  /** Writes one TLS 1.2 master secret. */
  public synchronized void log(byte[] clientRandom, byte[] masterSecret) {
    String line =
        "CLIENT_RANDOM "
            + HexFormat.of().formatHex(clientRandom)
            + " "
            + HexFormat.of().formatHex(masterSecret)
            + "\n";
    if (sink != null) {
      sink.accept(line);
    }
    if (file == null) {
      return;
    }
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
