package io.sep2.server;

import io.sep2.model.SchemaValidator;
import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.internal.TlsNotificationSender;
import io.sep2.utility.UtilityClock;
import io.sep2.utility.internal.UtilityImpl;
import io.sep2.utility.internal.UtilitySettings;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Makes a server's utility from its options. */
final class UtilityFactory {

  private UtilityFactory() {}

  static UtilityImpl create(
      ServerOptions options, Sep2Pki pki, HeldCertificate serverCertificate, UtilityClock clock) {
    DeviceIdentity server = DeviceIdentity.of(serverCertificate.certificate());
    UtilitySettings settings =
        new UtilitySettings(
            options.basePath(),
            options.registrationPin(),
            options.pollRate(),
            options.postRate(),
            options.timeZone(),
            new HashSet<>(options.aggregators()),
            options.schema().map(UtilityFactory::schema).orElse(null),
            server.lfdi(),
            server.sfdi(),
            options.csipAus());
    List<X509Certificate> anchors = new ArrayList<>();
    anchors.add(pki.serca().certificate());
    anchors.addAll(options.trustAnchors());
    UtilityImpl utility =
        new UtilityImpl(
            clock,
            settings,
            options.retainedConnections(),
            new TlsNotificationSender(serverCertificate, anchors));
    if (options.registerPkiDevices()) {
      for (HeldCertificate device : pki.devices()) {
        utility.registerDevice(device.certificate());
      }
    }
    for (X509Certificate device : options.registeredDevices()) {
      utility.registerDevice(device);
    }
    return utility;
  }

  private static SchemaValidator schema(Path sepXsd) {
    try {
      return SchemaValidator.forSepSchema(sepXsd);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "the schema "
              + sepXsd.toAbsolutePath()
              + " cannot be read as IEEE 2030.5's sep.xsd: "
              + e,
          e);
    }
  }
}
