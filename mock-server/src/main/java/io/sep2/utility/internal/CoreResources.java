package io.sep2.utility.internal;

import io.sep2.model.DeviceCapability;
import io.sep2.model.Lfdi;
import io.sep2.model.Link;
import io.sep2.model.ListLink;
import io.sep2.model.SelfDevice;
import io.sep2.model.Time;
import io.sep2.server.internal.resources.TimeValues;
import java.time.Instant;

/** DeviceCapability, Time and SelfDevice: what a client reads first. */
final class CoreResources {

  private CoreResources() {}

  static void register(Routes routes) {
    routes.add("/dcap").get(CoreResources::deviceCapability);
    routes.add("/tm").get(CoreResources::time);
    routes.add("/sdev").get(CoreResources::selfDevice);
  }

  static UtilityResponse deviceCapability(Call call) {
    String base = call.base();
    DeviceCapability.Builder dcap =
        DeviceCapability.builder()
            .href(base + "/dcap")
            .pollRate(call.state.pollRate("dcap"))
            .timeLink(new Link(base + "/tm"))
            .endDeviceListLink(ListLink.of(base + "/edev", EndDeviceResources.listed(call).size()))
            .mirrorUsagePointListLink(
                ListLink.of(base + "/mup", MeteringResources.visibleMirrors(call).size()))
            .selfDeviceLink(new Link(base + "/sdev"));
    // the response sets are the EndDevice's (/edev/{e}/rsps, where its controls' replyTo points):
    // a registered device finds them from here too
    if (!call.aggregator()) {
      call.state
          .deviceByLfdi(call.request.lfdi())
          .ifPresent(
              d ->
                  dcap.responseSetListLink(
                      ListLink.of(d.href(base) + "/rsps", ResponseResources.SETS)));
    }
    return call.ok(dcap.build());
  }

  static UtilityResponse time(Call call) {
    Instant now = call.now;
    TimeValues t = TimeValues.at(now, call.state.settings.timeZone());
    return call.ok(
        Time.builder()
            .href(call.base() + "/tm")
            .pollRate(call.state.settings.pollRate())
            .currentTime(Instant.ofEpochSecond(t.currentTime()))
            .dstEndTime(Instant.ofEpochSecond(t.dstEndTime()))
            .dstOffset((int) t.dstOffset())
            .dstStartTime(Instant.ofEpochSecond(t.dstStartTime()))
            .localTime(Instant.ofEpochSecond(t.localTime()))
            // 2030.5 Time quality: 4 = a level-4 source (the host's synchronised clock); 5 =
            // manually set, which is what a test moving the utility clock does
            .quality(call.state.clock.offset().isZero() ? 4 : 5)
            .tzOffset((int) t.tzOffset())
            .build());
  }

  static UtilityResponse selfDevice(Call call) {
    SelfDevice.Builder self =
        SelfDevice.builder().href(call.base() + "/sdev").sfdi(call.state.settings.serverSfdi());
    if (call.state.settings.serverLfdi() != null) {
      self.lfdi(Lfdi.parse(call.state.settings.serverLfdi()));
    }
    return call.ok(self.build());
  }
}
