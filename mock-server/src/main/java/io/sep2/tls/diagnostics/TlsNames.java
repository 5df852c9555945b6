package io.sep2.tls.diagnostics;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ExtensionType;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.SignatureScheme;

/**
 * Names of the TLS registry codes a ClientHello carries (cipher suites, supported groups, signature
 * schemes, extensions, protocol versions, alerts), for diagnoses a person can read.
 *
 * <p>The names are Bouncy Castle's ({@code NamedGroup.getName}, {@code SignatureScheme.getName},
 * {@code ExtensionType.getName}, {@code AlertDescription.getName}, and the IANA-named constants of
 * {@code CipherSuite}). The small tables here hold only codes that real clients send and Bouncy
 * Castle does not name, each with the reason it is needed. GREASE values (RFC 8701) are shown as
 * {@code GREASE (0x0A0A)}; anything unknown as its hex code.
 */
public final class TlsNames {

  /** Suites BC does not implement, kept so old scanners' hellos read well (Kerberos, ECCPWD). */
  private static final Map<Integer, String> EXTRA_SUITES =
      table(
          """
          001E TLS_KRB5_WITH_DES_CBC_SHA
          001F TLS_KRB5_WITH_3DES_EDE_CBC_SHA
          0020 TLS_KRB5_WITH_RC4_128_SHA
          0021 TLS_KRB5_WITH_IDEA_CBC_SHA
          0022 TLS_KRB5_WITH_DES_CBC_MD5
          0023 TLS_KRB5_WITH_3DES_EDE_CBC_MD5
          0024 TLS_KRB5_WITH_RC4_128_MD5
          0025 TLS_KRB5_WITH_IDEA_CBC_MD5
          0026 TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA
          0027 TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA
          0028 TLS_KRB5_EXPORT_WITH_RC4_40_SHA
          0029 TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5
          002A TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5
          002B TLS_KRB5_EXPORT_WITH_RC4_40_MD5
          C0B0 TLS_ECCPWD_WITH_AES_128_GCM_SHA256
          C0B1 TLS_ECCPWD_WITH_AES_256_GCM_SHA384
          C0B2 TLS_ECCPWD_WITH_AES_128_CCM_SHA256
          C0B3 TLS_ECCPWD_WITH_AES_256_CCM_SHA384
          """);

  /** Pre-standard post-quantum hybrids that Chrome 124-130 sent; BC knows only the final ones. */
  private static final Map<Integer, String> EXTRA_GROUPS =
      table(
          """
          6399 X25519Kyber768Draft00
          639A SecP256r1Kyber768Draft00
          """);

  /** Legacy (TLS 1.2 hash+signature pairs) and GOST schemes SunJSSE and others send; BC lacks. */
  private static final Map<Integer, String> EXTRA_SIGNATURE_SCHEMES =
      table(
          """
          0101 rsa_pkcs1_md5
          0102 dsa_md5
          0103 ecdsa_md5
          0202 dsa_sha1
          0301 rsa_pkcs1_sha224
          0302 dsa_sha224
          0303 ecdsa_sha224
          0402 dsa_sha256
          0420 rsa_pkcs1_sha256_legacy
          0502 dsa_sha384
          0520 rsa_pkcs1_sha384_legacy
          0602 dsa_sha512
          0620 rsa_pkcs1_sha512_legacy
          0704 eccsi_sha256
          0709 gostr34102012_256a
          070A gostr34102012_256b
          070B gostr34102012_256c
          070C gostr34102012_256d
          070D gostr34102012_512a
          070E gostr34102012_512b
          070F gostr34102012_512c
          """);

  /** Extensions browsers and QUIC-era stacks send that BC does not implement (ALPS, ECH...). */
  private static final Map<Integer, String> EXTRA_EXTENSIONS =
      table(
          """
          0022 delegated_credential
          0034 transparency_info
          0039 quic_transport_parameters
          003A ticket_request
          3374 next_protocol_negotiation
          4469 application_settings_old
          44CD application_settings
          FD00 ech_outer_extensions
          FE0D encrypted_client_hello
          """);

  /** RFC 9849's alert, newer than BC 1.84. */
  private static final Map<Integer, String> EXTRA_ALERTS = table("0079 ech_required");

  private TlsNames() {}

  /** The IANA name of a cipher suite, or {@code null} when unknown (or GREASE). */
  public static String cipherSuite(int code) {
    String name = Suites.NAMES.get(code);
    return name != null ? name : EXTRA_SUITES.get(code);
  }

  /** {@code TLS_... (0xC0AE)}, {@code GREASE (0x0A0A)} or {@code 0x1234}. */
  public static String describeCipherSuite(int code) {
    String name = cipherSuite(code);
    return name != null ? name + " (" + hex(code) + ")" : label(null, code);
  }

  /** The IANA name of a cipher suite, {@code GREASE (0x0A0A)}, or the hex code. */
  public static String cipherSuiteLabel(int code) {
    return label(cipherSuite(code), code);
  }

  /** Whether the suite uses AES in CCM mode (any tag length, any key exchange). */
  public static boolean isCcm(int code) {
    String name = cipherSuite(code);
    return name != null && name.contains("_CCM");
  }

  /** Whether the suite is a TLS 1.3 suite ({@code 0x13xx}), usable only with TLS 1.3. */
  public static boolean isTls13Suite(int code) {
    return (code & 0xFF00) == 0x1300;
  }

  /** The name of a supported group (e.g. {@code secp256r1}), GREASE, or the hex code. */
  public static String group(int code) {
    return label(known(NamedGroup.getName(code), EXTRA_GROUPS.get(code)), code);
  }

  /** The name of a signature scheme (e.g. {@code ecdsa_secp256r1_sha256}), GREASE, or hex. */
  public static String signatureScheme(int code) {
    return label(known(SignatureScheme.getName(code), EXTRA_SIGNATURE_SCHEMES.get(code)), code);
  }

  /** {@code ecdsa_secp256r1_sha256 (0x0403)}. */
  public static String describeSignatureScheme(int code) {
    String name = known(SignatureScheme.getName(code), EXTRA_SIGNATURE_SCHEMES.get(code));
    return name != null ? name + " (" + hex(code) + ")" : label(null, code);
  }

  /** The name of an extension type (e.g. {@code supported_versions}), GREASE, or the hex code. */
  public static String extension(int code) {
    return label(known(ExtensionType.getName(code), EXTRA_EXTENSIONS.get(code)), code);
  }

  /**
   * A protocol version as people say it: {@code TLS 1.2}, {@code SSL 2.0}, {@code DTLS 1.2}, {@code
   * TLS 1.3 draft 28}, {@code GREASE (0x1A1A)}, the hex code for anything else, {@code ?} for a
   * negative (unknown) code.
   */
  public static String version(int code) {
    if (code < 0) {
      return "?";
    }
    switch (code) {
      case 0x0002:
        return "SSL 2.0";
      case 0x0300:
        return "SSL 3.0";
      case 0xFEFF:
        return "DTLS 1.0";
      case 0xFEFD:
        return "DTLS 1.2";
      case 0xFEFC:
        return "DTLS 1.3";
      default:
        break;
    }
    if (code >= 0x0301 && code <= 0x0304) {
      return "TLS 1." + ((code & 0xFF) - 1);
    }
    if (isGrease(code)) {
      return "GREASE (" + hex(code) + ")";
    }
    if ((code & 0xFF00) == 0x7F00) {
      return "TLS 1.3 draft " + (code & 0xFF);
    }
    return hex(code);
  }

  /** The alert's name (e.g. {@code handshake_failure}), or {@code null} when unknown. */
  public static String alert(int code) {
    if (code < 0 || code > 255) {
      return null;
    }
    return known(AlertDescription.getName((short) code), EXTRA_ALERTS.get(code));
  }

  /**
   * {@code alert 40 handshake_failure}, {@code alert 200} when unknown, {@code no alert} for a
   * negative code.
   */
  public static String describeAlert(int code) {
    if (code < 0) {
      return "no alert";
    }
    String name = alert(code);
    return name == null ? "alert " + code : "alert " + code + " " + name;
  }

  /** Whether {@code code} is one of the sixteen GREASE values {@code 0x0A0A ... 0xFAFA}. */
  public static boolean isGrease(int code) {
    return (code & 0x0F0F) == 0x0A0A && ((code >> 8) & 0xFF) == (code & 0xFF);
  }

  /** Formats a 16-bit code as {@code 0xC0AE}. */
  static String hex(int code) {
    return String.format(Locale.ROOT, "0x%04X", code & 0xFFFF);
  }

  private static String known(String bcName, String extra) {
    return bcName != null && !bcName.equals("UNKNOWN") ? bcName : extra;
  }

  private static String label(String name, int code) {
    if (name != null) {
      return name;
    }
    return isGrease(code) ? "GREASE (" + hex(code) + ")" : hex(code);
  }

  private static Map<Integer, String> table(String lines) {
    Map<Integer, String> map = new HashMap<>();
    for (String line : lines.strip().split("\n")) {
      String[] parts = line.strip().split(" ", 2);
      map.put(Integer.parseInt(parts[0], 16), parts[1]);
    }
    return Map.copyOf(map);
  }

  /** BC's {@code CipherSuite} constants are named as IANA names them; read once, on first use. */
  private static final class Suites {
    static final Map<Integer, String> NAMES = read();

    private static Map<Integer, String> read() {
      Map<Integer, String> names = new HashMap<>();
      for (Field field : CipherSuite.class.getFields()) {
        int modifiers = field.getModifiers();
        if (field.getType() == int.class
            && Modifier.isStatic(modifiers)
            && field.getName().startsWith("TLS_")) {
          try {
            names.putIfAbsent(field.getInt(null), field.getName());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
          }
        }
      }
      return Map.copyOf(names);
    }
  }
}
