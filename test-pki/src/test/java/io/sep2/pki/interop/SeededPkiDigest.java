package io.sep2.pki.interop;

import io.sep2.pki.Comm004Variant;
import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Prints one line per certificate and key of seeded PKIs: {@code <label> <sha256 of DER>}. Run in a
 * separate JVM by {@link DeterminismTest} to prove seeded output is byte-identical across runs.
 *
 * <p>Usage: {@code SeededPkiDigest <seed>}; covers chain lengths 2, 3 and 4 with two devices, the
 * server and every COMM-004 variant.
 */
public final class SeededPkiDigest {

  private SeededPkiDigest() {}

  public static void main(String[] args) throws Exception {
    for (String line : lines(args[0])) {
      System.out.println(line);
    }
  }

  static List<String> lines(String seed) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int length = 2; length <= 4; length++) {
      Sep2Pki pki =
          Sep2Pki.builder()
              .seed(seed)
              .chainLength(length)
              .addDevice("device-1", "SN0001")
              .addDevice("device-2", "SN0002")
              .build();
      List<HeldCertificate> all = new ArrayList<>();
      all.add(pki.serca());
      pki.mca().ifPresent(all::add);
      pki.mica().ifPresent(all::add);
      all.addAll(pki.devices());
      all.add(pki.server());
      for (Comm004Variant variant : Comm004Variant.values()) {
        all.add(pki.comm004Server(variant));
      }
      for (HeldCertificate held : all) {
        String label = length + "/" + held.name();
        lines.add(label + "/cert " + sha256(der(held)));
        lines.add(label + "/key " + sha256(held.privateKey().getEncoded()));
      }
    }
    return lines;
  }

  private static byte[] der(HeldCertificate held) throws CertificateEncodingException {
    return held.certificate().getEncoded();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
