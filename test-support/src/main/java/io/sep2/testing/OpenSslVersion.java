package io.sep2.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The installed OpenSSL's version, and what follows from it: the cipher string that offers the one
 * 2030.5 suite, {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}.
 */
public final class OpenSslVersion {

  /** OpenSSL's name for {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}. */
  public static final String CCM8 = "ECDHE-ECDSA-AES128-CCM8";

  private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)");

  private static volatile String installed;

  private OpenSslVersion() {}

  /**
   * {@code openssl version}, e.g. {@code OpenSSL 3.0.19 27 Jan 2026 (Library: ...)}; fails the test
   * when openssl is not installed.
   */
  public static String installed() {
    if (installed == null) {
      installed = Tool.OPENSSL.output("version").trim();
    }
    return installed;
  }

  /**
   * The {@code -cipher} value for CCM_8 with the installed openssl; see {@link
   * #ccm8Cipher(String)}.
   */
  public static String ccm8Cipher() {
    return ccm8Cipher(installed());
  }

  /**
   * The cipher string for CCM_8 with the OpenSSL whose version is the first {@code major.minor} in
   * {@code versionText} (e.g. {@code OpenSSL 3.0.19}): {@code ECDHE-ECDSA-AES128-CCM8}, plus {@code
   * :@SECLEVEL=0} from OpenSSL 3.2 on, which put the 64-bit-tag suites at security level 0.
   */
  public static String ccm8Cipher(String versionText) {
    Matcher m = MAJOR_MINOR.matcher(versionText);
    boolean lowered =
        m.find() && (Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2)) >= 302);
    return CCM8 + (lowered ? ":@SECLEVEL=0" : "");
  }
}
