package io.sep2.model;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which Java type each root element name stands for, and back. The names are also the {@code
 * xsi:type} names a {@link io.sep2.model.Notification} uses for its resource, since every
 * resource's element has the name of its schema type.
 */
final class ResourceTypes {

  private static final Map<String, Class<? extends Sep2Document>> BY_ELEMENT = byElement();
  private static final Map<Class<?>, String> BY_CLASS = byClass();

  private ResourceTypes() {}

  /** Returns the type whose root element is {@code localName}, if any. */
  public static Optional<Class<? extends Sep2Document>> forElement(String localName) {
    return Optional.ofNullable(BY_ELEMENT.get(localName));
  }

  /** Returns the root element name of {@code type}. */
  public static String elementOf(Class<?> type) {
    String name = BY_CLASS.get(type);
    if (name == null) {
      throw new IllegalArgumentException(type.getName() + " is not a 2030.5 document type");
    }
    return name;
  }

  /** Returns the namespace of the root element of {@code type}. */
  public static String namespaceOf(Class<?> type) {
    return type == ConnectionPoint.class ? Namespaces.CSIPAUS : Namespaces.SEP;
  }

  /** Every root element name with its type, in a fixed order. */
  public static Map<String, Class<? extends Sep2Document>> all() {
    return BY_ELEMENT;
  }

  /** The named subtypes for {@code xsi:type} in a Notification. */
  static List<NamedType> namedTypes() {
    return BY_ELEMENT.entrySet().stream()
        .map(e -> new NamedType(e.getValue(), e.getKey()))
        .toList();
  }

  private static Map<String, Class<? extends Sep2Document>> byElement() {
    Map<String, Class<? extends Sep2Document>> m = new LinkedHashMap<>();
    add(m, "DeviceCapability", DeviceCapability.class);
    add(m, "Time", Time.class);
    add(m, "SelfDevice", SelfDevice.class);
    add(m, "EndDevice", EndDevice.class);
    add(m, "Registration", Registration.class);
    add(m, "DeviceInformation", DeviceInformation.class);
    add(m, "DeviceStatus", DeviceStatus.class);
    add(m, "PowerStatus", PowerStatus.class);
    add(m, "DER", Der.class);
    add(m, "DERCapability", DerCapability.class);
    add(m, "DERSettings", DerSettings.class);
    add(m, "DERStatus", DerStatus.class);
    add(m, "DERAvailability", DerAvailability.class);
    add(m, "FunctionSetAssignments", FunctionSetAssignments.class);
    add(m, "DERProgram", DerProgram.class);
    add(m, "DefaultDERControl", DefaultDerControl.class);
    add(m, "DERControl", DerControl.class);
    add(m, "DERCurve", DerCurve.class);
    add(m, "ResponseSet", ResponseSet.class);
    add(m, "Response", Response.class);
    add(m, "DERControlResponse", DerControlResponse.class);
    add(m, "MirrorUsagePoint", MirrorUsagePoint.class);
    add(m, "MirrorMeterReading", MirrorMeterReading.class);
    add(m, "MirrorReadingSet", MirrorReadingSet.class);
    add(m, "Reading", Reading.class);
    add(m, "ReadingType", ReadingType.class);
    add(m, "LogEvent", LogEvent.class);
    add(m, "Subscription", Subscription.class);
    add(m, "Notification", Notification.class);
    add(m, "Error", Sep2Error.class);
    add(m, "ConnectionPoint", ConnectionPoint.class);
    add(m, "EndDeviceList", EndDeviceList.class);
    add(m, "DERList", DerList.class);
    add(m, "FunctionSetAssignmentsList", FunctionSetAssignmentsList.class);
    add(m, "DERProgramList", DerProgramList.class);
    add(m, "DERControlList", DerControlList.class);
    add(m, "DERCurveList", DerCurveList.class);
    add(m, "ResponseSetList", ResponseSetList.class);
    add(m, "ResponseList", ResponseList.class);
    add(m, "MirrorUsagePointList", MirrorUsagePointList.class);
    add(m, "MirrorMeterReadingList", MirrorMeterReadingList.class);
    add(m, "LogEventList", LogEventList.class);
    add(m, "SubscriptionList", SubscriptionList.class);
    return Collections.unmodifiableMap(m);
  }

  private static Map<Class<?>, String> byClass() {
    Map<Class<?>, String> m = new LinkedHashMap<>();
    BY_ELEMENT.forEach((name, type) -> m.put(type, name));
    return Collections.unmodifiableMap(m);
  }

  private static void add(
      Map<String, Class<? extends Sep2Document>> m,
      String element,
      Class<? extends Sep2Document> type) {
    m.put(element, type);
  }
}
