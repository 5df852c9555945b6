package io.sep2.utility.internal;

import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerCurve;
import io.sep2.model.Mrid;
import java.util.ArrayList;
import java.util.List;

/**
 * One DERProgram: its identity, primacy and function set assignment, its default control, its
 * controls and curves. Programs are the utility's, so every EndDevice sees every program (an
 * EndDevice's hrefs put it under {@code /edev/{e}/derp/{p}}). Guarded by the {@link UtilityState}
 * lock.
 */
final class ProgramState {

  final long id;
  final Mrid mrid;
  String description;
  int primacy;
  long fsa;
  DefaultDerControl defaultControl;
  int defaultVersion;
  final List<ControlState> controls = new ArrayList<>();
  final List<DerCurve> curves = new ArrayList<>();

  ProgramState(long id, String description, int primacy, long fsa) {
    this.id = id;
    this.mrid = Mrids.of(Mrids.PROGRAM, id);
    this.description = description;
    this.primacy = primacy;
    this.fsa = fsa;
  }
}
