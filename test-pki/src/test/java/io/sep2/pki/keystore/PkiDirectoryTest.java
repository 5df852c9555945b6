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

  @TempDir Path dir;

  @Test
  void createThenOpenRebuildsTheSamePki() throws Exception {
    Sep2Pki created =
        PkiDirectory.openOrCreate(dir, Sep2Pki.builder().seed("dir").chainLength(3).build());

    Sep2Pki opened = PkiDirectory.openOrCreate(dir, Sep2Pki.builder().seed("ignored").build());

    assertThat(opened.seed()).isEqualTo("dir");
    assertThat(opened.chainLength()).isEqualTo(3);
    assertThat(opened.device().certificate().getEncoded())
        .isEqualTo(created.device().certificate().getEncoded());
    assertThat(opened.serverHostnames()).containsExactly("localhost", "127.0.0.1");
    assertThat(dir.resolve("device.p12")).exists();
  }

  @Test
  void aReplacedSercaIsNoticed() throws Exception {
    PkiDirectory.create(dir, Sep2Pki.builder().seed("one").build());
    KeystoreWriter.writeCertificatesPem(
        dir.resolve("serca.pem"),
        List.of(Sep2Pki.builder().seed("two").build().serca().certificate()));

    assertThatThrownBy(() -> PkiDirectory.open(dir))
        .isInstanceOf(KeystoreException.class)
        .hasMessageContaining("serca.pem")
        .hasMessageContaining("not the SERCA of the recipe");
  }

  @Test
  void aMissingRecipeSaysHowToMakeOne() {
    assertThatThrownBy(() -> PkiDirectory.open(dir))
        .isInstanceOf(KeystoreException.class)
        .hasMessageContaining(PkiDirectory.RECIPE)
        .hasMessageContaining("sep2:generate-pki");
  }

  @Test
  void aBrokenRecipeNamesTheKey() throws Exception {
    Files.writeString(
        dir.resolve(PkiDirectory.RECIPE), "seed=x\nchainLength=7\nhardwareType=1.2.3\n");

    assertThatThrownBy(() -> PkiDirectory.open(dir))
        .isInstanceOf(KeystoreException.class)
        .hasMessageContaining("chainLength must be 2, 3 or 4")
        .hasMessageContaining("7");
  }
}
