package io.sep2.pki.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.Sep2Pki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkiDirectoryTest {

  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameFilesAsTheJUnitExtensionsPki() throws Exception {
    PkiDirectory.Settings settings = PkiDirectory.Settings.of("team-a", 3);
    PkiFiles a = PkiDirectory.write(dir.resolve("a"), settings, PASSWORD);
    PkiFiles b = PkiDirectory.write(dir.resolve("b"), settings, PASSWORD);
    for (String name :
        List.of(
            "serca.pem",
            "mica.pem",
            "device-chain.pem",
            "device-key.pem",
            "server-chain.pem",
            "server-key.pem",
            "README.txt",
            PkiDirectory.PROPERTIES)) {
      assertThat(Files.readAllBytes(a.directory().resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(b.directory().resolve(name)));
    }
    // @With2030_5Server(pkiSeed = "team-a", chainLength = 3) builds exactly this PKI
    Sep2Pki junit = Sep2Pki.builder().seed("team-a").chainLength(3).build();
    Sep2Pki regenerated = PkiDirectory.open(a.directory());
    assertThat(regenerated.serca().certificate()).isEqualTo(junit.serca().certificate());
    assertThat(regenerated.device().privateKey().getEncoded())
        .isEqualTo(junit.device().privateKey().getEncoded());
    assertThat(Files.readString(a.directory().resolve(PkiDirectory.PROPERTIES)))
        .contains("seed=team-a\n", "chainLength=3\n", "hardwareType=1.3.6.1.4.1.32473\n")
        .doesNotContain("2026", "2027");
  }

  @Test
  void openOrCreateWritesOnceThenReopens() throws Exception {
    PkiDirectory.Opened created = PkiDirectory.openOrCreate(dir, "dir", 3, PASSWORD);
    PkiDirectory.Opened reopened = PkiDirectory.openOrCreate(dir, null, null, PASSWORD);

    assertThat(created.created()).isTrue();
    assertThat(reopened.created()).isFalse();
    assertThat(reopened.pki().seed()).isEqualTo("dir");
    assertThat(reopened.pki().chainLength()).isEqualTo(3);
    assertThat(reopened.pki().device().certificate())
        .isEqualTo(created.pki().device().certificate());
  }

  @Test
  void openOrCreateWithoutASeedPicksARandomOneAndReportsIt() {
    PkiDirectory.Opened created = PkiDirectory.openOrCreate(dir, null, null, PASSWORD);

    assertThat(created.pki().seed()).matches("[0-9a-f]{32}");
    assertThat(created.pki().chainLength()).isEqualTo(4);
  }

  @Test
  void openOrCreateRefusesAnotherSeedOrChainLengthNamingBoth() {
    PkiDirectory.openOrCreate(dir, "mine", 3, PASSWORD);

    assertThatThrownBy(() -> PkiDirectory.openOrCreate(dir, "theirs", null, PASSWORD))
        .isInstanceOf(PkiDirectoryException.class)
        .hasMessageContaining("'mine'")
        .hasMessageContaining("'theirs'");
    assertThatThrownBy(() -> PkiDirectory.openOrCreate(dir, null, 4, PASSWORD))
        .isInstanceOf(PkiDirectoryException.class)
        .hasMessageContaining("chain length 3, not 4");
  }

  @Test
  void openOrCreateRefusesAForeignNonEmptyDirectory() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> PkiDirectory.openOrCreate(dir, "x", null, PASSWORD))
        .isInstanceOf(PkiDirectoryException.class)
        .hasMessageContaining("is not empty but holds no " + PkiDirectory.PROPERTIES);
  }

  @Test
  void anInvalidSettingNamesTheFileAndTheValue() throws Exception {
    Files.writeString(dir.resolve(PkiDirectory.PROPERTIES), "seed=x\nchainLength=7\n");

    assertThatThrownBy(() -> PkiDirectory.open(dir))
        .isInstanceOf(PkiDirectoryException.class)
        .hasMessageContaining(PkiDirectory.PROPERTIES)
        .hasMessageContaining("was 7");
  }

  @Test
  void replacedFilesAreRefusedWithAClearMessage() throws Exception {
    PkiFiles files = PkiDirectory.write(dir, PkiDirectory.Settings.of("mine", 4), PASSWORD);
    PkiFiles other =
        PkiFiles.write(Sep2Pki.builder().seed("someone-else").build(), dir.resolve("x"), PASSWORD);
    Files.copy(other.serca(), files.serca(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> PkiDirectory.open(dir))
        .isInstanceOf(PkiDirectoryException.class)
        .hasMessageContaining("serca.pem is not the file the seed in sep2-pki.properties generates")
        .hasMessageContaining("seed 'mine'")
        .hasMessageContaining("sep2:generate-pki");
  }

  @Test
  void aDirectoryWithoutSettingsCannotBeRegenerated() {
    PkiFiles.write(Sep2Pki.builder().seed("plain").build(), dir, PASSWORD);
    assertThat(PkiDirectory.exists(dir)).isFalse();
    assertThatThrownBy(() -> PkiDirectory.open(dir))
        .isInstanceOf(PkiDirectoryException.class)
        .hasMessageContaining("holds no sep2-pki.properties");
  }

  @Test
  void lineEndingsDoNotCount() throws Exception {
    PkiFiles files = PkiDirectory.write(dir, PkiDirectory.Settings.of("crlf", 2), PASSWORD);
    Files.writeString(files.serca(), Files.readString(files.serca()).replace("\n", "\r\n"));
    assertThat(PkiDirectory.open(dir).seed()).isEqualTo("crlf");
  }
}
