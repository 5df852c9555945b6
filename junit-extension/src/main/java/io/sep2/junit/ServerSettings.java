package io.sep2.junit;

import io.sep2.server.ServerOptions;

/**
 * The configuration of one extension-managed server: the server's {@link ServerOptions} plus what
 * only the JUnit layer does with it (recordings, sharing). A record, so equal settings can share a
 * server.
 *
 * @param options the server's options
 * @param record whether each test's connections are written to {@code recordingDirectory}
 * @param recordingDirectory where recordings go, relative to the working directory
 * @param shared the name under which the server is shared across classes, or empty
 */
record ServerSettings(
    ServerOptions options, boolean record, String recordingDirectory, String shared) {

  /** The recording directory of {@link With2030_5Server#recordingDirectory()}. */
  static final String DEFAULT_RECORDING_DIRECTORY = "target/sep2/recordings";
}
