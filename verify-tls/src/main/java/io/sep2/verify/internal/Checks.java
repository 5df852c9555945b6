package io.sep2.verify.internal;

import io.sep2.verify.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** The checks of verify-tls in their order, and how they are run side by side. */
public final class Checks {

  private Checks() {}

  /** The checks, in the order they run and report. */
  public static List<Check> all() {
    return List.of(
        new KeystoreLoadsCheck(),
        new CertificateProfileCheck(),
        new KeyMatchesCertificateCheck(),
        new TruststoreAnchorsCheck(),
        new DeviceIdentityCheck(),
        new CipherConfigurationCheck(),
        new JsseProviderCheck(),
        new LoopbackHandshakeCheck(),
        new ProbeCheck());
  }

  /**
   * Runs the checks side by side (they only read the context; the JSSE check and the loopback
   * handshake take most of the time) and returns their findings in check order.
   *
   * @param debug receives one timing line per check, or null
   * @param bugsTo the name of the tool a crashed check is to be reported against
   */
  public static List<Finding> runAll(
      List<Check> checks,
      VerifyContext context,
      ExecutorService pool,
      Consumer<String> debug,
      String bugsTo) {
    List<Future<List<Finding>>> results = new ArrayList<>();
    for (Check check : checks) {
      results.add(pool.submit(() -> run(check, context, debug, bugsTo)));
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      try {
        findings.addAll(results.get(i).get());
      } catch (ExecutionException e) {
        findings.addAll(crashed(checks.get(i), e.getCause(), bugsTo));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        findings.addAll(crashed(checks.get(i), e, bugsTo));
      }
    }
    return findings;
  }

  /** Runs one check; a check that throws becomes a {@code check.crashed} finding. */
  static List<Finding> run(
      Check check, VerifyContext context, Consumer<String> debug, String bugsTo) {
    long start = System.nanoTime();
    try {
      return check.run(context);
    } catch (RuntimeException | LinkageError e) {
      return crashed(check, e, bugsTo);
    } finally {
      if (debug != null) {
        debug.accept(
            "sep2:verify-tls check '"
                + check.name()
                + "' took "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
      }
    }
  }

  private static List<Finding> crashed(Check check, Throwable e, String bugsTo) {
    return List.of(
        Finding.error(
            "check.crashed",
            check.name(),
            "the check to run",
            "it failed unexpectedly: " + e,
            "Report this as a bug of " + bugsTo + ", with the build log."));
  }
}
