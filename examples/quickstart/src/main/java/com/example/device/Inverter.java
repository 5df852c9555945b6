package com.example.device;

/** The hardware the device controls; here it only remembers what it was told. */
public final class Inverter {

  private volatile double maxPowerPercent = 100.0;
  private volatile boolean connected = true;

  /** The active power limit in percent of rated power. */
  public double maxPowerPercent() {
    return maxPowerPercent;
  }

  /** Whether the inverter is connected to the grid. */
  public boolean connected() {
    return connected;
  }

  void limitTo(double percent) {
    this.maxPowerPercent = percent;
  }

  void connect(boolean connect) {
    this.connected = connect;
  }
}
