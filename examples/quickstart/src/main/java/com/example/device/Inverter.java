package com.example.device;

/**
 * The hardware the device controls; here it only remembers what it was told and simulates its
 * output: its rated power, limited by the control in force, while connected.
 */
public final class Inverter {

  private final long ratedWatts;
  private volatile long availableWatts;
  private volatile double maxPowerPercent = 100.0;
  private volatile boolean connected = true;

  /** A 5 kW inverter with 4.2 kW of sun available. */
  public Inverter() {
    this(5000, 4200);
  }

  /**
   * @param ratedWatts the rated (maximum) active power
   * @param availableWatts what the panels could give now
   */
  public Inverter(long ratedWatts, long availableWatts) {
    this.ratedWatts = ratedWatts;
    this.availableWatts = availableWatts;
  }

  /** The rated active power in W. */
  public long ratedWatts() {
    return ratedWatts;
  }

  /** The active power the panels could give now, in W. */
  public long availableWatts() {
    return availableWatts;
  }

  /** The active power limit in percent of rated power. */
  public double maxPowerPercent() {
    return maxPowerPercent;
  }

  /** Whether the inverter is connected to the grid. */
  public boolean connected() {
    return connected;
  }

  /** What it feeds in now, in W: what is available, within the limit, while connected. */
  public long outputWatts() {
    if (!connected) {
      return 0;
    }
    return Math.min(availableWatts, Math.round(ratedWatts * maxPowerPercent / 100.0));
  }

  void limitTo(double percent) {
    this.maxPowerPercent = percent;
  }

  void connect(boolean connect) {
    this.connected = connect;
  }
}
