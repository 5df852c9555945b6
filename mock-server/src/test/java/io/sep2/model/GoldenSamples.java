package io.sep2.model;

import java.time.Instant;

/** Small, realistic documents whose exact XML the golden tests pin down. */
final class GoldenSamples {

  private GoldenSamples() {}

  static DeviceCapability deviceCapability() {
    return DeviceCapability.builder()
        .href("/dcap")
        .pollRate(900L)
        .timeLink(new Link("/tm"))
        .endDeviceListLink(ListLink.of("/edev", 1))
        .mirrorUsagePointListLink(ListLink.of("/mup", 0))
        .selfDeviceLink(new Link("/sdev"))
        .build();
  }

  static EndDevice endDevice() {
    return EndDevice.builder()
        .href("/edev/0")
        .subscribable(0)
        .derListLink(ListLink.of("/edev/0/der", 1))
        .lfdi(Lfdi.parse("3e4f45ab31edfe5b67e343e5e4562e31984e23e5"))
        .sfdi(167261211391L)
        .changedTime(Instant.ofEpochSecond(1_700_000_000L))
        .enabled(true)
        .functionSetAssignmentsListLink(ListLink.of("/edev/0/fsa", 1))
        .registrationLink(new Link("/edev/0/rg"))
        .connectionPointLink(new Link("/edev/0/cp"))
        .build();
  }

  static DerControl derControl() {
    return DerControl.builder()
        .href("/derp/0/derc/1")
        .replyTo("/rsps/0/rsp")
        .responseRequired(0x03)
        .mrid(Mrid.parse("B1A2C3D4E5F60718293A4B5C6D7E8F90"))
        .description("export limit 5 kW")
        .creationTime(Instant.ofEpochSecond(1_700_000_000L))
        .eventStatus(
            EventStatus.builder()
                .currentStatus(EventStatus.SCHEDULED)
                .dateTime(Instant.ofEpochSecond(1_700_000_000L))
                .potentiallySuperseded(false)
                .build())
        .interval(new DateTimeInterval(1800, Instant.ofEpochSecond(1_700_003_600L)))
        .derControlBase(
            DerControlBase.builder()
                .opModConnect(true)
                .opModExpLimW(ActivePower.watts(5000))
                .build())
        .build();
  }

  static Sep2Error error() {
    return Sep2Error.builder()
        .maxRetryDuration(60)
        .reasonCode(Sep2Error.INVALID_REQUEST_VALUES)
        .build();
  }
}
