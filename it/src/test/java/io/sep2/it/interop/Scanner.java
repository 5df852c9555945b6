package io.sep2.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.testing.ProcessResult;
import io.sep2.testing.Tool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * testssl.sh (Debian package {@code testssl.sh}), a TLS scanner we did not write, against the
 * server: it must find TLS 1.2 and nothing else, and exactly one suite, {@code
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}. It needs no client certificate: the server picks the suite
 * (ServerHello) before it asks for one.
 *
 * <p>Why not nmap's {@code ssl-enum-ciphers} or sslscan: their hand-made ClientHellos carry neither
 * {@code renegotiation_info} nor the SCSV (RFC 5746), and the server refuses such hellos (alert 40)
 * before choosing a suite, so both report "no TLS 1.2" (see the report of issue 5).
 */
final class Scanner {

  private Scanner() {}

  static void assertOnlyTls12AndCcm8(String host, int port, Path work) throws Exception {
    Files.createDirectories(work);
    Path csv = work.resolve("testssl.csv");
    Files.deleteIfExists(csv);
    ProcessResult r =
        Tool.TESTSSL
            .command(
                "--quiet",
                "--color",
                "0",
                "--warnings",
                "off",
                "--nodns",
                "none",
                "--sneaky",
                "-p",
                "-e",
                "--csvfile",
                csv.toString(),
                host + ":" + port)
            .timeout(Duration.ofSeconds(90))
            .run();
    assertThat(csv).as("testssl CSV; testssl printed:\n%s", r.output()).exists();
    Map<String, String> findings = new LinkedHashMap<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      List<String> f = csvFields(line);
      if (f.size() >= 5 && !f.get(0).equals("id")) {
        findings.put(f.get(0), f.get(4));
      }
    }
    String all = findings.toString();
    assertThat(findings.get("TLS1_2")).as("TLS 1.2 in %s", all).startsWith("offered");
    for (String old : List.of("SSLv2", "SSLv3", "TLS1", "TLS1_1", "TLS1_3")) {
      assertThat(findings.get(old)).as("%s in %s", old, all).startsWith("not offered");
    }
    Map<String, String> ciphers = new LinkedHashMap<>();
    findings.forEach(
        (id, finding) -> {
          if (id.matches("cipher[_-].*x[0-9a-fA-F]+")) {
            ciphers.put(id, finding);
          }
        });
    assertThat(ciphers).as("accepted suites in %s", all).hasSize(1);
    assertThat(ciphers.values().iterator().next()).contains("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
  }

  /** The fields of one testssl CSV line ({@code "a","b",...}, quotes doubled inside). */
  static List<String> csvFields(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}
