package io.sep2.utility.internal;

import io.sep2.model.MirrorMeterReading;
import io.sep2.model.MirrorMeterReadingList;
import io.sep2.model.MirrorUsagePoint;
import io.sep2.model.MirrorUsagePointList;
import io.sep2.model.ReadResult;
import io.sep2.model.Sep2Document;
import io.sep2.model.Sep2Xml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Mirror metering: a device that measures creates a MirrorUsagePoint per (deviceLFDI, mRID) with
 * POST {@code /mup} (201 and its own Location; the same mRID again updates it: 204 and the same
 * Location) and then POSTs its MirrorMeterReadings to that Location at the MirrorUsagePoint's
 * postRate.
 */
final class MeteringResources {

  private MeteringResources() {}

  static void register(Routes routes) {
    routes.add("/mup").get(MeteringResources::list).post(MeteringResources::create);
    routes.add("/mup/{m}").get(MeteringResources::mirror).post(MeteringResources::readings);
  }

  /** The mirrors this client may see: its own devices', or all for an aggregator. */
  static List<MirrorState> visibleMirrors(Call call) {
    List<MirrorState> visible = new ArrayList<>();
    for (MirrorState mirror : call.state.mirrors.values()) {
      if (call.aggregator()
          || (call.request.lfdi() != null && mirror.lfdi.equalsIgnoreCase(call.request.lfdi()))) {
        visible.add(mirror);
      }
    }
    return visible;
  }

  static UtilityResponse list(Call call) {
    Lists<MirrorState> page = Lists.page(visibleMirrors(call), Paging.of(call.request.query()));
    MirrorUsagePointList.Builder list =
        MirrorUsagePointList.builder()
            .href(call.base() + "/mup")
            .all(page.all())
            .results(page.results())
            .pollRate(call.state.pollRate("mup"));
    for (MirrorState mirror : page.items()) {
      list.addMirrorUsagePoint(render(call, mirror));
    }
    return call.ok(list.build());
  }

  static MirrorUsagePoint render(Call call, MirrorState mirror) {
    return mirror.latest.toBuilder()
        .href(href(call, mirror))
        .postRate(call.state.postRate())
        .build();
  }

  static String href(Call call, MirrorState mirror) {
    return call.base() + "/mup/" + mirror.id;
  }

  static UtilityResponse create(Call call) {
    MirrorUsagePoint posted = call.body(MirrorUsagePoint.class).orElseThrow();
    String lfdi = posted.deviceLfdi().toString().toUpperCase(Locale.ROOT);
    if (!call.aggregator()
        && (call.request.lfdi() == null || !lfdi.equalsIgnoreCase(call.request.lfdi()))) {
      throw Refusal.forbidden(
          "the MirrorUsagePoint's deviceLFDI "
              + lfdi
              + " is not this client's ("
              + call.request.lfdi()
              + "); only an aggregator may mirror other devices");
    }
    if (call.state.deviceByLfdi(lfdi).isEmpty()) {
      call.findings.add(
          "MirrorUsagePoint "
              + posted.mrid()
              + ": no EndDevice with lFDI "
              + lfdi
              + " is registered (a device registers itself with POST /edev first)");
    }
    String mrid = posted.mrid().toString();
    Optional<MirrorState> known =
        call.state.mirrors.values().stream()
            .filter(m -> m.lfdi.equals(lfdi) && m.mrid.equals(mrid))
            .findFirst();
    if (known.isPresent()) {
      MirrorState mirror = known.get();
      mirror.latest = posted;
      mirror.changed = call.now;
      store(call, mirror, posted.mirrorMeterReadings());
      return call.noContent(href(call, mirror))
          .change("MirrorUsagePoint " + href(call, mirror) + " updated (mRID " + mrid + ")");
    }
    MirrorState mirror =
        call.state.addMirror(id -> new MirrorState(id, lfdi, mrid, posted, call.now));
    store(call, mirror, posted.mirrorMeterReadings());
    return call.created(href(call, mirror))
        .change(
            "MirrorUsagePoint "
                + href(call, mirror)
                + " created for lFDI "
                + lfdi
                + " (mRID "
                + mrid
                + ", roleFlags "
                + Integer.toHexString(posted.roleFlags())
                + ")");
  }

  static UtilityResponse mirror(Call call) {
    return call.ok(render(call, owned(call)));
  }

  private static MirrorState owned(Call call) {
    long id = call.var("m");
    MirrorState mirror = call.state.mirrors.get(id);
    if (mirror == null) {
      throw Refusal.notFound("there is no MirrorUsagePoint " + call.request.path());
    }
    if (!call.aggregator()
        && (call.request.lfdi() == null || !mirror.lfdi.equalsIgnoreCase(call.request.lfdi()))) {
      throw Refusal.forbidden(
          "MirrorUsagePoint "
              + call.request.path()
              + " mirrors another device ("
              + mirror.lfdi
              + ")");
    }
    return mirror;
  }

  /** Stores a MirrorMeterReading or a MirrorMeterReadingList: 201. */
  static UtilityResponse readings(Call call) {
    MirrorState mirror = owned(call);
    call.requireSepXml();
    ReadResult<Sep2Document> read = call.xml.read(call.request.body());
    read.findings().forEach(f -> call.findings.add("readings: " + f));
    if (!read.isOk()) {
      throw Refusal.badRequest(
          "the body is not a valid MirrorMeterReading document: " + read.errors());
    }
    if (call.state.settings.schema() != null) {
      call.state
          .settings
          .schema()
          .validate(call.request.body())
          .forEach(f -> call.findings.add("schema: " + f));
    }
    Sep2Document document = read.orElseThrow();
    List<MirrorMeterReading> readings;
    if (document instanceof MirrorMeterReading one) {
      readings = List.of(one);
    } else if (document instanceof MirrorMeterReadingList list) {
      readings = list.mirrorMeterReadings();
    } else {
      throw Refusal.badRequest(
          "expected a MirrorMeterReading or MirrorMeterReadingList, got "
              + Sep2Xml.rootElementOf(document.getClass()));
    }
    store(call, mirror, readings);
    mirror.changed = call.now;
    return call.created(null)
        .change(
            readings.size()
                + (readings.size() == 1 ? " MirrorMeterReading" : " MirrorMeterReadings")
                + " received for "
                + href(call, mirror));
  }

  private static void store(Call call, MirrorState mirror, List<MirrorMeterReading> readings) {
    String text = new String(call.request.body(), StandardCharsets.UTF_8);
    for (MirrorMeterReading reading : readings) {
      mirror.readings.add(new StoredDocument<>(reading, call.now, text));
    }
  }
}
