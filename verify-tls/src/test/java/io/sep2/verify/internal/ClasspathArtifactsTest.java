package io.sep2.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.verify.internal.VerifyContext.ClasspathArtifact;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathArtifactsTest {

  @Test
  void bouncyCastleJarsAreKnownByTheirManifest(@TempDir Path dir) throws Exception {
    Path bctls =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(p -> p.matches(".*/bctls-jdk18on-[^/]*\\.jar"))
            .map(Path::of)
            .findFirst()
            .orElseThrow();
    // renamed, so only the manifest can tell
    Path renamed = Files.copy(bctls, dir.resolve("tls.jar"));
    assertThat(ClasspathArtifacts.of(List.of(renamed)))
        .containsExactly(new ClasspathArtifact("org.bouncycastle", "bctls-jdk18on", "1.84"));
  }

  @Test
  void pomPropertiesThenFileNamesAndNothingForDirectories(@TempDir Path dir) throws Exception {
    Path withPom = dir.resolve("client.jar");
    try (OutputStream file = Files.newOutputStream(withPom);
        JarOutputStream jar = new JarOutputStream(file)) {
      jar.putNextEntry(new JarEntry("META-INF/maven/com.example/client/pom.properties"));
      jar.write(
          "groupId=com.example\nartifactId=client\nversion=2.1\n"
              .getBytes(StandardCharsets.ISO_8859_1));
      jar.closeEntry();
    }
    Path named = dir.resolve("bcprov-jdk18on-1.83.jar");
    Files.write(named, new byte[] {1, 2, 3});
    Path other = dir.resolve("helper-0.9-SNAPSHOT.jar");
    Files.write(other, new byte[] {1});
    assertThat(ClasspathArtifacts.of(List.of(withPom, named, other, dir)))
        .containsExactly(
            new ClasspathArtifact("com.example", "client", "2.1"),
            new ClasspathArtifact("org.bouncycastle", "bcprov-jdk18on", "1.83"),
            new ClasspathArtifact("", "helper", "0.9-SNAPSHOT"));
  }
}
