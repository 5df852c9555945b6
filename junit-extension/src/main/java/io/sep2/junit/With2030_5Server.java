package io.sep2.junit;

import io.sep2.pki.Comm004Variant;
import io.sep2.tls.ClientAuth;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs an in-process IEEE 2030.5 mock server for the annotated test class or method.
 *
 * <p>The server speaks only what 2030.5 allows: TLS 1.2 with {@code
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} (the one suite 2030.5 permits, which most TLS stacks lack:
 * see {@link io.sep2.tls.Sep2TlsPolicy}), ECDHE on P-256, and mutual authentication with 2030.5
 * certificates from a generated test PKI (SERCA &rarr; MCA &rarr; MICA &rarr; device: the 2030.5
 * root, the manufacturer's CA and issuing CA, the device). Behind TLS sits WireMock with the
 * default 2030.5 resources ({@code /dcap}, {@code /tm}, {@code /edev}, ...). Every connection is
 * recorded; a failed handshake is explained in plain words, and when a test fails its message
 * carries the diagnosis.
 *
 * <pre>{@code
 * @With2030_5Server
 * class DeviceClientTest {
 *   @Test
 *   void readsDeviceCapability(Sep2MockServer server, HttpClient client) throws Exception {
 *     var response = client.send(HttpRequest.newBuilder(server.deviceCapabilityUri()).build(),
 *         HttpResponse.BodyHandlers.ofString());
 *     assertEquals(200, response.statusCode());
 *   }
 * }
 * }</pre>
 *
 * <p>Test methods and lifecycle methods can declare parameters of these types: {@link
 * io.sep2.server.Sep2MockServer} (base URI, DeviceCapability URI, PKI, connection records,
 * WireMock), {@link io.sep2.pki.Sep2Pki}, {@link com.github.tomakehurst.wiremock.WireMockServer},
 * and a ready CCM_8 client presenting the PKI's first device certificate: {@link
 * io.sep2.tls.Sep2ClientTls}, {@link javax.net.ssl.SSLContext}, {@link java.net.http.HttpClient}.
 *
 * <p>On a class: one server for all its tests (and its nested classes). On a method: a server for
 * that test alone, which wins over the class's. For programmatic configuration register {@link
 * Sep2ServerExtension} with {@code @RegisterExtension} instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(Sep2ServerExtension.class)
public @interface With2030_5Server {

  /** Whether clients must present a certificate. Default {@link ClientAuth#REQUIRED}. */
  ClientAuth clientAuth() default ClientAuth.REQUIRED;

  /** The port, or 0 (the default) for a free one. */
  int port() default 0;

  /** The bind address. Default {@code 127.0.0.1}. */
  String host() default "127.0.0.1";

  /**
   * Seed of the generated PKI: the same seed gives byte-identical certificates and keys, so a
   * device's test certificate can be fixed in advance. Default: empty, a random seed per server,
   * which {@link io.sep2.pki.Sep2Pki#seed()} reports (declare a {@code Sep2Pki} parameter).
   */
  String pkiSeed() default "";

  /**
   * A directory holding the PKI (as written by {@code sep2:generate-pki}: PEM and PKCS12 files plus
   * the {@code sep2-pki.properties} recipe), relative to the working directory. A directory with a
   * recipe is opened ({@link #pkiSeed()} and {@link #chainLength()}, when given, must match it); a
   * new or empty one gets a PKI made from them written into it, so a non-Java client under test can
   * use the same files; any other directory is refused. Default: empty, the PKI lives in memory
   * only.
   */
  String pkiDirectory() default "";

  /**
   * Certificates in a device chain, root included: 2, 3 or 4. Default: 0, meaning the PKI
   * directory's chain length, or 4 (SERCA &rarr; MCA &rarr; MICA &rarr; device).
   */
  int chainLength() default 0;

  /**
   * PEM or DER files of further certificates to trust (file paths, or {@code classpath:}
   * locations), e.g. a vendor's own SERCA and MICA so that real device certificates are accepted. A
   * self-signed certificate becomes a trust anchor; any other an intermediate used to complete a
   * client's chain. Default: none.
   */
  String[] trust() default {};

  /**
   * WireMock fixture packs to load: directories or {@code classpath:} locations holding {@code
   * mappings/} and {@code __files/}. Default: none.
   */
  String[] fixtures() default {};

  /** Whether to install the default 2030.5 resources. Default {@code true}. */
  boolean defaultResources() default true;

  /**
   * Whether to write each test's connections to {@link #recordingDirectory()} as text and JSON.
   * Default {@code true}.
   */
  boolean record() default true;

  /**
   * Where recordings go, relative to the working directory. Default {@code target/sep2/recordings}.
   */
  String recordingDirectory() default "target/sep2/recordings";

  /**
   * An NSS key log file (for Wireshark/tshark decryption), relative to the working directory.
   * Default: empty, no key log (it would make every recorded connection readable).
   */
  String keyLog() default "";

  /**
   * A pcapng file (relative to the working directory) that receives every connection's TCP byte
   * stream with the TLS key log embedded, so Wireshark and tshark open it decrypted with no other
   * file, e.g. {@code "target/sep2/comm003.pcapng"}: what a conformance lab asks for when COMM-003
   * fails. Default: empty, no capture.
   */
  String capture() default "";

  /**
   * Present a defective COMM-004 server chain instead of the compliant one, to test that the client
   * refuses it. At most one value. Default: none.
   */
  Comm004Variant[] comm004() default {};

  /**
   * Let in clients whose certificate is untrusted or breaks the 2030.5 profile, marking them
   * unverified, instead of refusing the handshake. Default {@code false}.
   */
  boolean lenientClientCertificates() default false;

  /**
   * Share one server among all test classes that use the same non-empty name, until the whole test
   * run ends; they must use the same configuration, or the class that differs fails with an {@link
   * org.junit.jupiter.api.extension.ExtensionConfigurationException}. Default: empty, one server
   * per class.
   */
  String shared() default "";
}
