package io.sep2.pki;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/**
 * A complete IEEE 2030.5 test PKI: a root, the manufacturer CAs, device certificates and a
 * certificate for the mock server, all ECDSA P-256 signed with ecdsa-with-SHA256, with the
 * extensions and criticality of the 2030.5 certificate profile.
 *
 * <p>The 2030.5 PKI has one root, the <b>SERCA</b> (Smart Energy Root Certificate Authority). A
 * manufacturer holds an <b>MCA</b> (Manufacturer CA, optional) and an <b>MICA</b> (Manufacturer
 * Issuing CA) that signs the certificates baked into each device at the factory. Devices have no
 * subject name: they are named by a {@code HardwareModuleName} (hardware type OID + serial number)
 * in the subjectAltName, and identified on the wire by the LFDI/SFDI computed from the certificate.
 * Certificates never expire ({@code notAfter = 99991231235959Z}).
 *
 * <pre>{@code
 * Sep2Pki pki = Sep2Pki.builder().seed("team-a").build();   // SERCA -> MCA -> MICA -> device
 * HeldCertificate device = pki.device();
 * }</pre>
 *
 * <p><b>Determinism.</b> Every key, serial number and signature is derived from the seed (keys by
 * SHA-256 of seed and a label, signatures by RFC 6979), and the validity start is fixed, so the
 * same seed and options give byte-identical certificates and keys on every machine: teams share a
 * fixture by sharing a seed. Without a seed, a random one is chosen; {@link #seed()} tells which,
 * so a failing run can be replayed. A test PKI's keys are only as secret as its seed: never use
 * them outside tests. Immutable and thread-safe.
 */
public final class Sep2Pki {

  /** Default validity start, fixed so seeded output is byte-identical: 2020-01-01T00:00:00Z. */
  public static final Instant DEFAULT_NOT_BEFORE = Instant.parse("2020-01-01T00:00:00Z");

  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

  private final String seed;
  private final int chainLength;
  private final String hardwareType;
  private final SeededKeys keys;
  private final CertificateMinter minter;
  private final HeldCertificate serca;
  private final HeldCertificate mca;
  private final HeldCertificate mica;
  private final Map<String, HeldCertificate> devices;
  private final HeldCertificate server;
  private final Map<Comm004Variant, HeldCertificate> comm004 = new ConcurrentHashMap<>();

  private Sep2Pki(Builder b) {
    this.seed = b.seed != null ? b.seed : randomSeed();
    this.chainLength = b.chainLength;
    this.hardwareType = b.hardwareType;
    this.keys = new SeededKeys(seed);
    this.minter = new CertificateMinter(Date.from(b.notBefore));

    ECPrivateKeyParameters sercaKey = keys.privateKey("serca");
    X500Name sercaName = new X500Name(b.caNamePrefix + " SERCA");
    X509Certificate sercaCert =
        minter.mint(null, sercaName, sercaKey, keys.serial("serca"), CertificateMinter.serca());
    this.serca = new HeldCertificate("serca", sercaCert, SeededKeys.toJca(sercaKey), List.of());
    CertificateMinter.Issuer parent = new CertificateMinter.Issuer(sercaName, sercaKey, sercaCert);

    if (chainLength == 4) {
      ECPrivateKeyParameters key = keys.privateKey("mca");
      X500Name name = new X500Name(b.caNamePrefix + " MCA");
      X509Certificate cert =
          minter.mint(parent, name, key, keys.serial("mca"), CertificateMinter.issuingCa(null));
      this.mca = new HeldCertificate("mca", cert, SeededKeys.toJca(key), serca.chain());
      parent = new CertificateMinter.Issuer(name, key, cert);
    } else {
      this.mca = null;
    }
    if (chainLength >= 3) {
      ECPrivateKeyParameters key = keys.privateKey("mica");
      X500Name name = new X500Name(b.caNamePrefix + " MICA");
      X509Certificate cert =
          minter.mint(parent, name, key, keys.serial("mica"), CertificateMinter.issuingCa(0));
      HeldCertificate above = mca != null ? mca : serca;
      this.mica = new HeldCertificate("mica", cert, SeededKeys.toJca(key), above.chain());
      parent = new CertificateMinter.Issuer(name, key, cert);
    } else {
      this.mica = null;
    }

    HeldCertificate issuer = mica != null ? mica : serca;
    Map<String, HeldCertificate> devs = new LinkedHashMap<>();
    List<Builder.DeviceSpec> specs =
        b.devices.isEmpty() ? List.of(new Builder.DeviceSpec("device-1", "SN0001")) : b.devices;
    for (Builder.DeviceSpec spec : specs) {
      devs.put(spec.name(), endEntity(parent, issuer, "device/" + spec.name(), spec, List.of()));
    }
    this.devices = java.util.Collections.unmodifiableMap(devs);
    List<GeneralName> hostNames =
        b.serverHostnames.stream().map(CertificateMinter::hostName).toList();
    this.server =
        endEntity(
            parent, issuer, "server", new Builder.DeviceSpec("server", "SERVER0001"), hostNames);
    this.serverHostnames = List.copyOf(b.serverHostnames);
    this.caNamePrefix = b.caNamePrefix;
  }

  private final List<String> serverHostnames;
  private final String caNamePrefix;

  private HeldCertificate endEntity(
      CertificateMinter.Issuer parent,
      HeldCertificate issuer,
      String label,
      Builder.DeviceSpec spec,
      List<GeneralName> extraNames) {
    ECPrivateKeyParameters key = keys.privateKey(label);
    X509Certificate cert =
        minter.mint(
            parent,
            CertificateMinter.EMPTY_NAME,
            key,
            keys.serial(label),
            CertificateMinter.endEntity(
                hardwareType, spec.serial().getBytes(StandardCharsets.US_ASCII), extraNames));
    return new HeldCertificate(spec.name(), cert, SeededKeys.toJca(key), issuer.chain());
  }

  /** Starts a builder; every option has a default, so {@code builder().build()} is a valid PKI. */
  public static Builder builder() {
    return new Builder();
  }

  /** The seed this PKI was derived from (the one given, or the random one chosen). */
  public String seed() {
    return seed;
  }

  /** The number of certificates in a device chain, root included: 2, 3 or 4. */
  public int chainLength() {
    return chainLength;
  }

  /** The hardware type OID written into every HardwareModuleName. */
  public String hardwareType() {
    return hardwareType;
  }

  /** The root, SERCA: self-signed, the only certificate a 2030.5 peer needs to trust. */
  public HeldCertificate serca() {
    return serca;
  }

  /** The SERCA as a PKIX trust anchor. */
  public TrustAnchor trustAnchor() {
    return new TrustAnchor(serca.certificate(), null);
  }

  /** The Manufacturer CA; present only for chain length 4. */
  public Optional<HeldCertificate> mca() {
    return Optional.ofNullable(mca);
  }

  /** The Manufacturer Issuing CA, which signs devices and the server; absent for chain length 2. */
  public Optional<HeldCertificate> mica() {
    return Optional.ofNullable(mica);
  }

  /** The device certificates, in the order they were added. */
  public List<HeldCertificate> devices() {
    return List.copyOf(devices.values());
  }

  /** The first device certificate. */
  public HeldCertificate device() {
    return devices.values().iterator().next();
  }

  /**
   * The device certificate of the given name.
   *
   * @throws IllegalArgumentException when no device has that name (the message lists the names)
   */
  public HeldCertificate device(String name) {
    HeldCertificate device = devices.get(name);
    if (device == null) {
      throw new IllegalArgumentException(
          "No device named '" + name + "' in this PKI; devices are " + devices.keySet());
    }
    return device;
  }

  /**
   * The mock server's certificate: a 2030.5 device-profile certificate issued like the devices,
   * with the configured host names (default {@code localhost} and {@code 127.0.0.1}) added to its
   * subjectAltName.
   */
  public HeldCertificate server() {
    return server;
  }

  /** The host names and IP addresses in the server certificate's subjectAltName. */
  public List<String> serverHostnames() {
    return serverHostnames;
  }

  /**
   * A server certificate whose chain carries one COMM-004 defect, so a client's rejection can be
   * tested. The defective issuing CA is issued by the same parent as the regular MICA (the MCA, or
   * the SERCA when there is no MCA), so the chain still reaches this PKI's SERCA; for {@link
   * Comm004Variant#SELF_SIGNED_LEAF} the chain is the self-signed certificate alone. Derived from
   * the seed like everything else; made on first use.
   */
  public HeldCertificate comm004Server(Comm004Variant variant) {
    Objects.requireNonNull(variant, "variant");
    return comm004.computeIfAbsent(variant, this::makeComm004);
  }

  private HeldCertificate makeComm004(Comm004Variant variant) {
    String label = "comm004/" + variant.name();
    List<GeneralName> hostNames =
        serverHostnames.stream().map(CertificateMinter::hostName).toList();
    byte[] serial = "COMM004".getBytes(StandardCharsets.US_ASCII);
    ECPrivateKeyParameters leafKey = keys.privateKey(label + "/leaf");
    if (variant == Comm004Variant.SELF_SIGNED_LEAF) {
      X509Certificate cert =
          minter.mint(
              null,
              new X500Name("CN=SEP2 TEST self-signed server"),
              leafKey,
              keys.serial(label + "/leaf"),
              CertificateMinter.endEntity(hardwareType, serial, hostNames));
      return new HeldCertificate(
          "comm004-" + variant.name(), cert, SeededKeys.toJca(leafKey), List.of());
    }
    // the defective CA sits where the MICA sits: issued by the MCA, or by the SERCA
    HeldCertificate parentHeld = mca != null ? mca : serca;
    X509Certificate parentCert = parentHeld.certificate();
    CertificateMinter.Issuer parent =
        new CertificateMinter.Issuer(
            X500Name.getInstance(parentCert.getSubjectX500Principal().getEncoded()),
            keys.privateKey(mca != null ? "mca" : "serca"),
            parentCert);
    ECPrivateKeyParameters caKey = keys.privateKey(label + "/ca");
    X500Name caName = new X500Name(caNamePrefix + " MICA " + variant.name());
    List<org.bouncycastle.asn1.x509.Extension> caExtensions =
        new ArrayList<>(CertificateMinter.issuingCa(0));
    caExtensions.addAll(CertificateMinter.comm004Defect(variant));
    X509Certificate caCert =
        minter.mint(parent, caName, caKey, keys.serial(label + "/ca"), caExtensions);
    HeldCertificate ca =
        new HeldCertificate("comm004-ca", caCert, SeededKeys.toJca(caKey), parentHeld.chain());
    X509Certificate leaf =
        minter.mint(
            new CertificateMinter.Issuer(caName, caKey, caCert),
            CertificateMinter.EMPTY_NAME,
            leafKey,
            keys.serial(label + "/leaf"),
            CertificateMinter.endEntity(hardwareType, serial, hostNames));
    return new HeldCertificate(
        "comm004-" + variant.name(), leaf, SeededKeys.toJca(leafKey), ca.chain());
  }

  /**
   * A new random seed: 32 hex digits from {@link SecureRandom}. Every entry point that makes a PKI
   * without a given seed (the builder, {@code @With2030_5Server}, {@code sep2:generate-pki}, {@code
   * sep2:serve}) takes its seed from here, and reports it so a run can be replayed.
   */
  public static String randomSeed() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public String toString() {
    return "Sep2Pki[seed="
        + seed
        + ", chainLength="
        + chainLength
        + ", devices="
        + devices.keySet()
        + "]";
  }

  /**
   * Options of a {@link Sep2Pki}. Defaults: random seed, chain length 4 (SERCA &rarr; MCA &rarr;
   * MICA &rarr; device), hardware type {@value Sep2Oids#DEFAULT_HARDWARE_TYPE}, one device named
   * {@code device-1} with serial {@code SN0001}, server host names {@code localhost} and {@code
   * 127.0.0.1}, validity from 2020-01-01T00:00:00Z.
   */
  public static final class Builder {
    private record DeviceSpec(String name, String serial) {}

    private String seed;
    private int chainLength = 4;
    private String hardwareType = Sep2Oids.DEFAULT_HARDWARE_TYPE;
    private final List<DeviceSpec> devices = new ArrayList<>();
    private List<String> serverHostnames = List.of("localhost", "127.0.0.1");
    private Instant notBefore = DEFAULT_NOT_BEFORE;
    private String caNamePrefix = "O=sep2-testkit,OU=TEST ONLY,CN=SEP2 TEST";

    private static final SeededPkiCache<Shape> SEEDED = new SeededPkiCache<>();

    private Builder() {}

    /**
     * Derives every key, serial and signature from this seed, so the PKI is byte-identical wherever
     * it is built. Default: a random seed.
     */
    public Builder seed(String seed) {
      Objects.requireNonNull(seed, "seed");
      if (seed.isEmpty()) {
        throw new IllegalArgumentException("seed must not be empty");
      }
      this.seed = seed;
      return this;
    }

    /**
     * Certificates in a device chain, root included: 2 (SERCA &rarr; device), 3 (SERCA &rarr; MICA
     * &rarr; device) or 4 (SERCA &rarr; MCA &rarr; MICA &rarr; device). 2030.5 clients and servers
     * must accept all three. Default 4.
     */
    public Builder chainLength(int chainLength) {
      if (chainLength < 2 || chainLength > 4) {
        throw new IllegalArgumentException(
            "chainLength must be 2, 3 or 4 (root included), was " + chainLength);
      }
      this.chainLength = chainLength;
      return this;
    }

    /**
     * The hardware type OID of every HardwareModuleName: normally {@code 1.3.6.1.4.1.<PEN>}, the
     * manufacturer's private enterprise number. Default {@value Sep2Oids#DEFAULT_HARDWARE_TYPE}.
     */
    public Builder hardwareType(String oid) {
      Objects.requireNonNull(oid, "oid");
      if (!OID.matcher(oid).matches()) {
        throw new IllegalArgumentException("hardwareType must be a dotted OID, was '" + oid + "'");
      }
      this.hardwareType = oid;
      return this;
    }

    /**
     * Adds a device certificate. {@code serial} becomes the HardwareModuleName's hwSerialNum
     * (ASCII). Without any call, one device {@code device-1} / {@code SN0001} is made.
     */
    public Builder addDevice(String name, String serial) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(serial, "serial");
      if (name.isBlank() || name.equals("server")) {
        throw new IllegalArgumentException(
            "device name must be non-blank and not 'server', was '" + name + "'");
      }
      if (serial.isEmpty() || !StandardCharsets.US_ASCII.newEncoder().canEncode(serial)) {
        throw new IllegalArgumentException("serial must be non-empty ASCII, was '" + serial + "'");
      }
      if (devices.stream().anyMatch(d -> d.name().equals(name))) {
        throw new IllegalArgumentException("duplicate device name '" + name + "'");
      }
      devices.add(new DeviceSpec(name, serial));
      return this;
    }

    /**
     * Host names and IP addresses for the server certificate's subjectAltName, so clients that
     * check host names (curl, browsers) accept it. 2030.5 server certificates carry none; call with
     * no arguments for that style (clients must then skip the host-name check). Default {@code
     * localhost} and {@code 127.0.0.1}.
     */
    public Builder serverHostnames(String... names) {
      for (String name : names) {
        if (!CertificateMinter.isHostName(name)) {
          throw new IllegalArgumentException(
              "not a DNS name, IPv4 or IPv6 address: '" + name + "'");
        }
      }
      this.serverHostnames = List.of(names);
      return this;
    }

    /** Validity start of every certificate. Default 2020-01-01T00:00:00Z. */
    public Builder notBefore(Instant notBefore) {
      this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
      return this;
    }

    /**
     * Builds the PKI (default shape: 15-30 ms warm, about 1 s in a fresh JVM, on 2 cores).
     *
     * <p>With a {@link #seed seed}, the PKI is generated once per JVM and shared: the next {@code
     * build()} with the same seed and the same options returns the same instance at once (a seeded
     * PKI is immutable, and byte-identical wherever it is built), so test classes that share a seed
     * pay for it once. The {@value SeededPkiCache#CAPACITY} most recently used seeded shapes are
     * kept. Without a seed, every call generates a new PKI with a new random seed.
     */
    public Sep2Pki build() {
      if (seed == null) {
        return new Sep2Pki(this);
      }
      Shape shape =
          new Shape(
              seed,
              chainLength,
              hardwareType,
              List.copyOf(devices),
              serverHostnames,
              notBefore,
              caNamePrefix);
      return SEEDED.get(shape, () -> new Sep2Pki(this));
    }

    /** Everything a PKI is generated from: equal shapes give byte-identical PKIs. */
    private record Shape(
        String seed,
        int chainLength,
        String hardwareType,
        List<DeviceSpec> devices,
        List<String> serverHostnames,
        Instant notBefore,
        String caNamePrefix) {}
  }
}
