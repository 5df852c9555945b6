package io.sep2.pki.keystore;

import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Sep2Pki} written to a directory as the files a device vendor's tools take, with a {@code
 * README.txt} holding the exact OpenSSL and curl commands for a COMM-003 style request.
 *
 * <p>Files (all PEM files are plain text, all keys ECDSA P-256):
 *
 * <ul>
 *   <li>{@code serca.pem}: the root, the only certificate a 2030.5 peer trusts ({@code -CAfile},
 *       {@code --cacert});
 *   <li>{@code mca.pem}, {@code mica.pem}: the intermediates, when the chain has them;
 *   <li>{@code device-chain.pem}: the first device's certificate followed by its intermediates
 *       (root left out, as a TLS peer sends it); {@code device-key.pem}: its key, unencrypted
 *       PKCS#8; {@code device.p12}: both plus the SERCA as a PKCS12 key entry;
 *   <li>{@code server-chain.pem}, {@code server-key.pem}, {@code server.p12}: the same for the
 *       server certificate;
 *   <li>{@code truststore.p12}: the SERCA as trusted certificate entry {@code serca};
 *   <li>with more than one device: {@code devices/<name>-chain.pem}, {@code -key.pem} and {@code
 *       .p12} for every device;
 *   <li>{@code README.txt}.
 * </ul>
 *
 * The PKCS12 files use {@link #DEFAULT_PASSWORD} ({@value #DEFAULT_PASSWORD}) unless another
 * password is given; the README names the password only when it is the default. The keys are test
 * keys derived from the PKI's seed: never deploy them.
 *
 * @param directory the directory written to
 * @param serca {@code serca.pem}
 * @param deviceChain {@code device-chain.pem}
 * @param deviceKey {@code device-key.pem}
 * @param deviceKeystore {@code device.p12}
 * @param serverChain {@code server-chain.pem}
 * @param serverKey {@code server-key.pem}
 * @param serverKeystore {@code server.p12}
 * @param truststore {@code truststore.p12}
 * @param readme {@code README.txt}
 * @param files every file written, in writing order
 */
public record PkiFiles(
    Path directory,
    Path serca,
    Path deviceChain,
    Path deviceKey,
    Path deviceKeystore,
    Path serverChain,
    Path serverKey,
    Path serverKeystore,
    Path truststore,
    Path readme,
    List<Path> files) {

  /** The password of the written PKCS12 files unless another is given: {@value}. */
  public static final String DEFAULT_PASSWORD = "changeit";

  /** Copies the file list. */
  public PkiFiles {
    files = List.copyOf(files);
  }

  /** Writes the PKI with the {@linkplain #DEFAULT_PASSWORD default password}. */
  public static PkiFiles write(Sep2Pki pki, Path directory) {
    return write(pki, directory, DEFAULT_PASSWORD.toCharArray());
  }

  /**
   * Writes the PKI's files into {@code directory}, creating it if needed and replacing files of the
   * same names.
   *
   * @param password for the PKCS12 files (PEM keys are written unencrypted)
   * @throws KeystoreException {@link KeystoreException.Problem#UNWRITABLE} when a file cannot be
   *     written
   */
  public static PkiFiles write(Sep2Pki pki, Path directory, char[] password) {
    Objects.requireNonNull(pki, "pki");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(password, "password");
    createDirectories(directory);
    List<Path> written = new ArrayList<>();

    Path serca = directory.resolve("serca.pem");
    KeystoreWriter.writeCertificatesPem(serca, List.of(pki.serca().certificate()));
    written.add(serca);
    if (pki.mca().isPresent()) {
      Path mca = directory.resolve("mca.pem");
      KeystoreWriter.writeCertificatesPem(mca, List.of(pki.mca().get().certificate()));
      written.add(mca);
    }
    if (pki.mica().isPresent()) {
      Path mica = directory.resolve("mica.pem");
      KeystoreWriter.writeCertificatesPem(mica, List.of(pki.mica().get().certificate()));
      written.add(mica);
    }
    Identity device = writeIdentity(pki.device(), directory, "device", password, written);
    Identity server = writeIdentity(pki.server(), directory, "server", password, written);
    Path truststore = directory.resolve("truststore.p12");
    KeystoreWriter.writeTruststore(
        truststore, Map.of("serca", pki.serca().certificate()), password);
    written.add(truststore);
    if (pki.devices().size() > 1) {
      Path devices = directory.resolve("devices");
      createDirectories(devices);
      for (HeldCertificate held : pki.devices()) {
        writeIdentity(held, devices, fileName(held.name()), password, written);
      }
    }
    Path readme = directory.resolve("README.txt");
    writeReadme(readme, pki, Arrays.equals(password, DEFAULT_PASSWORD.toCharArray()));
    written.add(readme);
    return new PkiFiles(
        directory,
        serca,
        device.chain,
        device.key,
        device.keystore,
        server.chain,
        server.key,
        server.keystore,
        truststore,
        readme,
        written);
  }

  private record Identity(Path chain, Path key, Path keystore) {}

  private static Identity writeIdentity(
      HeldCertificate held, Path directory, String base, char[] password, List<Path> written) {
    Path chain = directory.resolve(base + "-chain.pem");
    Path key = directory.resolve(base + "-key.pem");
    Path keystore = directory.resolve(base + ".p12");
    KeystoreWriter.writeCertificatesPem(chain, withoutRoot(held.chain()));
    KeystoreWriter.writePrivateKeyPem(key, held.privateKey());
    KeystoreWriter.writePkcs12(keystore, held.name(), held.privateKey(), held.chain(), password);
    written.addAll(List.of(chain, key, keystore));
    return new Identity(chain, key, keystore);
  }

  /** What a TLS peer sends: the chain without its self-signed root (unless that is all). */
  private static List<X509Certificate> withoutRoot(List<X509Certificate> chain) {
    if (chain.size() < 2) {
      return chain;
    }
    X509Certificate last = chain.get(chain.size() - 1);
    boolean root = last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
    return root ? chain.subList(0, chain.size() - 1) : chain;
  }

  private static String fileName(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static void createDirectories(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new KeystoreException(
          Problem.UNWRITABLE, directory, "cannot create the directory: " + e, e);
    }
  }

  private static void writeReadme(Path readme, Sep2Pki pki, boolean defaultPassword) {
    DeviceIdentity device = DeviceIdentity.of(pki.device().certificate());
    DeviceIdentity server = DeviceIdentity.of(pki.server().certificate());
    String shape =
        switch (pki.chainLength()) {
          case 2 -> "SERCA -> device";
          case 3 -> "SERCA -> MICA -> device";
          default -> "SERCA -> MCA -> MICA -> device";
        };
    String hostNote =
        pki.serverHostnames().isEmpty()
            ? "\nThe server certificate carries no host name (2030.5 style): curl cannot verify it"
                + " by host name,\nso add -k to the curl command or regenerate with server host"
                + " names.\n"
            : "\nThe server certificate is valid for: "
                + String.join(", ", pki.serverHostnames())
                + "\n";
    String text =
        "sep2-testkit IEEE 2030.5 test PKI -- FOR TESTS ONLY\n"
            + "=====================================================\n"
            + "The keys are derived from the seed: anyone with the seed has them. Never deploy"
            + " them.\n\n"
            + "seed:          "
            + pki.seed()
            + "\n"
            + "chain length:  "
            + pki.chainLength()
            + " ("
            + shape
            + ")\n"
            + "device LFDI:   "
            + device.lfdi()
            + "   SFDI: "
            + device.sfdiText()
            + "\n"
            + "server LFDI:   "
            + server.lfdi()
            + "   SFDI: "
            + server.sfdiText()
            + "\n"
            + "PKCS12 password (device.p12, server.p12, truststore.p12): "
            + (defaultPassword
                ? DEFAULT_PASSWORD
                : "the one given when these files were written (not stored here)")
            + "\n\n"
            + "Files\n"
            + "  serca.pem          root (SERCA): the only certificate to trust\n"
            + "  mca.pem, mica.pem  intermediates, when the chain has them\n"
            + "  device-chain.pem   device certificate + intermediates (what the client sends)\n"
            + "  device-key.pem     device private key, PKCS#8, unencrypted\n"
            + "  device.p12         device key + full chain (PKCS12, AES-256-CBC/PBKDF2)\n"
            + "  server-chain.pem   server certificate + intermediates\n"
            + "  server-key.pem     server private key, PKCS#8, unencrypted\n"
            + "  server.p12         server key + full chain\n"
            + "  truststore.p12     SERCA as trusted certificate 'serca'\n"
            + hostNote
            + "\n"
            + "Check the chain:\n"
            + "  openssl verify -CAfile serca.pem -untrusted device-chain.pem device-chain.pem\n\n"
            + "Talk to a 2030.5 server on port PORT (TLS 1.2, TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8,"
            + " client certificate):\n"
            + "  openssl s_client -connect 127.0.0.1:PORT -tls1_2 -cipher ECDHE-ECDSA-AES128-CCM8"
            + " -cert device-chain.pem -key device-key.pem -CAfile serca.pem -cert_chain"
            + " device-chain.pem\n"
            + "  curl -H 'Accept: application/sep+xml' --tlsv1.2 --tls-max 1.2 --ciphers"
            + " ECDHE-ECDSA-AES128-CCM8 --cert device-chain.pem --key device-key.pem --cacert"
            + " serca.pem https://127.0.0.1:PORT/dcap\n\n"
            + "s_client's -cert sends only the first certificate of the file; -cert_chain adds"
            + " the\nintermediates (MICA, MCA), without which a server that trusts only the SERCA"
            + " refuses the\nclient (alert 48, unknown_ca). curl sends the whole file by itself.\n\n"
            + "OpenSSL 3.2 and later put CCM8 at security level 0: use -cipher"
            + " 'ECDHE-ECDSA-AES128-CCM8:@SECLEVEL=0'\n"
            + "(curl: --ciphers 'ECDHE-ECDSA-AES128-CCM8:@SECLEVEL=0'). Postman, browsers, Go,"
            + " rustls and the JDK's\n"
            + "SunJSSE cannot do this cipher suite at all; in Java use Bouncy Castle's BCJSSE and"
            + " enable it.\n";
    try {
      Files.writeString(readme, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KeystoreException(Problem.UNWRITABLE, readme, "cannot be written: " + e, e);
    }
  }
}
