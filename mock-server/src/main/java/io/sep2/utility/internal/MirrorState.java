package io.sep2.utility.internal;

import io.sep2.model.MirrorMeterReading;
import io.sep2.model.MirrorUsagePoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One MirrorUsagePoint: the metering a device mirrors to the server, identified by (deviceLFDI,
 * mRID). Keeps the latest MirrorUsagePoint the device POSTed and every MirrorMeterReading posted to
 * it, in arrival order. Guarded by the {@link UtilityState} lock.
 */
final class MirrorState {

  final long id;
  final String lfdi;
  final String mrid;
  MirrorUsagePoint latest;
  Instant changed;
  final List<StoredDocument<MirrorMeterReading>> readings = new ArrayList<>();

  /** Makes a mirror once its id is known. */
  interface Factory {
    MirrorState make(long id);
  }

  MirrorState(long id, String lfdi, String mrid, MirrorUsagePoint latest, Instant changed) {
    this.id = id;
    this.lfdi = lfdi;
    this.mrid = mrid;
    this.latest = latest;
    this.changed = changed;
  }
}
