package io.sep2.utility.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import java.util.List;
import java.util.function.Consumer;

/**
 * The DERControlBase modes that JSON set-ups (the admin interface, a fixture pack's {@code
 * utility.json}) name, by field name, onto a DERControl or DefaultDERControl builder: the CSIP-AUS
 * limits {@code opModExpLimW}, {@code opModImpLimW}, {@code opModGenLimW}, {@code opModLoadLimW}
 * (watts), {@code opModConnect}, {@code opModEnergize} (true/false), {@code opModMaxLimW}, {@code
 * opModFixedW} (hundredths of a percent), {@code opModTargetW} (watts), {@code rampTms} (hundredths
 * of a second).
 */
public final class ControlModes {

  /** Every mode name, in the order messages list them. */
  public static final List<String> NAMES =
      List.of(
          "opModExpLimW",
          "opModImpLimW",
          "opModGenLimW",
          "opModLoadLimW",
          "opModConnect",
          "opModEnergize",
          "opModMaxLimW",
          "opModFixedW",
          "opModTargetW",
          "rampTms");

  private ControlModes() {}

  /** Whether {@code name} is a mode. */
  public static boolean isMode(String name) {
    return NAMES.contains(name);
  }

  /**
   * Sets mode {@code name} to {@code value} on a control.
   *
   * @throws IllegalArgumentException naming the problem when the value does not fit the mode or the
   *     name is no mode
   */
  public static void apply(String name, JsonNode value, DerControl.Builder control) {
    apply(name, value, control, null);
  }

  /** Sets mode {@code name} to {@code value} on a default control; see the other overload. */
  public static void apply(String name, JsonNode value, DefaultDerControl.Builder control) {
    apply(name, value, null, control);
  }

  private static void apply(
      String name, JsonNode value, DerControl.Builder c, DefaultDerControl.Builder d) {
    switch (name) {
      case "opModExpLimW" -> {
        long v = watts(value);
        set(c, d, x -> x.opModExpLimW(v), x -> x.opModExpLimW(v));
      }
      case "opModImpLimW" -> {
        long v = watts(value);
        set(c, d, x -> x.opModImpLimW(v), x -> x.opModImpLimW(v));
      }
      case "opModGenLimW" -> {
        long v = watts(value);
        set(c, d, x -> x.opModGenLimW(v), x -> x.opModGenLimW(v));
      }
      case "opModLoadLimW" -> {
        long v = watts(value);
        set(c, d, x -> x.opModLoadLimW(v), x -> x.opModLoadLimW(v));
      }
      case "opModTargetW" -> {
        long v = watts(value);
        set(c, d, x -> x.opModTargetW(v), x -> x.opModTargetW(v));
      }
      case "opModConnect" -> {
        boolean v = bool(value);
        set(c, d, x -> x.opModConnect(v), x -> x.opModConnect(v));
      }
      case "opModEnergize" -> {
        boolean v = bool(value);
        set(c, d, x -> x.opModEnergize(v), x -> x.opModEnergize(v));
      }
      case "opModMaxLimW" -> {
        int v = percent(value);
        set(c, d, x -> x.opModMaxLimW(v), x -> x.opModMaxLimW(v));
      }
      case "opModFixedW" -> {
        int v = percent(value);
        set(c, d, x -> x.opModFixedW(v), x -> x.opModFixedW(v));
      }
      case "rampTms" -> {
        int v = (int) whole(value, 0, 65535, "hundredths of a second, 0..65535");
        set(c, d, x -> x.rampTms(v), x -> x.rampTms(v));
      }
      default ->
          throw new IllegalArgumentException(
              "'" + name + "' is not a mode; the modes are " + String.join(", ", NAMES));
    }
  }

  private static void set(
      DerControl.Builder c,
      DefaultDerControl.Builder d,
      Consumer<DerControl.Builder> onControl,
      Consumer<DefaultDerControl.Builder> onDefault) {
    if (c != null) {
      onControl.accept(c);
    } else {
      onDefault.accept(d);
    }
  }

  private static long watts(JsonNode value) {
    return whole(value, -9_999_999_999L, 9_999_999_999L, "whole watts");
  }

  private static int percent(JsonNode value) {
    return (int) whole(value, 0, 10000, "hundredths of a percent, 0..10000");
  }

  private static long whole(JsonNode value, long min, long max, String what) {
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException("must be " + what + ", was " + value);
    }
    long v = value.asLong();
    if (v < min || v > max) {
      throw new IllegalArgumentException("must be " + what + ", was " + v);
    }
    return v;
  }

  private static boolean bool(JsonNode value) {
    if (value == null || !value.isBoolean()) {
      throw new IllegalArgumentException("must be true or false, was " + value);
    }
    return value.asBoolean();
  }
}
