package io.sep2.verify.internal;

import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.verify.Finding;
import io.sep2.verify.KeystoreRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Check 2d: the LFDI and SFDI of every device certificate (finding {@code device.identity}), the
 * identifiers a 2030.5 server knows the device by, to register it on the server under test.
 */
public final class DeviceIdentityCheck implements Check {

  @Override
  public String name() {
    return "device LFDI/SFDI";
  }

  @Override
  public List<Finding> run(VerifyContext context) {
    List<Finding> out = new ArrayList<>();
    for (KeystoreResult device : context.loaded(KeystoreRole.DEVICE)) {
      DeviceIdentity id = DeviceIdentity.of(device.entry().certificate());
      out.add(
          Finding.info(
              "device.identity",
              device.spec().label(),
              "LFDI " + id.lfdi() + "  SFDI " + id.sfdiText()));
    }
    return out;
  }
}
