package io.sep2.tls;

/**
 * Whether the server asks the client for a certificate. 2030.5 requires mutual authentication, so
 * {@link #REQUIRED} is the default everywhere; the others exist to test clients step by step.
 */
public enum ClientAuth {
  /** The client must present a certificate that chains to a trust anchor (the 2030.5 rule). */
  REQUIRED,
  /** The server asks for a certificate but also lets a client in without one. */
  OPTIONAL,
  /** The server does not ask for a certificate. */
  NONE
}
