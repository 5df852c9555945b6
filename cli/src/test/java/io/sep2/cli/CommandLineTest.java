package io.sep2.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.cli.VerifyTlsCommand.KeystoreOption;
import io.sep2.pki.keystore.KeystoreFormat;
import io.sep2.server.ServerOptions;
import io.sep2.verify.KeystoreRole;
import io.sep2.verify.PasswordSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** Parsing, help texts and exit statuses of the command line, in-process. */
class CommandLineTest {

  /** One in-process run: exit status, stdout, stderr. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  private static <T> T parse(Class<T> type, String... args) {
    ParseResult result = Main.commandLine().parseArgs(args);
    return type.cast(result.subcommand().commandSpec().userObject());
  }

  @Test
  void topLevelHelpListsTheThreeCommandsAndTheExitStatuses() {
    Run help = run("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out())
        .contains("Usage: sep2-testkit [-hV] [COMMAND]")
        .contains("serve ")
        .contains("conformance ")
        .contains("generate-pki ")
        .contains("verify-tls ")
        .contains("2  usage error");
    Run none = run();
    assertThat(none.status()).isEqualTo(Main.USAGE);
    assertThat(none.err())
        .contains("Missing command: serve, conformance, generate-pki or verify-tls");
    assertThat(run("--version").out()).startsWith("sep2-testkit ");
  }

  @Test
  void eachCommandHasHelpWithItsOptions() {
    assertThat(run("serve", "--help").out())
        .contains("Usage: sep2-testkit serve")
        .contains("--port=<port>")
        .contains("Default: 8443")
        .contains("--host=<host>")
        .contains("--pki-dir=DIR")
        .contains("--seed=<seed>")
        .contains("--chain-length=2|3|4")
        .contains("--password=PASSWORD")
        .contains("--password-env=VAR")
        .contains("--trust=FILE")
        .contains("--fixtures=DIR")
        .contains("--key-log=FILE")
        .contains("--capture=FILE")
        .contains("--admin-port=PORT")
        .contains("--[no-]register-pki-devices")
        .contains("--schema=SEP_XSD")
        .contains("--seconds=<seconds>")
        .contains("sep2 mock server ready:");
    assertThat(run("help", "generate-pki").out())
        .contains("Usage: sep2-testkit generate-pki")
        .contains("--dir, --pki-dir=DIR")
        .contains("Default:")
        .contains("sep2-pki.")
        .contains("--hardware-type=OID");
    assertThat(run("verify-tls", "-h").out())
        .contains("Usage: sep2-testkit verify-tls")
        .contains("--keystore=PATH[,role=R]")
        .contains("--password-property=NAME")
        .contains("--cipher-suite=SUITE")
        .contains("--protocol=PROTOCOL")
        .contains("--classpath=PATH")
        .contains("--probe=HOST:PORT")
        .contains("--report-dir=DIR")
        .contains("Exit status: 0 passed, 1 a check failed, 2 usage error");
  }

  @Test
  void serveTranslatesItsOptionsIntoServerOptions() {
    ServeCommand serve =
        parse(
            ServeCommand.class,
            "serve",
            "--port",
            "0",
            "--host",
            "0.0.0.0",
            "--seed",
            "team-a",
            "--chain-length",
            "3",
            "--admin-port",
            "0",
            "--key-log",
            "keys.log",
            "--seconds",
            "5");
    ServerOptions options = serve.options(new PrintWriter(new StringWriter()));
    assertThat(options.port()).isZero();
    assertThat(options.host()).isEqualTo("0.0.0.0");
    assertThat(options.pkiSeed()).contains("team-a");
    assertThat(options.chainLength()).contains(3);
    assertThat(options.adminPort()).contains(0);
    assertThat(options.registerPkiDevices()).isTrue();
    assertThat(options.keyLog()).contains(Path.of("keys.log").toAbsolutePath());
    assertThat(serve.seconds).isEqualTo(5);

    ServeCommand defaults = parse(ServeCommand.class, "serve");
    assertThat(defaults.serverOptions.port).isEqualTo(8443);
    assertThat(defaults.serverOptions.host).isEqualTo("127.0.0.1");
    assertThat(defaults.registerPkiDevices).isTrue();
    assertThat(defaults.options(new PrintWriter(new StringWriter())).adminPort()).isEmpty();

    assertThat(parse(ServeCommand.class, "serve", "--no-register-pki-devices").registerPkiDevices)
        .isFalse();
    assertThat(
            parse(ServeCommand.class, "serve", "--register-pki-devices=false").registerPkiDevices)
        .isFalse();
    assertThat(
            parse(ServeCommand.class, "serve", "--trust", "a.pem,b.pem", "--trust", "c.pem")
                .serverOptions
                .trust)
        .containsExactly("a.pem", "b.pem", "c.pem");
  }

  @Test
  void badServeValuesAreUsageErrorsBeforeAnythingStarts() {
    Run port = run("serve", "--port", "70000");
    assertThat(port.status()).isEqualTo(Main.USAGE);
    assertThat(port.err()).contains("port must be 0..65535, was 70000");
    Run chain = run("serve", "--chain-length", "5");
    assertThat(chain.status()).isEqualTo(Main.USAGE);
    assertThat(chain.err()).contains("chainLength must be 2, 3 or 4");
    Run fixtures = run("serve", "--fixtures", "/surely/not/here");
    assertThat(fixtures.status()).isEqualTo(Main.USAGE);
    assertThat(fixtures.err()).contains("does not exist");
    Run unknown = run("serve", "--prot", "1");
    assertThat(unknown.status()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("Unknown options: '--prot'");
  }

  @Test
  void conformanceTakesTheServerOptionsOfServeWithTheSameHelpAndChecks() {
    CommandSpec serve = Main.commandLine().getSubcommands().get("serve").getCommandSpec();
    CommandSpec conformance =
        Main.commandLine().getSubcommands().get("conformance").getCommandSpec();
    List<String> shared =
        List.of(
            "--port",
            "--host",
            "--pki-dir",
            "--seed",
            "--chain-length",
            "--password",
            "--password-env",
            "--trust",
            "--fixtures",
            "--key-log",
            "--capture",
            "--admin-port",
            "--schema");
    for (String name : shared) {
      assertThat(conformance.findOption(name)).as(name).isNotNull();
      assertThat(conformance.findOption(name).description())
          .as(name)
          .containsExactly(serve.findOption(name).description());
      assertThat(conformance.findOption(name).defaultValue())
          .as(name)
          .isEqualTo(serve.findOption(name).defaultValue());
    }
    assertThat(conformance.findOption("--register-pki-devices")).isNull();

    Run chain = run("conformance", "--chain-length", "5");
    assertThat(chain.status()).isEqualTo(Main.USAGE);
    assertThat(chain.err()).contains("conformance: chainLength must be 2, 3 or 4");
    Run fixtures = run("conformance", "--fixtures", "/surely/not/here");
    assertThat(fixtures.status()).isEqualTo(Main.USAGE);
    assertThat(fixtures.err()).contains("fixture directory /surely/not/here (--fixtures)");
  }

  @Test
  void keystoreOptionsParseRoleTypeAliasKeyAndPasswordSource() {
    KeystoreOption.Converter c = new KeystoreOption.Converter();
    KeystoreOption plain = c.convert("pki/device.p12");
    assertThat(plain.role()).isEqualTo(KeystoreRole.DEVICE);
    assertThat(plain.type()).isNull();
    assertThat(plain.password()).isNull();

    KeystoreOption full =
        c.convert("trust.jks,role=truststore,type=jks,alias=root,password-env=TRUST_PW");
    assertThat(full.path()).isEqualTo(Path.of("trust.jks"));
    assertThat(full.role()).isEqualTo(KeystoreRole.TRUSTSTORE);
    assertThat(full.type()).isEqualTo(KeystoreFormat.JKS);
    assertThat(full.alias()).isEqualTo("root");
    assertThat(full.password().kind()).isEqualTo(PasswordSource.Kind.ENV);

    KeystoreOption pem = c.convert("chain.pem,key=key.pem,password-property=pem.pw");
    assertThat(pem.key()).isEqualTo(Path.of("key.pem"));
    assertThat(pem.password().toString()).isEqualTo("property pem.pw");
    var spec = pem.toSpec(Path.of("/work/device"), PasswordSource.NONE);
    assertThat(spec.label()).isEqualTo("chain.pem + key.pem");
    assertThat(spec.path()).isEqualTo(Path.of("/work/device/chain.pem"));
    assertThat(plain.toSpec(Path.of("/w"), PasswordSource.env("PW")).password().kind())
        .isEqualTo(PasswordSource.Kind.ENV);
  }

  @Test
  void badKeystoreOptionsAreUsageErrorsAndAPasswordIsNeverAccepted() {
    for (List<String> bad :
        List.of(
            List.of("x.p12,role=client", "role 'client' is none of device, server, truststore"),
            List.of("x.p12,type=JCEKS", "type 'JCEKS' is none of PKCS12, JKS, PEM"),
            List.of("x.p12,password=Hunter2-Secret", "a password itself is never given"),
            List.of("role=device", "does not start with the keystore's path"),
            List.of("x.pem,role=truststore,key=k.pem", "a truststore has no key="),
            List.of("x.p12,password-env=A,password-property=B", "give only one of"))) {
      Run r = run("verify-tls", "--keystore", bad.get(0));
      assertThat(r.status()).as(bad.get(0)).isEqualTo(Main.USAGE);
      assertThat(r.err()).as(bad.get(0)).contains(bad.get(1));
      assertThat(r.out() + r.err()).doesNotContain("Hunter2-Secret");
    }
    Run probe = run("verify-tls", "--probe", "no port here");
    assertThat(probe.status()).isEqualTo(Main.USAGE);
    assertThat(probe.err()).contains("--probe is not HOST:PORT or a URL");
    Run both = run("verify-tls", "--password-env", "A", "--password-property", "B");
    assertThat(both.status()).isEqualTo(Main.USAGE);
    Run classpath = run("verify-tls", "--classpath", "/surely/not/here.jar");
    assertThat(classpath.status()).isEqualTo(Main.USAGE);
    assertThat(classpath.err()).contains("--classpath: /surely/not/here.jar does not exist");
  }

  @Test
  void theReadmeSectionShowsTheJavaJarWayAndTheMavenWay() {
    String section = PkiReadme.section("/opt/sep2/sep2-testkit-1.0.jar", "1.0", 8443);
    assertThat(section)
        .contains(PkiReadme.HEADING)
        .contains("  java -jar /opt/sep2/sep2-testkit-1.0.jar serve --pki-dir . --port 8443\n")
        .contains("mvn io.sep2:sep2-maven-plugin:1.0:serve -Dsep2.pki.dir=. -Dsep2.port=8443")
        .contains(
            "  curl -sS --tlsv1.2 --tls-max 1.2 --ciphers 'ECDHE-ECDSA-AES128-CCM8:@SECLEVEL=0'")
        .contains("https://127.0.0.1:8443/dcap");
    assertThat(PkiReadme.section("/My Tools/sep2.jar", "1.0", 8443))
        .contains("  java -jar '/My Tools/sep2.jar' serve");
  }

  @Test
  void theCommandLineIsPicocli() {
    assertThat(Main.commandLine().getSubcommands().keySet())
        .containsExactly("serve", "conformance", "generate-pki", "verify-tls", "help");
    assertThat(CommandLine.class.getPackage().getName()).isEqualTo("picocli");
  }
}
