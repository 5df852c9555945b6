package io.sep2.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.keystore.KeystoreFormat;
import io.sep2.verify.KeystoreRole;
import io.sep2.verify.KeystoreSpec;
import io.sep2.verify.PasswordSource;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KeystoreConfigTest {

  private static final Path BASE = Path.of("/project");

  @Test
  void resolvesPathsRoleTypeAndPasswordSource() {
    Keystore k = new Keystore();
    k.setPath(new File("target/pki/device-chain.pem"));
    k.setKeyPath(new File("target/pki/device-key.pem"));
    k.setType("pem");
    k.setRole("Device");
    k.setPasswordEnv("DEVICE_PW");
    KeystoreSpec spec = k.toSpec(BASE);
    assertThat(spec.configProblems()).isEmpty();
    assertThat(spec.role()).isEqualTo(KeystoreRole.DEVICE);
    assertThat(spec.format()).isEqualTo(KeystoreFormat.PEM);
    assertThat(spec.path()).isEqualTo(Path.of("/project/target/pki/device-chain.pem"));
    assertThat(spec.label()).isEqualTo("target/pki/device-chain.pem + device-key.pem");
    assertThat(spec.password().kind()).isEqualTo(PasswordSource.Kind.ENV);
    assertThat(spec.password().toString()).isEqualTo("environment variable DEVICE_PW");
  }

  @Test
  void reportsEveryConfigurationProblemAndNeverThePassword() {
    Keystore k = new Keystore();
    k.setType("JCEKS");
    k.setRole("client");
    k.setPassword("Config-Secret-1");
    k.setPasswordEnv("PW");
    KeystoreSpec spec = k.toSpec(BASE);
    assertThat(spec.configProblems())
        .containsExactly(
            "<path> is not set",
            "<role> 'client' is none of device, server, truststore",
            "<type> 'JCEKS' is none of PKCS12, JKS, PEM",
            "give only one of <password>, <passwordEnv>, <passwordProperty>");
    assertThat(k.toString()).doesNotContain("Config-Secret-1").contains("password=***");
    assertThat(spec.toString()).doesNotContain("Config-Secret-1");
  }
}
