package io.sep2.procedure;

import io.sep2.server.Sep2MockServer;

/** The scripted client's scripts, for tests in other packages. */
public final class ScriptedClientAccess {

  private ScriptedClientAccess() {}

  /** Discovery: DeviceCapability, Time, its EndDevice, its DERList. */
  public static void discover(Sep2MockServer server) {
    new ScriptedClient(server).discover();
  }

  /** Registers, reads its DERList, PUTs DERStatus, DERCapability and DERSettings. */
  public static void reportDer(Sep2MockServer server) {
    ScriptedClient c = new ScriptedClient(server);
    c.findOrRegister();
    c.get(c.edev + "/der");
    c.putStatus();
    c.putCapability();
    c.putSettings(27);
  }
}
