package io.sep2.utility.internal;

import io.sep2.model.DerControl;
import io.sep2.model.DerControlList;
import io.sep2.model.DerCurve;
import io.sep2.model.DerCurveList;
import io.sep2.model.DerProgram;
import io.sep2.model.DerProgramList;
import io.sep2.model.FunctionSetAssignments;
import io.sep2.model.FunctionSetAssignmentsList;
import io.sep2.model.Link;
import io.sep2.model.ListLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The DER function set as a device sees it: FunctionSetAssignments, DERPrograms ordered by primacy,
 * each with its DefaultDERControl, DERControlList, ActiveDERControlList and DERCurveList. Programs
 * and controls are the utility's (set up by the test, the options or a fixture pack); every
 * EndDevice sees them under its own {@code /edev/{e}/...} hrefs, with the same mRIDs.
 */
final class ProgramResources {

  /** The responseRequired of a control that does not say: received (bit 0) and specific (bit 1). */
  static final int DEFAULT_RESPONSE_REQUIRED = 0x03;

  private ProgramResources() {}

  static void register(Routes routes) {
    routes.add("/edev/{e}/fsa").get(ProgramResources::fsaList);
    routes.add("/edev/{e}/fsa/{f}").get(ProgramResources::fsa);
    routes.add("/edev/{e}/fsa/{f}/derp").get(ProgramResources::programListOfFsa);
    routes.add("/edev/{e}/derp").get(ProgramResources::programList);
    routes.add("/edev/{e}/derp/{p}").get(ProgramResources::program);
    routes.add("/edev/{e}/derp/{p}/dderc").get(ProgramResources::defaultControl);
    routes.add("/edev/{e}/derp/{p}/derc").get(ProgramResources::controlList);
    routes.add("/edev/{e}/derp/{p}/derc/{c}").get(ProgramResources::control);
    routes.add("/edev/{e}/derp/{p}/actderc").get(ProgramResources::activeControlList);
    routes.add("/edev/{e}/derp/{p}/dc").get(ProgramResources::curveList);
    routes.add("/edev/{e}/derp/{p}/dc/{n}").get(ProgramResources::curve);
  }

  /** The function set assignment ids in use, ascending. */
  static List<Long> fsaIds(UtilityState state) {
    TreeSet<Long> ids = new TreeSet<>();
    for (ProgramState program : state.programs) {
      if (program.fsa < 1) {
        continue; // its function set assignment was removed
      }
      ids.add(program.fsa);
    }
    return new ArrayList<>(ids);
  }

  /**
   * The program a device should follow now: the highest-priority (lowest primacy) program with an
   * active control, else the highest-priority program.
   */
  static Optional<ProgramState> currentProgram(Call call) {
    List<ProgramState> programs = call.state.programsByPrimacy();
    for (ProgramState program : programs) {
      if (program.controls.stream().anyMatch(c -> c.activeAt(call.now))) {
        return Optional.of(program);
      }
    }
    return programs.stream().findFirst();
  }

  private static String deviceHref(Call call, DeviceState device) {
    return device.href(call.base());
  }

  static UtilityResponse fsaList(Call call) {
    DeviceState device = call.device();
    Lists<Long> page = Lists.page(fsaIds(call.state), Paging.of(call.request.query()));
    FunctionSetAssignmentsList.Builder list =
        FunctionSetAssignmentsList.builder()
            .href(call.request.path())
            .subscribable(0)
            .all(page.all())
            .results(page.results())
            .pollRate(call.state.pollRate("fsa"));
    for (long fsa : page.items()) {
      list.addFunctionSetAssignment(fsa(call, device, fsa));
    }
    return call.ok(list.build());
  }

  static UtilityResponse fsa(Call call) {
    DeviceState device = call.device();
    long fsa = call.var("f");
    if (!fsaIds(call.state).contains(fsa)) {
      throw Refusal.notFound("there is no FunctionSetAssignments " + call.request.path());
    }
    return call.ok(fsa(call, device, fsa));
  }

  private static FunctionSetAssignments fsa(Call call, DeviceState device, long fsa) {
    String href = deviceHref(call, device) + "/fsa/" + fsa;
    long programs = call.state.programs.stream().filter(p -> p.fsa == fsa).count();
    return FunctionSetAssignments.builder()
        .href(href)
        .derProgramListLink(ListLink.of(href + "/derp", programs))
        .timeLink(new Link(call.base() + "/tm"))
        .mrid(Mrids.of(Mrids.FUNCTION_SET_ASSIGNMENTS, fsa))
        .description("Function set assignments " + fsa)
        .build();
  }

  static UtilityResponse programListOfFsa(Call call) {
    long fsa = call.var("f");
    if (!fsaIds(call.state).contains(fsa)) {
      throw Refusal.notFound(
          "there is no FunctionSetAssignments "
              + call.base()
              + "/edev/"
              + call.var("e")
              + "/fsa/"
              + fsa);
    }
    return programList(
        call, call.state.programsByPrimacy().stream().filter(p -> p.fsa == fsa).toList());
  }

  static UtilityResponse programList(Call call) {
    return programList(call, call.state.programsByPrimacy());
  }

  private static UtilityResponse programList(Call call, List<ProgramState> programs) {
    DeviceState device = call.device();
    Lists<ProgramState> page = Lists.page(programs, Paging.of(call.request.query()));
    DerProgramList.Builder list =
        DerProgramList.builder()
            .href(call.request.path())
            .subscribable(0)
            .all(page.all())
            .results(page.results())
            .pollRate(call.state.pollRate("derp"));
    for (ProgramState program : page.items()) {
      list.addDerProgram(program(call, device, program));
    }
    return call.ok(list.build());
  }

  static ProgramState programOf(Call call) {
    long id = call.var("p");
    return call.state
        .program(id)
        .orElseThrow(
            () ->
                Refusal.notFound(
                    "there is no DERProgram " + id + " (" + call.request.path() + ")"));
  }

  static UtilityResponse program(Call call) {
    DeviceState device = call.device();
    return call.ok(program(call, device, programOf(call)));
  }

  private static DerProgram program(Call call, DeviceState device, ProgramState program) {
    String href = deviceHref(call, device) + "/derp/" + program.id;
    DerProgram.Builder p =
        DerProgram.builder()
            .href(href)
            .subscribable(0)
            .mrid(program.mrid)
            .description(program.description)
            .activeDerControlListLink(ListLink.of(href + "/actderc", active(call, program).size()))
            .derControlListLink(ListLink.of(href + "/derc", visible(call, program).size()))
            .derCurveListLink(ListLink.of(href + "/dc", program.curves.size()))
            .primacy(program.primacy);
    if (program.defaultControl != null) {
      p.defaultDerControlLink(new Link(href + "/dderc"));
    }
    return p.build();
  }

  static UtilityResponse defaultControl(Call call) {
    call.device();
    ProgramState program = programOf(call);
    if (program.defaultControl == null) {
      throw Refusal.notFound("DERProgram " + program.id + " has no DefaultDERControl");
    }
    return call.ok(program.defaultControl.toBuilder().href(call.request.path()).build());
  }

  /**
   * The controls a device is shown: those whose time is not over, in 2030.5's order of event lists:
   * by start time, then the most recently created first, then by mRID descending.
   */
  static List<ControlState> visible(Call call, ProgramState program) {
    List<ControlState> visible = new ArrayList<>();
    for (ControlState control : program.controls) {
      if (!control.over(call.now)) {
        visible.add(control);
      }
    }
    visible.sort(
        Comparator.comparing(ControlState::start)
            .thenComparing(ControlState::creationTime, Comparator.reverseOrder())
            .thenComparing(c -> c.mrid.toString(), Comparator.reverseOrder()));
    return visible;
  }

  static List<ControlState> active(Call call, ProgramState program) {
    return visible(call, program).stream().filter(c -> c.activeAt(call.now)).toList();
  }

  static UtilityResponse controlList(Call call) {
    return controlList(call, visible(call, programOf(call)));
  }

  static UtilityResponse activeControlList(Call call) {
    return controlList(call, active(call, programOf(call)));
  }

  private static UtilityResponse controlList(Call call, List<ControlState> controls) {
    DeviceState device = call.device();
    Lists<ControlState> page = Lists.page(controls, Paging.of(call.request.query()));
    DerControlList.Builder list =
        DerControlList.builder()
            .href(call.request.path())
            .subscribable(0)
            .all(page.all())
            .results(page.results());
    for (ControlState control : page.items()) {
      list.addDerControl(render(call, device, control));
    }
    return call.ok(list.build());
  }

  static UtilityResponse control(Call call) {
    DeviceState device = call.device();
    ProgramState program = programOf(call);
    long id = call.var("c");
    ControlState control =
        program.controls.stream()
            .filter(c -> c.id == id)
            .findFirst()
            .orElseThrow(() -> Refusal.notFound("there is no DERControl " + call.request.path()));
    return call.ok(render(call, device, control));
  }

  static DerControl render(Call call, DeviceState device, ControlState control) {
    String deviceHref = deviceHref(call, device);
    if (call.request.method().equals("GET") && call.request.identified()) {
      control.servedTo.putIfAbsent(device.id, call.now);
    }
    DerControl.Builder c =
        control.template.toBuilder()
            .href(deviceHref + "/derp/" + control.program.id + "/derc/" + control.id)
            .mrid(control.mrid)
            .creationTime(control.creationTime)
            .eventStatus(control.eventStatus(call.now, potentiallySuperseded(call, control)));
    int required = control.template.responseRequired().orElse(DEFAULT_RESPONSE_REQUIRED);
    c.responseRequired(required);
    if (required != 0) {
      c.replyTo(deviceHref + "/rsps/" + ResponseResources.CONTROL_SET + "/rsp");
    }
    return c.build();
  }

  /**
   * When another program's control overlaps this one in time (and is not cancelled, superseded or
   * over), the device has to decide by primacy which applies: the server flags both as potentially
   * superseded, from when the later of the two was created.
   */
  private static Instant potentiallySuperseded(Call call, ControlState control) {
    Instant since = null;
    if (control.cancelledOrSuperseded()) {
      return null;
    }
    for (ProgramState program : call.state.programs) {
      if (program == control.program) {
        continue;
      }
      for (ControlState other : program.controls) {
        if (!other.cancelledOrSuperseded() && !other.over(call.now) && other.overlaps(control)) {
          Instant at =
              other.creationTime.isAfter(control.creationTime)
                  ? other.creationTime
                  : control.creationTime;
          since = since == null || at.isAfter(since) ? at : since;
        }
      }
    }
    return since;
  }

  static UtilityResponse curveList(Call call) {
    DeviceState device = call.device();
    ProgramState program = programOf(call);
    Lists<DerCurve> page = Lists.page(program.curves, Paging.of(call.request.query()));
    DerCurveList.Builder list =
        DerCurveList.builder().href(call.request.path()).all(page.all()).results(page.results());
    String href = deviceHref(call, device) + "/derp/" + program.id + "/dc/";
    for (int i = 0; i < page.items().size(); i++) {
      DerCurve curve = page.items().get(i);
      long n = program.curves.indexOf(curve) + 1;
      list.addDerCurve(curve.toBuilder().href(href + n).build());
    }
    return call.ok(list.build());
  }

  static UtilityResponse curve(Call call) {
    call.device();
    ProgramState program = programOf(call);
    long n = call.var("n");
    if (n < 1 || n > program.curves.size()) {
      throw Refusal.notFound("there is no DERCurve " + call.request.path());
    }
    return call.ok(program.curves.get((int) n - 1).toBuilder().href(call.request.path()).build());
  }
}
