package com.example.device;

/** The hardware the device controls; here it only remembers what it was told. */
public final class Inverter {

  /** The inverter's rated active power, in W. */
  public static final int RATED_WATTS = 5000;

  private volatile double maxPowerPercent = 100.0;
  private volatile boolean connected = true;
  private volatile Long exportLimitWatts;

  /** The active power limit in percent of rated power. */
  public double maxPowerPercent() {
    return maxPowerPercent;
  }

  /** Whether the inverter is connected to the grid. */
  public boolean connected() {
    return connected;
  }

  /** The site export limit it follows, in W, if any. */
  public Long exportLimitWatts() {
    return exportLimitWatts;
  }

  /** What it produces now, in W (a simulated sunny day: as much as it may). */
  public int outputWatts() {
    if (!connected) {
      return 0;
    }
    double watts = RATED_WATTS * maxPowerPercent / 100.0;
    if (exportLimitWatts != null) {
      watts = Math.min(watts, exportLimitWatts);
    }
    return (int) Math.round(watts);
  }

  void limitTo(double percent) {
    this.maxPowerPercent = percent;
  }

  void connect(boolean connect) {
    this.connected = connect;
  }

  void limitExportTo(Long watts) {
    this.exportLimitWatts = watts;
  }

  @Override
  public String toString() {
    return "inverter "
        + (connected ? "connected" : "disconnected")
        + ", max "
        + maxPowerPercent
        + " %"
        + (exportLimitWatts == null ? "" : ", export limit " + exportLimitWatts + " W")
        + ", output "
        + outputWatts()
        + " W";
  }
}
