package io.sep2.cli;

import io.sep2.cli.Main.CommandFailure;
import io.sep2.pki.keystore.KeystoreFormat;
import io.sep2.verify.KeystoreRole;
import io.sep2.verify.KeystoreSpec;
import io.sep2.verify.PasswordSource;
import io.sep2.verify.Report;
import io.sep2.verify.VerifyTls;
import io.sep2.verify.VerifyTlsException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code verify-tls}: the checks of {@code sep2:verify-tls}, on files named on the command line.
 */
@Command(
    name = "verify-tls",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Checks a device's IEEE 2030.5 TLS set-up, as mvn sep2:verify-tls: every keystore loads,"
          + " each device/server chain meets the 2030.5 certificate profile, the key matches, the"
          + " truststore's SERCA anchors the chains, the configured suites and protocols, that the"
          + " Java client's JSSE can do CCM_8 (only with --classpath), a real loopback CCM_8"
          + " handshake with the device key, and optionally a running 2030.5 server (--probe).",
      "Prints one line per finding and writes verify-tls.json and verify-tls.txt to"
          + " --report-dir. Exit status 1 when a check fails. Passwords are never printed: give"
          + " them in environment variables (password-env) or Java system properties"
          + " (password-property, java -DNAME=... -jar ...)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  java -jar sep2-testkit.jar verify-tls --keystore pki/device.p12,role=device \\",
      "      --keystore pki/truststore.p12,role=truststore --password-env PKI_PASSWORD \\",
      "      --cipher-suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 --protocol TLSv1.2 --jsse-provider"
          + " none",
      "  java -jar sep2-testkit.jar verify-tls --keystore"
          + " pki/device-chain.pem,role=device,key=pki/device-key.pem \\",
      "      --keystore pki/serca.pem,role=truststore --probe 127.0.0.1:8443",
      "",
      "Exit status: 0 passed, 1 a check failed, 2 usage error, 3 could not run."
    })
final class VerifyTlsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--keystore",
      paramLabel =
          "PATH[,role=R][,type=T][,alias=A][,key=KEY][,password-env=VAR|,password-property=NAME]",
      converter = KeystoreOption.Converter.class,
      description = {
        "A keystore to check (repeatable): PATH is a PKCS12 or JKS keystore, or a PEM file (a"
            + " certificate chain, with key=KEY for its private key; for a truststore the"
            + " certificates). role: device (default), server or truststore. type: PKCS12, JKS"
            + " or PEM (default: detected). alias: the key entry (default: the first)."
            + " password-env / password-property: where this keystore's password is (default:"
            + " --password-env / --password-property; none for plain PEM).",
      })
  List<KeystoreOption> keystores = new ArrayList<>();

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description = "Environment variable holding the password of every keystore without its own.")
  String passwordEnv;

  @Option(
      names = "--password-property",
      paramLabel = "NAME",
      description =
          "Java system property (java -DNAME=... -jar) holding the password of every keystore"
              + " without its own.")
  String passwordProperty;

  @Option(
      names = "--cipher-suite",
      paramLabel = "SUITE",
      split = ",",
      description =
          "A cipher suite the client enables (repeatable or comma-separated; IANA names,"
              + " ECDHE-ECDSA-AES128-CCM8 is understood). Must include"
              + " TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8. Default: not told, which is a warning.")
  List<String> cipherSuites = new ArrayList<>();

  @Option(
      names = "--protocol",
      paramLabel = "PROTOCOL",
      split = ",",
      description =
          "A protocol the client enables (repeatable or comma-separated); must include TLSv1.2."
              + " Default: not told.")
  List<String> protocols = new ArrayList<>();

  @Option(
      names = "--classpath",
      paramLabel = "PATH" + "${sys:path.separator}" + "...",
      description =
          "The Java client's classpath (jars and directories separated by '${sys:path.separator}',"
              + " DIR/* for every jar in DIR; repeatable): the JSSE check loads BCJSSE from it and"
              + " checks that it offers CCM_8. Without it the JSSE check is skipped and says so.")
  List<String> classpath = new ArrayList<>();

  @Option(
      names = "--jsse-provider",
      paramLabel = "BCJSSE|SunJSSE|none",
      defaultValue = "BCJSSE",
      description =
          "The JSSE provider the Java client uses; none when the client is not Java (the JSSE"
              + " check is skipped). Default: ${DEFAULT-VALUE}.")
  String jsseProvider;

  @Option(
      names = "--probe",
      paramLabel = "HOST:PORT",
      description =
          "A running 2030.5 server to probe (or its URL, e.g. https://host:8443/dcap): a CCM_8-only"
              + " client with the device keystore connects, checks the server's chain and GETs"
              + " /dcap.")
  String probe;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "sep2",
      description =
          "Where verify-tls.json and verify-tls.txt are written. Default: ${DEFAULT-VALUE}.")
  Path reportDir;

  @Option(
      names = "--project",
      paramLabel = "NAME",
      description = "How the report names what was checked. Default: the working directory's name.")
  String project;

  @Option(names = "--fail-on-warning", description = "Warnings fail the check too (exit status 1).")
  boolean failOnWarning;

  @Option(
      names = "--timeout-seconds",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Seconds a handshake or HTTP request of the loopback and probe checks may take."
              + " Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds;

  @Option(names = "--verbose", description = "Prints how long each check took, on stderr.")
  boolean verbose;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (passwordEnv != null && passwordProperty != null) {
      throw new ParameterException(
          spec.commandLine(), "give only one of --password-env, --password-property");
    }
    Path basedir = Path.of("").toAbsolutePath();
    List<KeystoreSpec> specs = new ArrayList<>();
    for (KeystoreOption keystore : keystores) {
      specs.add(keystore.toSpec(basedir, commonPassword()));
    }
    VerifyTls.Builder verify =
        VerifyTls.builder()
            .project(project != null ? project : projectName(basedir))
            .keystores(specs)
            .cipherSuites(cipherSuites.stream().map(String::trim).toList())
            .protocols(protocols.stream().map(String::trim).toList())
            .jsseProvider(jsseProvider)
            .noClasspathReason(
                "--classpath",
                "no --classpath given: the JSSE set-up of a Java client is not checked (give the"
                    + " client's classpath with --classpath, or --jsse-provider none for a client"
                    + " that is not Java)")
            .probe(probeUri())
            .timeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)))
            .failOnWarning(failOnWarning)
            .environment(System::getenv)
            .properties(System::getProperty)
            .debug(
                verbose
                    ? line -> {
                      err.println(line);
                      err.flush();
                    }
                    : null)
            .reportBugsTo("sep2-testkit");
    if (!classpath.isEmpty()) {
      verify.clientClasspath(classpathElements());
    }
    Report report;
    try {
      report = verify.build().run();
    } catch (VerifyTlsException e) {
      throw new CommandFailure(Main.BROKEN, e.getMessage(), e);
    }
    out.println(report.headline((System.nanoTime() - start) / 1_000_000));
    for (String line : report.tableLines()) {
      out.println(line);
    }
    try {
      List<Path> files = report.write(reportDir.toAbsolutePath().normalize());
      out.println("sep2:verify-tls report: " + files.get(0) + " and " + files.get(1).getFileName());
    } catch (IOException e) {
      out.flush();
      throw new CommandFailure(
          Main.BROKEN,
          "sep2:verify-tls cannot write its report to " + reportDir.toAbsolutePath() + ": " + e,
          e);
    }
    out.flush();
    if (!report.passed()) {
      err.println(report.failureMessage());
      err.flush();
      return Main.FAILED;
    }
    return 0;
  }

  private PasswordSource commonPassword() {
    if (passwordEnv != null && !passwordEnv.isBlank()) {
      return PasswordSource.env(passwordEnv.trim());
    }
    if (passwordProperty != null && !passwordProperty.isBlank()) {
      return PasswordSource.property(passwordProperty.trim());
    }
    return PasswordSource.NONE;
  }

  private static String projectName(Path basedir) {
    Path name = basedir.getFileName();
    return name == null ? basedir.toString() : name.toString();
  }

  private URI probeUri() {
    if (probe == null || probe.isBlank()) {
      return null;
    }
    String text = probe.trim();
    try {
      URI uri = new URI(text.contains("://") ? text : "https://" + text + "/dcap");
      if (uri.getHost() == null || uri.getPort() < 0 && !text.contains("://")) {
        throw new URISyntaxException(text, "expected HOST:PORT or https://HOST:PORT/PATH");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ParameterException(
          spec.commandLine(), "--probe is not HOST:PORT or a URL: " + e.getReason());
    }
  }

  /** The {@code --classpath} elements, {@code DIR/*} expanded to the jars in DIR. */
  private List<Path> classpathElements() {
    List<Path> out = new ArrayList<>();
    for (String option : classpath) {
      for (String element : option.split(File.pathSeparator)) {
        if (element.isBlank()) {
          continue;
        }
        if (element.endsWith("/*") || element.endsWith(File.separator + "*")) {
          Path dir = Path.of(element.substring(0, element.length() - 2));
          if (!Files.isDirectory(dir)) {
            throw new ParameterException(
                spec.commandLine(), "--classpath: " + dir + " is not a directory");
          }
          List<Path> jars = new ArrayList<>();
          try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{jar,JAR}")) {
            stream.forEach(jars::add);
          } catch (IOException e) {
            throw new ParameterException(
                spec.commandLine(), "--classpath: cannot list " + dir + ": " + e.getMessage());
          }
          jars.sort(null);
          out.addAll(jars.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        } else {
          Path p = Path.of(element);
          if (!Files.exists(p)) {
            throw new ParameterException(
                spec.commandLine(), "--classpath: " + element + " does not exist");
          }
          out.add(p.toAbsolutePath().normalize());
        }
      }
    }
    return out;
  }

  /** One {@code --keystore PATH[,key=value...]}. */
  record KeystoreOption(
      Path path,
      KeystoreRole role,
      KeystoreFormat type,
      String alias,
      Path key,
      PasswordSource password) {

    KeystoreSpec toSpec(Path basedir, PasswordSource common) {
      Path file = basedir.resolve(path).normalize();
      Path keyFile = key == null ? null : basedir.resolve(key).normalize();
      String label =
          label(basedir, file) + (keyFile == null ? "" : " + " + keyFile.getFileName().toString());
      return new KeystoreSpec(
          label, role, file, keyFile, type, password != null ? password : common, alias, List.of());
    }

    private static String label(Path basedir, Path file) {
      try {
        Path relative = basedir.relativize(file.toAbsolutePath());
        return relative.toString().startsWith("..") ? file.toString() : relative.toString();
      } catch (IllegalArgumentException e) {
        return file.toString();
      }
    }

    /** Parses {@code PATH[,role=..][,type=..][,alias=..][,key=..][,password-env=..]}. */
    static final class Converter implements ITypeConverter<KeystoreOption> {
      @Override
      public KeystoreOption convert(String value) {
        String[] parts = value.split(",");
        if (parts[0].isBlank() || parts[0].contains("=")) {
          throw new TypeConversionException(
              "'" + value + "' does not start with the keystore's path");
        }
        Path path = Path.of(parts[0].trim());
        KeystoreRole role = KeystoreRole.DEVICE;
        KeystoreFormat type = null;
        String alias = null;
        Path key = null;
        PasswordSource password = null;
        for (int i = 1; i < parts.length; i++) {
          String part = parts[i].trim();
          int eq = part.indexOf('=');
          if (eq < 1 || eq == part.length() - 1) {
            throw new TypeConversionException(
                "'" + part + "' in '" + value + "' is not NAME=VALUE");
          }
          String name = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
          String v = part.substring(eq + 1).trim();
          switch (name) {
            case "role" -> {
              role = KeystoreRole.parse(v);
              if (role == null) {
                throw new TypeConversionException(
                    "role '" + v + "' is none of device, server, truststore");
              }
            }
            case "type" -> {
              try {
                type = KeystoreFormat.valueOf(v.toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw new TypeConversionException("type '" + v + "' is none of PKCS12, JKS, PEM");
              }
            }
            case "alias" -> alias = v;
            case "key" -> key = Path.of(v);
            case "password-env" -> {
              if (password != null) {
                throw new TypeConversionException(
                    "give only one of password-env, password-property");
              }
              password = PasswordSource.env(v);
            }
            case "password-property" -> {
              if (password != null) {
                throw new TypeConversionException(
                    "give only one of password-env, password-property");
              }
              password = PasswordSource.property(v);
            }
            default ->
                throw new TypeConversionException(
                    "'"
                        + name
                        + "' is none of role, type, alias, key, password-env, password-property"
                        + " (a password itself is never given on the command line)");
          }
        }
        if (key != null && type != null && type != KeystoreFormat.PEM) {
          throw new TypeConversionException("key= is for PEM files, but type is " + type);
        }
        if (key != null && role == KeystoreRole.TRUSTSTORE) {
          throw new TypeConversionException("a truststore has no key=");
        }
        return new KeystoreOption(path, role, type, alias, key, password);
      }
    }
  }
}
