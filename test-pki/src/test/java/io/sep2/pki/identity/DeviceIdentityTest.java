package io.sep2.pki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.Sep2Pki;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeviceIdentityTest {

  /** The vector of IEEE 2030.5 (section 6.3.4). */
  private static final String SPEC_FINGERPRINT =
      "3E4F45AB31EDFE5B67E343E5E4562E31984E23E5349E2AD745672ED145EE213A";

  @Test
  void specVector() {
    DeviceIdentity id = DeviceIdentity.ofFingerprint(SPEC_FINGERPRINT);

    assertThat(id.lfdi()).isEqualTo("3E4F45AB31EDFE5B67E343E5E4562E31984E23E5");
    assertThat(id.sfdi()).isEqualTo(167261211391L);
    assertThat(id.sfdiText()).isEqualTo("167261211391");
    assertThat(DeviceIdentity.sfdiOfLfdi("3E4F45AB31EDFE5B67E343E5E4562E31984E23E5"))
        .isEqualTo(167261211391L);
  }

  @Test
  void fingerprintInOpenSslNotationAndLowerCase() {
    String openssl =
        "3e:4f:45:ab:31:ed:fe:5b:67:e3:43:e5:e4:56:2e:31:98:4e:23:e5:"
            + "34:9e:2a:d7:45:67:2e:d1:45:ee:21:3a";

    assertThat(DeviceIdentity.ofFingerprint(openssl))
        .isEqualTo(DeviceIdentity.ofFingerprint(SPEC_FINGERPRINT));
  }

  @Test
  void sfdiIsNotZeroPaddedAndItsDigitsSumToZeroModTen() {
    byte[] fp = new byte[32];
    fp[4] = 0x10; // first 36 bits = 0x000000001 -> 1, check digit 9
    assertThat(DeviceIdentity.ofFingerprint(fp).sfdi()).isEqualTo(19L);
    assertThat(DeviceIdentity.ofFingerprint(new byte[32]).sfdiText()).isEqualTo("0");

    Random random = new Random(2030_5);
    for (int i = 0; i < 1000; i++) {
      random.nextBytes(fp);
      long sfdi = DeviceIdentity.ofFingerprint(fp).sfdi();
      assertThat(Long.toString(sfdi).chars().map(c -> c - '0').sum() % 10).isZero();
      assertThat(DeviceIdentity.isValidSfdi(sfdi)).isTrue();
      assertThat(sfdi / 10).isLessThan(1L << 36);
    }
    assertThat(DeviceIdentity.isValidSfdi(167261211392L)).isFalse();
  }

  @Test
  void checkDigitIsADigitSumNotLuhn() {
    // 16726121139: digit sum 39 -> check digit 1; Luhn would give 2
    assertThat(DeviceIdentity.ofFingerprint(SPEC_FINGERPRINT).sfdi() % 10).isEqualTo(1);
  }

  @Test
  void certificateIdentityIsSha256OfTheDer() throws Exception {
    X509Certificate cert = Sep2Pki.builder().seed("identity").build().device().certificate();
    byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());

    DeviceIdentity id = DeviceIdentity.of(cert);

    assertThat(id.fingerprint()).isEqualTo(HexFormat.of().withUpperCase().formatHex(sha256));
    assertThat(DeviceIdentity.lfdi(cert))
        .hasSize(40)
        .isEqualTo(id.fingerprint().substring(0, 40))
        .matches("[0-9A-F]{40}");
    assertThat(DeviceIdentity.sfdi(cert)).isEqualTo(id.sfdi());
    assertThat(DeviceIdentity.ofDer(cert.getEncoded())).isEqualTo(id);
  }

  @Test
  void badInputNamesTheBadValue() {
    assertThatThrownBy(() -> DeviceIdentity.ofFingerprint(new byte[20]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20");
    assertThatThrownBy(() -> DeviceIdentity.ofFingerprint("XYZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XYZ'");
    assertThatThrownBy(() -> DeviceIdentity.sfdiOfLfdi("3E4F"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'3E4F'");
    assertThatThrownBy(
            () ->
                new DeviceIdentity(
                    SPEC_FINGERPRINT, "3E4F45AB31EDFE5B67E343E5E4562E31984E23E5", 167261211390L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("167261211390")
        .hasMessageContaining("167261211391");
    assertThatThrownBy(
            () ->
                new DeviceIdentity(SPEC_FINGERPRINT, "0000000000000000000000000000000000000000", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0000000000000000000000000000000000000000");
  }
}
