package io.sep2.maven.internal.pki;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.keystore.PkiDirectory;
import io.sep2.pki.keystore.PkiFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeReadmeTest {

  @TempDir Path dir;

  @Test
  void theReadmeNamesTheExactCommandsThatReachServe() throws Exception {
    PkiFiles files =
        PkiDirectory.write(dir, PkiDirectory.Settings.of("team-a", 3), "changeit".toCharArray());
    ServeReadme.append(files.readme(), "io.sep2:sep2-maven-plugin:1.0");

    assertThat(Files.readString(files.readme()))
        .contains("mvn io.sep2:sep2-maven-plugin:1.0:serve -Dsep2.pki.dir=. -Dsep2.port=8443")
        .contains(
            "curl -sS --tlsv1.2 --tls-max 1.2 --ciphers 'ECDHE-ECDSA-AES128-CCM8:@SECLEVEL=0'")
        .contains("openssl s_client -quiet -connect 127.0.0.1:8443");
  }
}
