package io.sep2.utility.internal;

import io.sep2.model.Mrid;
import java.util.Locale;

/**
 * The mRIDs the utility server gives what it creates: one hex digit for the kind of object, 23 hex
 * digits of its id, and the server's private enterprise number (0: a test server) in the last 32
 * bits, as 2030.5 asks. Deterministic, so recordings of two runs compare.
 */
final class Mrids {

  static final int DEFAULT_CONTROL = 1;
  static final int PROGRAM = 2;
  static final int CONTROL = 3;
  static final int FUNCTION_SET_ASSIGNMENTS = 4;
  static final int CURVE = 5;
  static final int RESPONSE_SET = 10;

  private Mrids() {}

  static Mrid of(int kind, long id) {
    return Mrid.parse(String.format(Locale.ROOT, "%X%023X%08X", kind, id, 0));
  }
}
