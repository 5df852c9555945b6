package io.sep2.model;

/** Removes the CSIP-AUS elements from the four types that carry them. */
final class WithoutCsipAus {

  private WithoutCsipAus() {}

  static Sep2Document strip(Sep2Document document) {
    if (document instanceof DerCapability c) {
      return c.toBuilder().doeModesSupported(null).build();
    }
    if (document instanceof DerSettings s) {
      return s.toBuilder().doeModesEnabled(null).build();
    }
    if (document instanceof EndDevice e) {
      return e.toBuilder().connectionPointLink(null).build();
    }
    if (document instanceof EndDeviceList l) {
      return l.toBuilder()
          .endDevices(l.endDevices().stream().map(e -> (EndDevice) strip(e)).toList())
          .build();
    }
    if (document instanceof DerControl c) {
      return c.toBuilder().derControlBase(strip(c.derControlBase())).build();
    }
    if (document instanceof DefaultDerControl c) {
      return c.toBuilder().derControlBase(strip(c.derControlBase())).build();
    }
    if (document instanceof DerControlList l) {
      return l.toBuilder()
          .derControls(l.derControls().stream().map(c -> (DerControl) strip(c)).toList())
          .build();
    }
    if (document instanceof Notification n && n.resource().isPresent()) {
      return n.toBuilder().resource((Resource) strip(n.resource().get())).build();
    }
    if (document instanceof ConnectionPoint) {
      return ConnectionPointFree.INSTANCE;
    }
    return document;
  }

  private static DerControlBase strip(DerControlBase base) {
    return base.toBuilder()
        .opModImpLimW(null)
        .opModExpLimW(null)
        .opModGenLimW(null)
        .opModLoadLimW(null)
        .build();
  }

  /** ConnectionPoint is CSIP-AUS itself; its plain stand-in is a Time. */
  private static final class ConnectionPointFree {
    static final Sep2Document INSTANCE = FullSamples.time();
  }
}
