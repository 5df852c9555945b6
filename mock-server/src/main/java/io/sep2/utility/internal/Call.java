package io.sep2.utility.internal;

import io.sep2.model.Finding;
import io.sep2.model.ReadResult;
import io.sep2.model.Sep2Document;
import io.sep2.model.Sep2Xml;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request being handled: the request, the values of the route's path variables, the state, and
 * what handling it finds. Created and used under the state lock.
 */
final class Call {

  static final String CONTENT_TYPE = Sep2Xml.CONTENT_TYPE;

  final UtilityRequest request;
  final Map<String, Long> vars;
  final UtilityState state;
  final Sep2Xml xml;
  final Instant now;
  final List<String> findings = new ArrayList<>();

  Call(UtilityRequest request, Map<String, Long> vars, UtilityState state, Sep2Xml xml) {
    this.request = request;
    this.vars = vars;
    this.state = state;
    this.xml = xml;
    this.now = request.time();
  }

  long var(String name) {
    Long value = vars.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no {" + name + "}");
    }
    return value;
  }

  String base() {
    return state.base();
  }

  boolean aggregator() {
    return state.isAggregator(request.lfdi());
  }

  /**
   * The EndDevice {@code {e}} of the path, if this client may use it: its own, or any for an
   * aggregator.
   *
   * @throws Refusal 404 when there is no such EndDevice, 403 when it is another device's
   */
  DeviceState device() {
    long id = var("e");
    if (id == 0) {
      if (!aggregator()) {
        throw Refusal.notFound(
            "there is no EndDevice "
                + base()
                + "/edev/0 for this client: /edev/0 is an aggregator's own EndDevice, and this"
                + " certificate is not registered as one");
      }
      throw Refusal.forbidden(
          request.path()
              + ": /edev/0 is the aggregator's own EndDevice, which has only a SubscriptionList"
              + " ("
              + base()
              + "/edev/0/sub); the resources of the devices it aggregates are under their own"
              + " /edev/{n}");
    }
    DeviceState device = state.devices.get(id);
    if (device == null) {
      throw Refusal.notFound("there is no EndDevice " + base() + "/edev/" + id);
    }
    if (!mayAccess(device)) {
      throw Refusal.forbidden(
          "EndDevice "
              + device.href(base())
              + " is not this client's (client LFDI "
              + request.lfdi()
              + ", EndDevice lFDI "
              + device.lfdi
              + "); only an aggregator certificate may use another device's resources");
    }
    return device;
  }

  /**
   * The EndDevice whose subscriptions the path names: {@link #device()}, or for {@code /edev/0} the
   * aggregator's own EndDevice.
   */
  DeviceState subscriber() {
    if (var("e") == 0 && aggregator()) {
      return state.aggregatorDevice(request.lfdi(), request.sfdi());
    }
    return device();
  }

  boolean mayAccess(DeviceState device) {
    return aggregator() || (request.lfdi() != null && device.lfdi.equalsIgnoreCase(request.lfdi()));
  }

  /**
   * The body as a {@code type} document: checks the content type (415), that it is well-formed XML
   * of the expected root element with its required elements (400), and records the reader's
   * findings (2013 names mapped, unknown elements) and, when a schema was given, schema violations.
   */
  <T extends Sep2Document> ReadResult<T> body(Class<T> type) {
    requireSepXml();
    ReadResult<T> result = xml.read(request.body(), type);
    for (Finding f : result.findings()) {
      findings.add(Sep2Xml.rootElementOf(type) + ": " + f);
    }
    if (!result.isOk()) {
      throw Refusal.badRequest(
          "the body is not a valid "
              + Sep2Xml.rootElementOf(type)
              + " document: "
              + String.join("; ", result.errors().stream().map(Finding::toString).toList()));
    }
    if (state.settings.schema() != null) {
      for (Finding f : state.settings.schema().validate(request.body())) {
        findings.add("schema: " + f);
      }
    }
    return result;
  }

  void requireSepXml() {
    String type = request.contentType();
    String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!bare.equals(CONTENT_TYPE)) {
      throw Refusal.unsupportedMediaType(
          "Content-Type must be "
              + CONTENT_TYPE
              + ", was "
              + (type == null ? "absent" : "'" + type + "'"));
    }
  }

  /** 200 with {@code document}, and this call's findings. */
  UtilityResponse ok(Sep2Document document) {
    return UtilityResponse.ok(xml.write(document)).findings(findings);
  }

  UtilityResponse created(String location) {
    return UtilityResponse.created(location).findings(findings);
  }

  UtilityResponse noContent(String location) {
    return UtilityResponse.noContent(location).findings(findings);
  }
}
