package io.sep2.verify.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** How findings name what they are about. */
final class Subjects {

  private Subjects() {}

  /**
   * A certificate of a chain: {@code device.p12 #0 (leaf)}, {@code device.p12 #2 CN=SERCA}, {@code
   * device.p12 chain}; {@code index == chainSize} is a trust anchor that completed the chain.
   */
  static String certificate(String label, int index, String subject, int chainSize) {
    if (index < 0) {
      return label + " chain";
    }
    String who = subject.isEmpty() ? (index == 0 ? "(leaf, empty subject)" : "") : subject;
    String where = index >= chainSize ? " anchor" : " #" + index;
    return (label + where + " " + who).trim();
  }

  /** A URL without user information, so a {@code user:password@} part is never printed. */
  static String url(URI uri) {
    if (uri == null || uri.getRawUserInfo() == null) {
      return String.valueOf(uri);
    }
    try {
      return new URI(
              uri.getScheme(),
              null,
              uri.getHost(),
              uri.getPort(),
              uri.getPath(),
              uri.getQuery(),
              uri.getFragment())
          .toString();
    } catch (URISyntaxException e) {
      return uri.getScheme() + "://" + uri.getHost();
    }
  }
}
