package com.example.device;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * A small IEEE 2030.5 client, written the way a device team would: it starts at the
 * DeviceCapability URI and discovers every other resource from the links it finds (2030.5 clients
 * must never hard-code URIs), then applies the active DERControl to its inverter.
 */
public final class DeviceClient {

  private final HttpClient http;
  private final URI deviceCapability;
  private final Inverter inverter;
  private final List<String> fetched = new ArrayList<>();

  public DeviceClient(SSLContext tls, URI deviceCapability, Inverter inverter) {
    this.http =
        HttpClient.newBuilder()
            .sslContext(tls)
            .sslParameters(DeviceTls.parameters())
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.deviceCapability = deviceCapability;
    this.inverter = inverter;
  }

  /** GETs a resource as {@code application/sep+xml}. */
  public Sep2Resource get(String href) throws IOException, InterruptedException {
    URI uri = deviceCapability.resolve(href);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri)
                .header("Accept", "application/sep+xml; level=-S1")
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + uri + " answered " + response.statusCode());
    }
    fetched.add(uri.getPath());
    return Sep2Resource.parse(response.body());
  }

  /** Reads the DeviceCapability, the entry point. */
  public Sep2Resource deviceCapability() throws IOException, InterruptedException {
    return get(deviceCapability.toString());
  }

  /**
   * Follows DeviceCapability -> EndDeviceList -> EndDevice -> FunctionSetAssignments ->
   * DERProgram -> DERControl and applies the first control to the inverter.
   *
   * @return the control applied, if the server has one
   */
  public Optional<Sep2Resource> applyDerControl() throws IOException, InterruptedException {
    Sep2Resource dcap = deviceCapability();
    Sep2Resource endDevices = get(require(dcap.link("EndDeviceListLink"), "EndDeviceListLink"));
    Sep2Resource endDevice = require(endDevices.child("EndDevice"), "EndDevice");
    Sep2Resource fsaList =
        get(require(endDevice.link("FunctionSetAssignmentsListLink"), "FSA list link"));
    Sep2Resource fsa = require(fsaList.child("FunctionSetAssignments"), "FunctionSetAssignments");
    Sep2Resource programs = get(require(fsa.link("DERProgramListLink"), "DERProgramListLink"));
    Sep2Resource program = require(programs.child("DERProgram"), "DERProgram");
    Sep2Resource controls = get(require(program.link("DERControlListLink"), "DERControlListLink"));
    Optional<Sep2Resource> control = controls.child("DERControl");
    control.ifPresent(this::apply);
    return control;
  }

  private void apply(Sep2Resource control) {
    // opModMaxLimW is in hundredths of a percent of rated power
    control
        .text("opModMaxLimW")
        .ifPresent(limit -> inverter.limitTo(Integer.parseInt(limit) / 100.0));
    control.text("opModConnect").ifPresent(c -> inverter.connect(Boolean.parseBoolean(c)));
  }

  /** The paths this client fetched, in order. */
  public List<String> fetched() {
    return List.copyOf(fetched);
  }

  private static <T> T require(Optional<T> value, String what) throws IOException {
    return value.orElseThrow(() -> new IOException("2030.5 resource has no " + what));
  }
}
