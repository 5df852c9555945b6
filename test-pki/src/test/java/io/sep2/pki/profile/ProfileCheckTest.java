package io.sep2.pki.profile;

import static io.sep2.pki.testing.AdHocCertificate.device;
import static io.sep2.pki.testing.AdHocCertificate.mica;
import static io.sep2.pki.testing.AdHocCertificate.serca;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.Comm004Variant;
import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.testing.AdHocCertificate;
import io.sep2.pki.testing.AdHocCertificate.Held;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertPolicyId;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PolicyMappings;
import org.bouncycastle.asn1.x509.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileCheckTest {

  private static final Map<Integer, Sep2Pki> PKIS = new ConcurrentHashMap<>();

  static Sep2Pki pki(int chainLength) {
    return PKIS.computeIfAbsent(
        chainLength, n -> Sep2Pki.builder().seed("profile-check").chainLength(n).build());
  }

  private static List<X509Certificate> anchors(Sep2Pki pki) {
    return List.of(pki.serca().certificate());
  }

  private static List<X509Certificate> anchors(Held serca) {
    return List.of(serca.certificate());
  }

  private static List<String> errorIds(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::id).toList();
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::id).toList();
  }

  // ------------------------------------------------------------------ compliant chains

  @ParameterizedTest(name = "chain length {0}")
  @ValueSource(ints = {2, 3, 4})
  void generatedDeviceChainsHaveNoFindings(int length) {
    Sep2Pki pki = pki(length);
    List<Finding> withAnchor =
        ProfileCheck.check(pki.device().chain(), CertificateRole.DEVICE, anchors(pki));
    List<Finding> withoutAnchor = ProfileCheck.check(pki.device().chain(), CertificateRole.DEVICE);

    assertThat(withAnchor).as("findings with anchor").isEmpty();
    assertThat(withoutAnchor).as("findings without anchor").isEmpty();
  }

  @ParameterizedTest(name = "chain length {0}")
  @ValueSource(ints = {2, 3, 4})
  void generatedServerChainsHaveNoErrors(int length) {
    Sep2Pki pki = pki(length);

    assertThat(ProfileCheck.check(pki.server().chain(), CertificateRole.SERVER, anchors(pki)))
        .isEmpty();
  }

  @ParameterizedTest(name = "chain length {0}")
  @ValueSource(ints = {2, 3, 4})
  void chainSentWithoutRootIsCompletedByTheAnchor(int length) {
    Sep2Pki pki = pki(length);
    List<X509Certificate> sent = pki.device().chainWithoutRoot();

    assertThat(ProfileCheck.check(sent, CertificateRole.DEVICE, anchors(pki))).isEmpty();
    assertThat(ids(ProfileCheck.check(sent, CertificateRole.DEVICE)))
        .containsExactly(Rule.CHAIN_INCOMPLETE.id());
  }

  @Test
  void serverIn2030_5StyleGetsOnlyTheNoHostNameInfo() {
    Sep2Pki pki = Sep2Pki.builder().seed("profile-check").serverHostnames().build();

    List<Finding> findings =
        ProfileCheck.check(pki.server().chain(), CertificateRole.SERVER, anchors(pki));

    assertThat(findings).extracting(Finding::id).containsExactly("server.no-host-name");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void serverWithHostNamesIsNotADeviceCertificate() {
    Sep2Pki pki = pki(4);

    assertThat(ids(ProfileCheck.check(pki.server().chain(), CertificateRole.DEVICE)))
        .containsExactly(Rule.DEVICE_SAN_NAME_TYPE.id());
  }

  @ParameterizedTest(name = "chain length {0}")
  @ValueSource(ints = {2, 3, 4})
  void caChainsPassAsRoleCa(int length) {
    Sep2Pki pki = pki(length);
    HeldCertificate lowest = pki.mica().orElse(pki.serca());

    assertThat(ProfileCheck.check(lowest.chain(), CertificateRole.CA, anchors(pki))).isEmpty();
  }

  @Test
  void generatedDeviceChainWithSeveralDevicesAndOwnHardwareType() {
    Sep2Pki pki =
        Sep2Pki.builder()
            .seed("profile-check-devices")
            .hardwareType("1.3.6.1.4.1.99999.7")
            .addDevice("inverter", "INV-0001")
            .addDevice("meter", "MTR-0001")
            .build();

    for (HeldCertificate device : pki.devices()) {
      assertThat(ProfileCheck.check(device.chain(), CertificateRole.DEVICE, anchors(pki)))
          .as(device.name())
          .isEmpty();
    }
  }

  // ------------------------------------------------------------------ COMM-004

  static Stream<Arguments> comm004() {
    Map<Comm004Variant, String> expected =
        Map.of(
            Comm004Variant.ISSUING_CA_CRITICAL_EKU, "ca.eku-critical",
            Comm004Variant.NAME_CONSTRAINTS_NOT_CRITICAL, "ca.name-constraints-not-critical",
            Comm004Variant.POLICY_MAPPINGS_NOT_CRITICAL, "ca.policy-mappings-not-critical",
            Comm004Variant.SELF_SIGNED_LEAF, "device.self-signed");
    return Stream.of(2, 3, 4)
        .flatMap(
            n ->
                Arrays.stream(Comm004Variant.values())
                    .map(v -> Arguments.of(n, v, expected.get(v))));
  }

  @ParameterizedTest(name = "chain length {0}, {1} -> {2}")
  @MethodSource("comm004")
  void everyComm004VariantYieldsItsOwnId(int length, Comm004Variant variant, String id) {
    Sep2Pki pki = pki(length);
    HeldCertificate server = pki.comm004Server(variant);

    List<Finding> findings =
        ProfileCheck.check(server.chain(), CertificateRole.SERVER, anchors(pki));

    assertThat(errorIds(findings)).contains(id);
    if (variant != Comm004Variant.SELF_SIGNED_LEAF) {
      // the defect is the only thing wrong with these chains
      assertThat(errorIds(findings)).containsExactly(id);
      assertThat(findings.get(0).index()).isEqualTo(1);
    } else {
      assertThat(findings)
          .filteredOn(f -> f.is(Rule.DEVICE_SELF_SIGNED))
          .singleElement()
          .extracting(Finding::index)
          .isEqualTo(0);
    }
  }

  // ------------------------------------------------------------------ keys and signatures

  /** SERCA -> MICA -> device, all compliant, built outside the generator. */
  private static final Held AD_HOC_SERCA = serca().build();

  private static final Held AD_HOC_MICA = mica(AD_HOC_SERCA).build();

  private static List<Finding> checkDevice(Held device) {
    return ProfileCheck.check(
        List.of(device.certificate(), AD_HOC_MICA.certificate(), AD_HOC_SERCA.certificate()),
        CertificateRole.DEVICE,
        List.of(AD_HOC_SERCA.certificate()));
  }

  @Test
  void adHocCompliantChainHasNoFindings() {
    assertThat(checkDevice(device(AD_HOC_MICA).build())).isEmpty();
  }

  @Test
  void rsaKeyIsKeyType() {
    List<Finding> findings =
        checkDevice(device(AD_HOC_MICA).keyPair(AdHocCertificate.rsa(2048)).build());

    assertThat(errorIds(findings)).containsExactly("key.type");
    assertThat(findings.get(0).actual()).contains("RSA").contains("2048 bits");
    assertThat(findings.get(0).index()).isZero();
  }

  @Test
  void p384KeyIsKeyCurve() {
    List<Finding> findings =
        checkDevice(device(AD_HOC_MICA).keyPair(AdHocCertificate.ec("secp384r1")).build());

    assertThat(errorIds(findings)).containsExactly("key.curve");
    assertThat(findings.get(0).actual()).contains("secp384r1");
  }

  @Test
  void sha1SignatureIsSigAlgorithm() {
    List<Finding> findings =
        checkDevice(device(AD_HOC_MICA).signatureAlgorithm("SHA1withECDSA").build());

    assertThat(errorIds(findings)).containsExactly("sig.algorithm");
    assertThat(findings.get(0).actual()).contains("1.2.840.10045.4.1");
  }

  @Test
  void sha384SignatureIsSigAlgorithm() {
    assertThat(
            errorIds(
                checkDevice(device(AD_HOC_MICA).signatureAlgorithm("SHA384withECDSA").build())))
        .containsExactly("sig.algorithm");
  }

  @Test
  void rsaCaSigningTheDeviceGivesKeyTypeOnTheCaAndSigAlgorithmOnTheDevice() {
    Held rsaMica = mica(AD_HOC_SERCA).keyPair(AdHocCertificate.rsa(2048)).build();
    Held dev = device(rsaMica).signatureAlgorithm("SHA256withRSA").build();

    List<Finding> findings =
        ProfileCheck.check(
            List.of(dev.certificate(), rsaMica.certificate(), AD_HOC_SERCA.certificate()),
            CertificateRole.DEVICE);

    assertThat(findings)
        .extracting(Finding::id, Finding::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sig.algorithm", 0),
            org.assertj.core.groups.Tuple.tuple("key.type", 1));
  }

  // ------------------------------------------------------------------ device rules

  @Test
  void deviceWithSubject() {
    assertThat(errorIds(checkDevice(device(AD_HOC_MICA).subject("CN=device 1").build())))
        .containsExactly("device.subject-not-empty");
  }

  @Test
  void deviceWithoutSan() {
    assertThat(
            errorIds(
                checkDevice(device(AD_HOC_MICA).without(Extension.subjectAlternativeName).build())))
        .containsExactly("device.san-missing");
  }

  @Test
  void deviceWithNonCriticalSan() {
    assertThat(
            errorIds(
                checkDevice(
                    device(AD_HOC_MICA)
                        .critical(Extension.subjectAlternativeName, false)
                        .subject("CN=needs a subject when the SAN is not critical")
                        .build())))
        .containsExactlyInAnyOrder("device.san-not-critical", "device.subject-not-empty");
  }

  @Test
  void deviceWithTwoHardwareModuleNames() {
    List<Finding> findings =
        checkDevice(
            device(AD_HOC_MICA)
                .extension(
                    Extension.subjectAlternativeName,
                    true,
                    new GeneralNames(
                        new GeneralName[] {
                          AdHocCertificate.hardwareModuleName("1.3.6.1.4.1.32473", "A"),
                          AdHocCertificate.hardwareModuleName("1.3.6.1.4.1.32473", "B")
                        }))
                .build());

    assertThat(errorIds(findings)).containsExactly("device.hardware-module-name");
    assertThat(findings.get(0).actual()).startsWith("2 HardwareModuleName");
  }

  @Test
  void deviceWithMalformedHardwareModuleName() {
    GeneralName broken =
        new GeneralName(
            GeneralName.otherName,
            new DERSequence(
                new org.bouncycastle.asn1.ASN1Encodable[] {
                  AdHocCertificate.HMN,
                  new org.bouncycastle.asn1.DERTaggedObject(
                      true, 0, new org.bouncycastle.asn1.DERUTF8String("SN1"))
                }));

    List<Finding> findings =
        checkDevice(
            device(AD_HOC_MICA)
                .extension(Extension.subjectAlternativeName, true, new GeneralNames(broken))
                .build());

    assertThat(errorIds(findings)).containsExactly("device.hardware-module-name");
    assertThat(findings.get(0).actual()).contains("malformed");
  }

  @Test
  void deviceWithDnsNameOrEmailInSan() {
    GeneralNames names =
        new GeneralNames(
            new GeneralName[] {
              AdHocCertificate.hardwareModuleName("1.3.6.1.4.1.32473", "A"),
              new GeneralName(GeneralName.dNSName, "device.example"),
              new GeneralName(GeneralName.rfc822Name, "ops@example.com")
            });
    Held dev = device(AD_HOC_MICA).extension(Extension.subjectAlternativeName, true, names).build();
    List<X509Certificate> chain =
        List.of(dev.certificate(), AD_HOC_MICA.certificate(), AD_HOC_SERCA.certificate());

    List<Finding> asDevice = ProfileCheck.check(chain, CertificateRole.DEVICE);
    List<Finding> asServer = ProfileCheck.check(chain, CertificateRole.SERVER);

    assertThat(errorIds(asDevice)).containsExactly("device.san-name-type");
    assertThat(asDevice.get(0).actual()).contains("dNSName").contains("rfc822Name");
    assertThat(errorIds(asServer)).containsExactly("device.san-name-type");
    assertThat(asServer.get(0).actual()).contains("rfc822Name").doesNotContain("dNSName");
  }

  @Test
  void deviceKeyUsage() {
    assertThat(
            errorIds(
                checkDevice(
                    device(AD_HOC_MICA)
                        .extension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                        .build())))
        .containsExactly("device.key-usage");
    assertThat(
            errorIds(
                checkDevice(
                    device(AD_HOC_MICA)
                        .extension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(
                                KeyUsage.digitalSignature
                                    | KeyUsage.keyAgreement
                                    | KeyUsage.keyCertSign))
                        .build())))
        .containsExactly("device.key-usage");
    assertThat(
            errorIds(checkDevice(device(AD_HOC_MICA).critical(Extension.keyUsage, false).build())))
        .containsExactly("ext.key-usage-not-critical");
  }

  @Test
  void devicePolicy() {
    assertThat(
            errorIds(
                checkDevice(device(AD_HOC_MICA).without(Extension.certificatePolicies).build())))
        .containsExactly("device.policy");
    assertThat(
            errorIds(
                checkDevice(
                    device(AD_HOC_MICA)
                        .extension(
                            Extension.certificatePolicies,
                            true,
                            AdHocCertificate.policies(
                                new ASN1ObjectIdentifier("1.3.6.1.4.1.40732.2.1")))
                        .build())))
        .containsExactly("device.policy");
    assertThat(
            errorIds(
                checkDevice(
                    device(AD_HOC_MICA).critical(Extension.certificatePolicies, false).build())))
        .containsExactly("ext.policies-not-critical");
  }

  @Test
  void deviceMarkedCa() {
    assertThat(
            errorIds(
                checkDevice(
                    device(AD_HOC_MICA)
                        .extension(Extension.basicConstraints, true, new BasicConstraints(true))
                        .build())))
        .containsExactly("device.is-ca");
  }

  @Test
  void utcTimeNotAfterIsValidityNotAfter() {
    List<Finding> findings =
        checkDevice(
            device(AD_HOC_MICA)
                .notAfter(new Time(Date.from(Instant.parse("2045-01-01T00:00:00Z"))))
                .build());

    assertThat(errorIds(findings)).containsExactly("validity.not-after");
    assertThat(findings.get(0).actual()).startsWith("UTCTime");
  }

  @Test
  void futureNotBeforeIsAWarning() {
    List<Finding> findings =
        checkDevice(device(AD_HOC_MICA).notBefore(Instant.now().plusSeconds(86_400)).build());

    assertThat(findings).extracting(Finding::id).containsExactly("validity.not-yet-valid");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void criticalKeyIdentifierAndOtherCriticalExtensions() {
    Held dev =
        device(AD_HOC_MICA)
            .extension(
                Extension.extendedKeyUsage,
                true,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
            .extension(
                Extension.subjectKeyIdentifier,
                true,
                new org.bouncycastle.asn1.x509.SubjectKeyIdentifier(new byte[] {1, 2, 3}))
            .build();

    assertThat(errorIds(checkDevice(dev)))
        .containsExactlyInAnyOrder("ext.unexpected-critical", "ext.key-identifier-critical");
  }

  // ------------------------------------------------------------------ CA rules

  private static List<Finding> checkWithMica(Held micaHeld) {
    Held dev = device(micaHeld).build();
    return ProfileCheck.check(
        List.of(dev.certificate(), micaHeld.certificate(), AD_HOC_SERCA.certificate()),
        CertificateRole.DEVICE,
        List.of(AD_HOC_SERCA.certificate()));
  }

  @Test
  void micaPathLength() {
    List<Finding> findings =
        checkWithMica(
            mica(AD_HOC_SERCA)
                .extension(Extension.basicConstraints, true, new BasicConstraints(true))
                .build());

    assertThat(errorIds(findings)).containsExactly("mica.path-length");
    assertThat(findings.get(0).index()).isEqualTo(1);
  }

  @Test
  void caWithoutBasicConstraintsOrKeyCertSignOrPolicies() {
    assertThat(
            errorIds(
                checkWithMica(
                    mica(AD_HOC_SERCA)
                        .extension(Extension.basicConstraints, true, new BasicConstraints(false))
                        .build())))
        .containsExactly("ca.basic-constraints");
    assertThat(
            errorIds(
                checkWithMica(
                    mica(AD_HOC_SERCA)
                        .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.cRLSign))
                        .build())))
        .containsExactly("ca.key-usage");
    assertThat(
            errorIds(
                checkWithMica(mica(AD_HOC_SERCA).without(Extension.certificatePolicies).build())))
        .containsExactly("ca.policies-missing");
    assertThat(
            errorIds(
                checkWithMica(
                    mica(AD_HOC_SERCA).critical(Extension.basicConstraints, false).build())))
        .containsExactly("ext.basic-constraints-not-critical");
  }

  @Test
  void sanOnCa() {
    assertThat(
            errorIds(
                checkWithMica(
                    mica(AD_HOC_SERCA)
                        .extension(
                            Extension.subjectAlternativeName,
                            false,
                            new GeneralNames(new GeneralName(GeneralName.dNSName, "ca.example")))
                        .build())))
        .containsExactly("ca.san-present");
  }

  @Test
  void criticalNameConstraintsAndPolicyMappingsArePresentFindings() {
    NameConstraints constraints =
        new NameConstraints(
            new GeneralSubtree[] {
              new GeneralSubtree(new GeneralName(GeneralName.dNSName, "example.com"))
            },
            null);
    PolicyMappings mappings =
        new PolicyMappings(
            new CertPolicyId[] {CertPolicyId.getInstance(AdHocCertificate.DEVICE_POLICY)},
            new CertPolicyId[] {
              CertPolicyId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.4.1.40732.1.2"))
            });

    assertThat(
            errorIds(
                checkWithMica(
                    mica(AD_HOC_SERCA)
                        .extension(Extension.nameConstraints, true, constraints)
                        .build())))
        .containsExactly("ca.name-constraints-present");
    assertThat(
            errorIds(
                checkWithMica(
                    mica(AD_HOC_SERCA)
                        .extension(Extension.policyMappings, true, mappings)
                        .build())))
        .containsExactly("ca.policy-mappings-present");
  }

  @Test
  void nonCriticalEkuOnCaIsFine() {
    assertThat(
            checkWithMica(
                mica(AD_HOC_SERCA)
                    .extension(
                        Extension.extendedKeyUsage,
                        false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .build()))
        .isEmpty();
  }

  @Test
  void sercaRules() {
    Held badSerca =
        serca()
            .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign))
            .extension(
                Extension.certificatePolicies,
                true,
                AdHocCertificate.policies(AdHocCertificate.DEVICE_POLICY))
            .build();
    Held micaHeld = mica(badSerca).build();
    Held dev = device(micaHeld).build();

    List<Finding> findings =
        ProfileCheck.check(
            List.of(dev.certificate(), micaHeld.certificate(), badSerca.certificate()),
            CertificateRole.DEVICE);

    assertThat(findings)
        .extracting(Finding::id)
        .containsExactlyInAnyOrder("serca.key-usage", "serca.any-policy");
    assertThat(findings).allSatisfy(f -> assertThat(f.index()).isEqualTo(2));
  }

  @Test
  void sercaRulesApplyToTheTrustAnchorThatCompletesTheChain() {
    Held badSerca = serca().without(Extension.certificatePolicies).build();
    Held micaHeld = mica(badSerca).build();
    Held dev = device(micaHeld).build();

    List<Finding> findings =
        ProfileCheck.check(
            List.of(dev.certificate(), micaHeld.certificate()),
            CertificateRole.DEVICE,
            List.of(badSerca.certificate()));

    assertThat(findings).extracting(Finding::id).containsExactly("serca.any-policy");
    assertThat(findings.get(0).index()).isEqualTo(2);
  }

  // ------------------------------------------------------------------ chain rules

  @Test
  void reversedChainIsChainOrder() {
    Sep2Pki pki = pki(4);
    List<X509Certificate> reversed = new ArrayList<>(pki.device().chain());
    Collections.reverse(reversed);

    assertThat(errorIds(ProfileCheck.check(reversed, CertificateRole.DEVICE)))
        .contains("chain.order");
  }

  @Test
  void issuerWithTheRightNameButAnotherKeyIsChainSignature() {
    Held impostor = mica(AD_HOC_SERCA).build(); // same name as AD_HOC_MICA, other key
    Held dev = device(AD_HOC_MICA).build();

    List<Finding> findings =
        ProfileCheck.check(
            List.of(dev.certificate(), impostor.certificate(), AD_HOC_SERCA.certificate()),
            CertificateRole.DEVICE);

    assertThat(errorIds(findings)).containsExactly("chain.signature");
    assertThat(findings.get(0).index()).isZero();
  }

  @Test
  void otherRootIsUntrusted() {
    Sep2Pki other = Sep2Pki.builder().seed("another-root").build();

    List<Finding> complete =
        ProfileCheck.check(pki(4).device().chain(), CertificateRole.DEVICE, anchors(other));
    List<Finding> withoutRoot =
        ProfileCheck.check(
            pki(4).device().chainWithoutRoot(), CertificateRole.DEVICE, anchors(other));

    assertThat(errorIds(complete)).containsExactly("chain.untrusted");
    assertThat(errorIds(withoutRoot)).containsExactly("chain.untrusted");
  }

  @Test
  void tooLongChainIsChainLength() {
    // SERCA -> MCA -> MCA2 -> MICA -> device: five certificates
    Held mca =
        mica(AD_HOC_SERCA)
            .subject("CN=MCA")
            .extension(Extension.basicConstraints, true, new BasicConstraints(true))
            .build();
    Held mca2 =
        mica(mca)
            .subject("CN=MCA2")
            .extension(Extension.basicConstraints, true, new BasicConstraints(true))
            .build();
    Held micaHeld = mica(mca2).build();
    Held dev = device(micaHeld).build();

    List<Finding> findings =
        ProfileCheck.check(
            List.of(
                dev.certificate(),
                micaHeld.certificate(),
                mca2.certificate(),
                mca.certificate(),
                AD_HOC_SERCA.certificate()),
            CertificateRole.DEVICE);

    assertThat(errorIds(findings)).containsExactly("chain.length");
  }

  @Test
  void exceededPathLength() {
    Held mca =
        mica(AD_HOC_SERCA).subject("CN=MCA with pathLen 0").build(); // pathLen 0, then a MICA
    Held micaHeld = mica(mca).build();
    Held dev = device(micaHeld).build();

    List<Finding> findings =
        ProfileCheck.check(
            List.of(
                dev.certificate(),
                micaHeld.certificate(),
                mca.certificate(),
                AD_HOC_SERCA.certificate()),
            CertificateRole.DEVICE);

    assertThat(errorIds(findings)).containsExactly("chain.path-length");
    assertThat(findings.get(0).index()).isEqualTo(2);
  }

  @Test
  void secondRootIsMultipleRoots() {
    Held otherRoot = serca().subject("CN=OTHER ROOT").build();
    Held dev = device(AD_HOC_MICA).build();

    List<Finding> findings =
        ProfileCheck.check(
            List.of(dev.certificate(), otherRoot.certificate(), AD_HOC_SERCA.certificate()),
            CertificateRole.DEVICE);

    assertThat(errorIds(findings)).contains("chain.multiple-roots", "chain.order");
  }

  @Test
  void singleSelfSignedDeviceCertificateIsTooShort() {
    Held selfSigned = device(AD_HOC_MICA).subject("CN=self").selfSigned().build();

    assertThat(ids(ProfileCheck.check(List.of(selfSigned.certificate()), CertificateRole.DEVICE)))
        .containsExactlyInAnyOrder(
            "chain.length", "device.self-signed", "device.subject-not-empty");
  }

  @Test
  void emptyChain() {
    assertThat(ids(ProfileCheck.check(List.of(), CertificateRole.DEVICE)))
        .containsExactly("chain.empty");
  }

  // ------------------------------------------------------------------ validated paths

  /** The certificate with one bit of its signature flipped: it parses, but does not verify. */
  private static X509Certificate withBrokenSignature(X509Certificate certificate) throws Exception {
    byte[] der = certificate.getEncoded();
    der[der.length - 1] ^= 1; // the last byte of the ECDSA signature's s
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
  }

  static Stream<Arguments> validatedPaths() {
    Held badSerca = serca().without(Extension.certificatePolicies).build();
    Held badSercaMica = mica(badSerca).build();
    Stream<Arguments> generated =
        Stream.of(2, 3, 4)
            .flatMap(
                n ->
                    Stream.of(
                        Arguments.of("device, length " + n, pki(n).device().chain()),
                        Arguments.of("server as device, length " + n, pki(n).server().chain())));
    return Stream.concat(
        generated,
        Stream.of(
            Arguments.of(
                "device with a subject",
                List.of(
                    device(AD_HOC_MICA).subject("CN=device").build().certificate(),
                    AD_HOC_MICA.certificate(),
                    AD_HOC_SERCA.certificate())),
            Arguments.of(
                "SERCA without anyPolicy",
                List.of(
                    device(badSercaMica).build().certificate(),
                    badSercaMica.certificate(),
                    badSerca.certificate()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validatedPaths")
  void aValidatedPathGetsTheFindingsOfTheStandaloneCheck(String name, List<X509Certificate> path) {
    X509Certificate anchor = path.get(path.size() - 1);

    List<Finding> validated =
        ProfileCheck.forValidatedPaths(CertificateRole.DEVICE, List.of(anchor)).apply(path);

    assertThat(validated).isEqualTo(ProfileCheck.check(path, CertificateRole.DEVICE));
  }

  @Test
  void theStandaloneCheckStillVerifiesLinkSignaturesAValidatedPathLeavesThemToPathValidation() {
    // a path no PKIX validation would accept: the device is not signed by this MICA's key
    Held impostor = mica(AD_HOC_SERCA).build();
    List<X509Certificate> chain =
        List.of(
            device(AD_HOC_MICA).build().certificate(),
            impostor.certificate(),
            AD_HOC_SERCA.certificate());

    assertThat(errorIds(ProfileCheck.check(chain, CertificateRole.DEVICE)))
        .containsExactly("chain.signature");
    assertThat(
            ProfileCheck.forValidatedPaths(CertificateRole.DEVICE, anchors(AD_HOC_SERCA))
                .apply(chain))
        .isEmpty();
  }

  @Test
  void anAnchorWithABrokenSelfSignatureIsReportedOnEveryValidatedPath() throws Exception {
    X509Certificate brokenSerca = withBrokenSignature(pki(3).serca().certificate());
    List<X509Certificate> path = new ArrayList<>(pki(3).device().chainWithoutRoot());
    path.add(brokenSerca);
    var check = ProfileCheck.forValidatedPaths(CertificateRole.DEVICE, List.of(brokenSerca));

    for (int call = 0; call < 2; call++) {
      List<Finding> findings = check.apply(path);
      assertThat(errorIds(findings)).containsExactly("serca.self-signed");
      assertThat(findings).isEqualTo(ProfileCheck.check(path, CertificateRole.DEVICE));
    }
  }

  @Test
  void aPathThatDoesNotEndWithATrustAnchorIsNotAValidatedPath() {
    var check = ProfileCheck.forValidatedPaths(CertificateRole.DEVICE, anchors(pki(4)));

    assertThatThrownBy(() -> check.apply(pki(4).device().chainWithoutRoot()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("none of the trust anchors");
    assertThat(ids(check.apply(List.of()))).containsExactly("chain.empty");
    assertThatThrownBy(() -> ProfileCheck.forValidatedPaths(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("role");
  }

  // ------------------------------------------------------------------ API

  @Test
  void nullArgumentsNameWhatIsNull() {
    List<X509Certificate> withNull = new ArrayList<>();
    withNull.add(pki(2).device().certificate());
    withNull.add(null);

    assertThatThrownBy(() -> ProfileCheck.check(withNull, CertificateRole.DEVICE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("chain[1]");
    assertThatThrownBy(() -> ProfileCheck.check(List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("role");
  }

  @Test
  void ruleIdsAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertThat(rule.id())
          .matches("(chain|key|sig|validity|ext|ca|serca|mica|device|server)\\.[a-z-]+");
      assertThat(seen.add(rule.id())).as("duplicate %s", rule.id()).isTrue();
      assertThat(Rule.byId(rule.id())).contains(rule);
    }
    assertThat(Rule.byId("no.such-rule")).isEmpty();
  }

  @Test
  void findingReadsAsOneLineAndIsChecked() {
    Finding finding =
        checkDevice(device(AD_HOC_MICA).keyPair(AdHocCertificate.ec("secp384r1")).build()).get(0);

    assertThat(finding.toString())
        .startsWith("ERROR key.curve #0 \"\": expected named curve secp256r1")
        .contains("fix: ");
    assertThat(finding.is(Rule.KEY_CURVE)).isTrue();
    assertThatThrownBy(() -> new Finding("x", Severity.INFO, -2, "", "", "", ""))
        .hasMessageContaining("-2");
  }
}
