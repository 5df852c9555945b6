package io.sep2.pki.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkiFilesTest {

  @TempDir Path dir;

  @Test
  void writesTheDocumentedFilesForChainLength4() throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("pki-files").build();

    PkiFiles files = PkiFiles.write(pki, dir.resolve("out"));

    try (Stream<Path> list = Files.list(files.directory())) {
      assertThat(list.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "serca.pem",
              "mca.pem",
              "mica.pem",
              "device-chain.pem",
              "device-key.pem",
              "device.p12",
              "server-chain.pem",
              "server-key.pem",
              "server.p12",
              "truststore.p12",
              "README.txt");
    }
    assertThat(files.files()).hasSize(11).allSatisfy(p -> assertThat(p).isRegularFile());
    assertThat(Files.readString(files.deviceKey())).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(KeystoreLoader.load(files.deviceChain(), null).certificates())
        .isEqualTo(pki.device().chainWithoutRoot());
    assertThat(KeystoreLoader.load(files.serca(), null).certificates())
        .containsExactly(pki.serca().certificate());
    assertThat(
            KeystoreLoader.load(files.serverKeystore(), PkiFiles.DEFAULT_PASSWORD.toCharArray())
                .keyEntry()
                .chain())
        .isEqualTo(pki.server().chain());
  }

  @Test
  void chainLength2HasNoIntermediates() {
    PkiFiles files =
        PkiFiles.write(Sep2Pki.builder().seed("pki-files").chainLength(2).build(), dir);

    assertThat(dir.resolve("mca.pem")).doesNotExist();
    assertThat(dir.resolve("mica.pem")).doesNotExist();
    assertThat(KeystoreLoader.load(files.deviceChain(), null).certificates()).hasSize(1);
  }

  @Test
  void readmeHasTheCommandsAndIdentities() throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("pki-files").build();

    String readme = Files.readString(PkiFiles.write(pki, dir).readme());

    assertThat(readme)
        .contains(
            "openssl s_client -connect 127.0.0.1:PORT -tls1_2 -cipher ECDHE-ECDSA-AES128-CCM8"
                + " -cert device-chain.pem -key device-key.pem -CAfile serca.pem")
        .contains(
            "--tlsv1.2 --tls-max 1.2 --ciphers ECDHE-ECDSA-AES128-CCM8 --cert device-chain.pem"
                + " --key device-key.pem --cacert serca.pem https://127.0.0.1:PORT/dcap")
        .contains("openssl verify -CAfile serca.pem -untrusted device-chain.pem device-chain.pem")
        .contains("@SECLEVEL=0")
        .contains("seed:          pki-files")
        .contains(DeviceIdentity.lfdi(pki.device().certificate()))
        .contains(String.valueOf(DeviceIdentity.sfdi(pki.device().certificate())))
        .contains("PKCS12 password (device.p12, server.p12, truststore.p12): changeit")
        .contains("valid for: localhost, 127.0.0.1");
  }

  @Test
  void ownPasswordIsUsedAndNotWrittenDown() throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("pki-files").serverHostnames().build();

    PkiFiles files = PkiFiles.write(pki, dir, "my-own-Secret".toCharArray());

    assertThat(Files.readString(files.readme()))
        .doesNotContain("my-own-Secret")
        .doesNotContain("changeit")
        .contains("carries no host name");
    assertThat(
            KeystoreLoader.load(files.truststore(), "my-own-Secret".toCharArray()).certificates())
        .containsExactly(pki.serca().certificate());
  }

  @Test
  void keyFilesAreReadableByTheOwnerOnly() throws Exception {
    PkiFiles files = PkiFiles.write(Sep2Pki.builder().seed("pki-files").build(), dir);
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }

    for (Path secret :
        new Path[] {
          files.deviceKey(), files.serverKey(), files.deviceKeystore(), files.serverKeystore()
        }) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
          .as(secret.toString())
          .isEqualTo("rw-------");
    }
  }

  @Test
  void everyDeviceGetsItsFilesWhenThereAreSeveral() {
    Sep2Pki pki =
        Sep2Pki.builder()
            .seed("pki-files")
            .addDevice("inverter 1", "INV1")
            .addDevice("meter", "MTR1")
            .build();

    PkiFiles files = PkiFiles.write(pki, dir);

    assertThat(dir.resolve("devices/inverter_1-chain.pem")).isRegularFile();
    assertThat(dir.resolve("devices/meter.p12")).isRegularFile();
    assertThat(
            KeystoreLoader.loadPem(
                    dir.resolve("devices/meter-chain.pem"),
                    dir.resolve("devices/meter-key.pem"),
                    null)
                .keyEntry()
                .certificate())
        .isEqualTo(pki.device("meter").certificate());
    assertThat(files.files()).hasSize(11 + 2 * 3);
  }
}
