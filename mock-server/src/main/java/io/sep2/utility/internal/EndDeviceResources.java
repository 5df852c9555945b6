package io.sep2.utility.internal;

import io.sep2.model.Der;
import io.sep2.model.DerList;
import io.sep2.model.EndDevice;
import io.sep2.model.EndDeviceList;
import io.sep2.model.Lfdi;
import io.sep2.model.Link;
import io.sep2.model.ListLink;
import io.sep2.model.Registration;
import io.sep2.pki.identity.DeviceIdentity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The EndDeviceList and each EndDevice: registration of devices by POST, the Registration resource
 * (pIN), the DER list and the DER, and the aggregator's own EndDevice {@code /edev/0}.
 */
final class EndDeviceResources {

  private EndDeviceResources() {}

  static void register(Routes routes) {
    routes.add("/edev").get(EndDeviceResources::list).post(EndDeviceResources::create);
    routes.add("/edev/{e}").get(EndDeviceResources::endDevice);
    routes.add("/edev/{e}/rg").get(EndDeviceResources::registration);
    routes.add("/edev/{e}/der").get(EndDeviceResources::derList);
    routes.add("/edev/{e}/der/{d}").get(EndDeviceResources::der);
  }

  /** The EndDevices this client may see: its own, or every one for an aggregator. */
  static List<DeviceState> visibleDevices(Call call) {
    List<DeviceState> visible = new ArrayList<>();
    for (DeviceState device : call.state.devices.values()) {
      if (call.mayAccess(device)) {
        visible.add(device);
      }
    }
    return visible;
  }

  /**
   * The EndDeviceList as this client sees it: time-ordered, the most recently changed first (then
   * by sFDI); for an aggregator its own EndDevice {@code /edev/0} comes first.
   */
  static List<DeviceState> listed(Call call) {
    List<DeviceState> devices = new ArrayList<>(visibleDevices(call));
    devices.sort(
        Comparator.comparing((DeviceState d) -> d.changed)
            .reversed()
            .thenComparingLong(d -> d.sfdi));
    if (call.aggregator()) {
      devices.add(0, call.state.aggregatorDevice(call.request.lfdi(), call.request.sfdi()));
    }
    return devices;
  }

  static UtilityResponse list(Call call) {
    Paging paging = Paging.of(call.request.query());
    List<DeviceState> devices = new ArrayList<>(listed(call));
    if (paging.after() >= 0) {
      devices.removeIf(d -> d.changed.getEpochSecond() < paging.after());
    }
    Lists<DeviceState> page = Lists.page(devices, paging);
    EndDeviceList.Builder list =
        EndDeviceList.builder()
            .href(call.base() + "/edev")
            .subscribable(0)
            .all(page.all())
            .results(page.results())
            .pollRate(call.state.pollRate("edev"));
    for (DeviceState device : page.items()) {
      list.addEndDevice(device.id == 0 ? aggregatorDevice(call, device) : render(call, device));
    }
    return call.ok(list.build());
  }

  /**
   * Registers an EndDevice: 201 + Location for a new sFDI; the same sFDI again gets 204 and the
   * existing Location. A client may register only its own certificate's sFDI unless it is an
   * aggregator.
   */
  static UtilityResponse create(Call call) {
    EndDevice posted = call.body(EndDevice.class).orElseThrow();
    long sfdi = posted.sfdi();
    Optional<String> lfdi = posted.lfdi().map(Lfdi::toString);
    boolean own = call.request.identified() && sfdi == call.request.sfdi();
    if (!own && !call.aggregator()) {
      throw Refusal.forbidden(
          "the EndDevice's sFDI "
              + sfdi
              + " is not this client's ("
              + (call.request.identified()
                  ? "its certificate's SFDI is " + call.request.sfdi()
                  : "it presented no certificate")
              + "); only a certificate registered as an aggregator may register other devices");
    }
    if (own && lfdi.isPresent() && !lfdi.get().equalsIgnoreCase(call.request.lfdi())) {
      throw Refusal.invalidValue(
          "the EndDevice's lFDI "
              + lfdi.get()
              + " is not this client's ("
              + call.request.lfdi()
              + ") although its sFDI is");
    }
    Optional<DeviceState> known = call.state.deviceBySfdi(sfdi);
    if (known.isPresent()) {
      // a device that restarts posts its EndDevice again: not an error. It updates what the
      // client may set (postRate, deviceCategory) and is answered 204 with the Location
      DeviceState device = known.get();
      UtilityResponse answer = call.noContent(device.href(call.base()));
      boolean changed = false;
      if (posted.postRate().isPresent()
          && !Long.valueOf(posted.postRate().getAsLong()).equals(device.postRate)) {
        device.postRate = posted.postRate().getAsLong();
        changed = true;
      }
      if (posted.deviceCategory().isPresent()
          && !Long.valueOf(posted.deviceCategory().getAsLong()).equals(device.deviceCategory)) {
        device.deviceCategory = posted.deviceCategory().getAsLong();
        changed = true;
      }
      if (changed) {
        device.changed = call.now;
        answer.change("EndDevice " + device.href(call.base()) + " updated (sFDI " + sfdi + ")");
      }
      return answer;
    }
    String deviceLfdi =
        lfdi.map(s -> s.toUpperCase(Locale.ROOT))
            .orElse(own ? call.request.lfdi().toUpperCase(Locale.ROOT) : null);
    if (deviceLfdi == null) {
      throw Refusal.badRequest(
          "an aggregator registering another device must give its lFDI (sFDI " + sfdi + ")");
    }
    if (sfdi != DeviceIdentity.sfdiOfLfdi(deviceLfdi)) {
      call.findings.add(
          "the EndDevice's sFDI "
              + sfdi
              + " does not belong to its lFDI "
              + deviceLfdi
              + " (SFDI of that LFDI: "
              + DeviceIdentity.sfdiOfLfdi(deviceLfdi)
              + ")");
    }
    DeviceState device = call.state.addDevice(deviceLfdi, sfdi);
    posted.postRate().ifPresent(rate -> device.postRate = rate);
    posted.deviceCategory().ifPresent(category -> device.deviceCategory = category);
    return call.created(device.href(call.base()))
        .change("EndDevice " + device.href(call.base()) + " registered (sFDI " + sfdi + ")");
  }

  static UtilityResponse endDevice(Call call) {
    if (call.var("e") == 0) {
      return aggregatorDevice(call);
    }
    return call.ok(render(call, call.device()));
  }

  /** {@code /edev/0}: an aggregator's own EndDevice (its certificate's identity). */
  private static UtilityResponse aggregatorDevice(Call call) {
    if (!call.aggregator()) {
      throw Refusal.notFound(
          "there is no EndDevice "
              + call.base()
              + "/edev/0 for this client: /edev/0 is an"
              + " aggregator's own EndDevice, and this certificate is not registered as one");
    }
    return call.ok(
        aggregatorDevice(
            call, call.state.aggregatorDevice(call.request.lfdi(), call.request.sfdi())));
  }

  private static EndDevice aggregatorDevice(Call call, DeviceState own) {
    String href = own.href(call.base());
    return EndDevice.builder()
        .href(href)
        .subscribable(0)
        .sfdi(own.sfdi)
        .lfdi(Lfdi.parse(own.lfdi))
        .changedTime(own.changed)
        .enabled(true)
        .subscriptionListLink(ListLink.of(href + "/sub", own.subscriptions.size()))
        .build();
  }

  static EndDevice render(Call call, DeviceState device) {
    String href = device.href(call.base());
    EndDevice.Builder end =
        EndDevice.builder()
            .href(href)
            .subscribable(0)
            .derListLink(ListLink.of(href + "/der", 1))
            .deviceInformationLink(new Link(href + "/di"))
            .deviceStatusLink(new Link(href + "/dstat"))
            .lfdi(Lfdi.parse(device.lfdi))
            .logEventListLink(ListLink.of(href + "/lel", device.logEvents.size()))
            .powerStatusLink(new Link(href + "/ps"))
            .sfdi(device.sfdi)
            .changedTime(device.changed)
            .enabled(device.enabled)
            .functionSetAssignmentsListLink(
                ListLink.of(href + "/fsa", ProgramResources.fsaIds(call.state).size()))
            .subscriptionListLink(ListLink.of(href + "/sub", device.subscriptions.size()));
    if (device.deviceCategory != null) {
      end.deviceCategory(device.deviceCategory);
    }
    if (device.postRate != null) {
      end.postRate(device.postRate);
    }
    if (device.registrationLink && call.state.registrationLinks) {
      end.registrationLink(new Link(href + "/rg"));
    }
    if (call.state.settings.csipAus()) {
      end.connectionPointLink(new Link(href + "/cp"));
    }
    return end.build();
  }

  static UtilityResponse registration(Call call) {
    DeviceState device = call.device();
    if (!device.registrationLink || !call.state.registrationLinks) {
      call.findings.add(
          "the client read the Registration of "
              + device.href(call.base())
              + " although its EndDevice carries no RegistrationLink");
    }
    return call.ok(
        Registration.builder()
            .href(call.request.path())
            .pollRate(call.state.settings.pollRate())
            .dateTimeRegistered(device.registered)
            .pin(RegistrationPin.withCheckDigit(device.pin))
            .build());
  }

  static UtilityResponse derList(Call call) {
    DeviceState device = call.device();
    Paging paging = Paging.of(call.request.query());
    Lists<Long> page = Lists.page(List.of(1L), paging);
    DerList.Builder list =
        DerList.builder()
            .href(call.request.path())
            .all(page.all())
            .results(page.results())
            .pollRate(call.state.pollRate("der"));
    for (long der : page.items()) {
      list.addDer(der(call, device, der));
    }
    return call.ok(list.build());
  }

  static UtilityResponse der(Call call) {
    DeviceState device = call.device();
    if (call.var("d") != 1) {
      throw Refusal.notFound(
          "EndDevice "
              + device.href(call.base())
              + " has one DER, "
              + device.href(call.base())
              + "/der/1");
    }
    return call.ok(der(call, device, 1));
  }

  private static Der der(Call call, DeviceState device, long id) {
    String href = device.href(call.base()) + "/der/" + id;
    Der.Builder der =
        Der.builder()
            .href(href)
            .derAvailabilityLink(new Link(href + "/dera"))
            .derCapabilityLink(new Link(href + "/dercap"))
            .derSettingsLink(new Link(href + "/derg"))
            .derStatusLink(new Link(href + "/ders"));
    ProgramResources.currentProgram(call)
        .ifPresent(
            p -> der.currentDerProgramLink(new Link(device.href(call.base()) + "/derp/" + p.id)));
    return der.build();
  }
}
