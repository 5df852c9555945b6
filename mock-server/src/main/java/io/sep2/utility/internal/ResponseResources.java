package io.sep2.utility.internal;

import io.sep2.model.DerControlResponse;
import io.sep2.model.ListLink;
import io.sep2.model.ReadResult;
import io.sep2.model.Response;
import io.sep2.model.ResponseList;
import io.sep2.model.ResponseSet;
import io.sep2.model.ResponseSetList;
import io.sep2.model.Sep2Document;
import io.sep2.model.Sep2Xml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Responses a device sends about the controls it got: {@code /edev/{e}/rsps} with one response set,
 * {@value #CONTROL_SET}, whose list takes POSTed (DERControl)Responses. Each is checked against the
 * control it names; a subject that names no control is refused (400), anything odd about a known
 * one (wrong device, a status that does not fit the control's state) is a finding.
 */
final class ResponseResources {

  /** The name of the response set of DER controls (the one the CSIP-AUS procedures use). */
  static final String CONTROL_SET = "site_control";

  /** How many response sets an EndDevice has. */
  static final int SETS = 1;

  private ResponseResources() {}

  static void register(Routes routes) {
    routes.add("/edev/{e}/rsps").get(ResponseResources::setList);
    routes.add("/edev/{e}/rsps/" + CONTROL_SET).get(ResponseResources::set);
    routes
        .add("/edev/{e}/rsps/" + CONTROL_SET + "/rsp")
        .get(ResponseResources::list)
        .post(ResponseResources::create);
    routes.add("/edev/{e}/rsps/" + CONTROL_SET + "/rsp/{r}").get(ResponseResources::response);
  }

  static UtilityResponse setList(Call call) {
    DeviceState device = call.device();
    Lists<String> page = Lists.page(List.of(CONTROL_SET), Paging.of(call.request.query()));
    ResponseSetList.Builder list =
        ResponseSetList.builder()
            .href(call.request.path())
            .all(page.all())
            .results(page.results())
            .pollRate(call.state.settings.pollRate());
    for (String ignored : page.items()) {
      list.addResponseSet(set(call, device));
    }
    return call.ok(list.build());
  }

  static UtilityResponse set(Call call) {
    return call.ok(set(call, call.device()));
  }

  private static ResponseSet set(Call call, DeviceState device) {
    String href = device.href(call.base()) + "/rsps/" + CONTROL_SET;
    return ResponseSet.builder()
        .href(href)
        .mrid(Mrids.of(Mrids.RESPONSE_SET, device.id))
        .description("Responses to DER controls")
        .responseListLink(ListLink.of(href + "/rsp", device.responses.size()))
        .build();
  }

  static UtilityResponse list(Call call) {
    DeviceState device = call.device();
    Paging paging = Paging.of(call.request.query());
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < device.responses.size(); i++) {
      if (paging.after() < 0 || device.responses.get(i).time().getEpochSecond() >= paging.after()) {
        indexes.add(i);
      }
    }
    Lists<Integer> page = Lists.page(indexes, paging);
    ResponseList.Builder list =
        ResponseList.builder().href(call.request.path()).all(page.all()).results(page.results());
    for (int i : page.items()) {
      list.addResponse(render(call, device, i));
    }
    return call.ok(list.build());
  }

  static UtilityResponse response(Call call) {
    DeviceState device = call.device();
    long n = call.var("r");
    if (n < 1 || n > device.responses.size()) {
      throw Refusal.notFound("there is no Response " + call.request.path());
    }
    return call.ok(render(call, device, (int) n - 1));
  }

  private static Response render(Call call, DeviceState device, int index) {
    return device.responses.get(index).value().toBuilder()
        .href(device.href(call.base()) + "/rsps/" + CONTROL_SET + "/rsp/" + (index + 1))
        .build();
  }

  static UtilityResponse create(Call call) {
    DeviceState device = call.device();
    call.requireSepXml();
    ReadResult<Sep2Document> read = call.xml.read(call.request.body());
    read.findings().forEach(f -> call.findings.add("Response: " + f));
    Response response = asResponse(read);
    if (state(call).settings.schema() != null) {
      state(call)
          .settings
          .schema()
          .validate(call.request.body())
          .forEach(f -> call.findings.add("schema: " + f));
    }
    Optional<ControlState> control = control(call, response);
    if (control.isEmpty()) {
      throw Refusal.invalidValue(
          "the Response's subject " + response.subject() + " names no DERControl of this server");
    }
    ResponseChecks.check(call, device, control.get(), response);
    device.responses.add(
        new StoredDocument<>(
            response, call.now, new String(call.request.body(), StandardCharsets.UTF_8)));
    String location =
        device.href(call.base()) + "/rsps/" + CONTROL_SET + "/rsp/" + device.responses.size();
    return call.created(location)
        .change(
            "Response status "
                + response.status().orElse(-1)
                + " to DERControl "
                + response.subject()
                + " from EndDevice "
                + device.href(call.base()));
  }

  private static UtilityState state(Call call) {
    return call.state;
  }

  private static Response asResponse(ReadResult<Sep2Document> read) {
    if (!read.isOk()) {
      throw Refusal.badRequest("the body is not a valid Response document: " + read.errors());
    }
    Sep2Document document = read.orElseThrow();
    if (document instanceof Response r) {
      return r;
    }
    if (document instanceof DerControlResponse r) {
      Response.Builder b = Response.builder().endDeviceLfdi(r.endDeviceLfdi()).subject(r.subject());
      r.createdDateTime().ifPresent(b::createdDateTime);
      r.status().ifPresent(b::status);
      return b.build();
    }
    throw Refusal.badRequest(
        "expected a DERControlResponse or Response, got "
            + Sep2Xml.rootElementOf(document.getClass()));
  }

  private static Optional<ControlState> control(Call call, Response response) {
    for (ProgramState program : call.state.programs) {
      for (ControlState control : program.controls) {
        if (control.mrid.equals(response.subject())) {
          return Optional.of(control);
        }
      }
    }
    return Optional.empty();
  }
}
