package io.sep2.utility.internal;

import io.sep2.model.ConnectionPoint;
import io.sep2.model.DerAvailability;
import io.sep2.model.DerCapability;
import io.sep2.model.DerSettings;
import io.sep2.model.DerStatus;
import io.sep2.model.DeviceInformation;
import io.sep2.model.DeviceStatus;
import io.sep2.model.PowerStatus;
import io.sep2.model.ReadResult;
import io.sep2.model.Sep2Document;
import java.nio.charset.StandardCharsets;

/**
 * The documents a client stores under its EndDevice with PUT (DER capability, settings, status and
 * availability, device information and status, power status, the CSIP-AUS connection point): one
 * route each, a PUT validated and stored whole (204), a GET answered with what was stored (404
 * before the first PUT).
 */
final class ClientDocuments {

  private ClientDocuments() {}

  static void register(Routes routes) {
    for (DeviceState.Kind kind : DeviceState.Kind.values()) {
      routes
          .add("/edev/{e}/" + kind.subPath)
          .get(call -> get(call, kind))
          .put(call -> put(call, kind));
    }
  }

  static Class<? extends Sep2Document> type(DeviceState.Kind kind) {
    return switch (kind) {
      case DER_CAPABILITY -> DerCapability.class;
      case DER_SETTINGS -> DerSettings.class;
      case DER_STATUS -> DerStatus.class;
      case DER_AVAILABILITY -> DerAvailability.class;
      case DEVICE_INFORMATION -> DeviceInformation.class;
      case DEVICE_STATUS -> DeviceStatus.class;
      case POWER_STATUS -> PowerStatus.class;
      case CONNECTION_POINT -> ConnectionPoint.class;
    };
  }

  private static UtilityResponse get(Call call, DeviceState.Kind kind) {
    DeviceState device = call.device();
    StoredDocument<? extends Sep2Document> stored = device.documents.get(kind);
    if (stored == null) {
      throw Refusal.notFound(
          "the client has not PUT its " + kind.element + " to " + call.request.path() + " yet");
    }
    return call.ok(withHref(stored.value(), call.request.path()));
  }

  private static UtilityResponse put(Call call, DeviceState.Kind kind) {
    DeviceState device = call.device();
    ReadResult<? extends Sep2Document> read = call.body(type(kind));
    Sep2Document value = read.orElseThrow();
    boolean first = !device.documents.containsKey(kind);
    device.documents.put(
        kind,
        new StoredDocument<>(
            value, call.now, new String(call.request.body(), StandardCharsets.UTF_8)));
    return call.noContent(null)
        .change(
            kind.element
                + (first ? " stored" : " replaced")
                + " for EndDevice "
                + device.href(call.base()));
  }

  /** The stored document as served: with its own href. */
  static Sep2Document withHref(Sep2Document value, String href) {
    if (value instanceof DerCapability v) {
      return v.toBuilder().href(href).build();
    } else if (value instanceof DerSettings v) {
      return v.toBuilder().href(href).build();
    } else if (value instanceof DerStatus v) {
      return v.toBuilder().href(href).build();
    } else if (value instanceof DerAvailability v) {
      return v.toBuilder().href(href).build();
    } else if (value instanceof DeviceInformation v) {
      return v.toBuilder().href(href).build();
    } else if (value instanceof DeviceStatus v) {
      return v.toBuilder().href(href).build();
    } else if (value instanceof PowerStatus v) {
      return v.toBuilder().href(href).build();
    } else if (value instanceof ConnectionPoint v) {
      return v.toBuilder().href(href).build();
    }
    return value;
  }
}
