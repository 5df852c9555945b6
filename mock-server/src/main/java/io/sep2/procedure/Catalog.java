package io.sep2.procedure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The built-in procedures: what a 2030.5 / CSIP-AUS device client has to get right, in this kit's
 * own words and ids ({@code SEP2-<AREA>-<n>}), each naming the public test it corresponds to where
 * there is one (the SunSpec/IEEE conformance names COMM-003 and COMM-004, the CSIP-AUS client
 * procedures ALL-01, GEN-11...).
 *
 * <p>The catalog is Java, not YAML: its procedures are checked by the compiler and refactored with
 * the code, they can use the checks this kit has and the CSIP-AUS format has not (COMM-003 and
 * COMM-004 from the TLS connection records, DERAvailability, schema validity), and nobody has to
 * learn a second file format. The CSIP-AUS YAML format is read by {@code
 * io.sep2.procedure.cactus.CactusProcedures} into the same {@link Procedure} values, so both run on
 * one engine.
 *
 * <p>Every procedure resets the utility first: the client under test registers (or finds its
 * out-of-band registration) as {@code /edev/1}, and the programs it sees are {@code /derp/1...}.
 */
public final class Catalog {

  /** Basic security (COMM-003). */
  public static final String SECURITY = "SEP2-SEC-01";

  /** Refusing a defective server chain (COMM-004). */
  public static final String CHAIN_VARIANTS = "SEP2-SEC-02";

  /** Discovery. */
  public static final String DISCOVERY = "SEP2-DISC-01";

  /** Time. */
  public static final String TIME = "SEP2-TIME-01";

  /** Registration with the right pIN. */
  public static final String REGISTRATION = "SEP2-REG-01";

  /** Refusal to go on with a wrong pIN. */
  public static final String WRONG_PIN = "SEP2-REG-02";

  /** DER capability, settings, status and availability. */
  public static final String DER_REPORTING = "SEP2-DER-01";

  /** The default control. */
  public static final String DEFAULT_CONTROL = "SEP2-CTL-01";

  /** A scheduled control and its responses. */
  public static final String SCHEDULED_CONTROL = "SEP2-CTL-02";

  /** Randomized start. */
  public static final String RANDOMIZED_START = "SEP2-CTL-03";

  /** Primacy and superseding. */
  public static final String PRIMACY = "SEP2-CTL-04";

  /** Cancelling a control. */
  public static final String CANCEL = "SEP2-CTL-05";

  /** Mirror metering at the postRate. */
  public static final String METERING = "SEP2-MTR-01";

  /** Losing communications and falling back. */
  public static final String COMMS_LOSS = "SEP2-COMMS-01";

  /** Subscription and notification. */
  public static final String SUBSCRIPTION = "SEP2-SUB-01";

  private static final Map<String, Procedure> ALL = build();

  private Catalog() {}

  /** Every built-in procedure, in catalog order. */
  public static List<Procedure> all() {
    return List.copyOf(ALL.values());
  }

  /**
   * The built-in procedure {@code id}.
   *
   * @throws NoSuchElementException naming the ids there are
   */
  public static Procedure get(String id) {
    Procedure p = ALL.get(id);
    if (p == null) {
      throw new NoSuchElementException(
          "no built-in procedure " + id + "; there are " + String.join(", ", ALL.keySet()));
    }
    return p;
  }

  private static Action rates60() {
    return Action.setRates().allPolls(60).mirrorPost(60).build();
  }

  private static Action[] programWithDefault() {
    return new Action[] {
      Action.createProgram(0),
      Action.setDefaultControl().exportLimitW(5000).importLimitW(5000).setGradW(27).build()
    };
  }

  private static Procedure.Builder base(String id, String title, String category) {
    return Procedure.builder(id)
        .title(title)
        .category(category)
        .setup(rates60())
        .setup(programWithDefault());
  }

  private static Map<String, Procedure> build() {
    List<Procedure> list = new ArrayList<>();
    String rsp = "/edev/1/rsps/site_control/rsp";

    list.add(
        base(SECURITY, "Basic security: TLS 1.2 with CCM_8, then the DeviceCapability", "Security")
            .references("COMM-003")
            .immediateStart(true)
            .steps(Step.of("GET-DCAP", Event.get("/dcap")))
            .criteria(Check.basicSecurity(), Check.allStepsComplete())
            .timeout(Duration.ofMinutes(5))
            .build());

    list.add(
        base(
                CHAIN_VARIANTS,
                "Chain variants: the client refuses a server chain that breaks the 2030.5 profile",
                "Security")
            .references("COMM-004")
            .immediateStart(true)
            .steps(Step.of("OBSERVE", Event.waitFor(Duration.ofSeconds(60))))
            .criteria(Check.refusedDefectiveChain())
            .timeout(Duration.ofMinutes(5))
            .build());

    list.add(
        Procedure.builder(DISCOVERY)
            .title("Discovery: DeviceCapability, Time, its own EndDevice and its DER")
            .category("Discovery")
            .references("CSIP-AUS ALL-01")
            .setup(rates60(), Action.registerEndDevice(11111))
            .setup(programWithDefault())
            .immediateStart(true)
            .atStart(Action.enableSteps("GET-TIME", "GET-EDEV-LIST", "GET-DER-LIST"))
            .steps(
                Step.of("GET-DCAP", Event.get("/dcap")),
                Step.of("GET-TIME", Event.get("/tm")),
                Step.of("GET-EDEV-LIST", Event.get("/edev")),
                Step.of("GET-DER-LIST", Event.get("/edev/1/der")))
            .criteria(Check.allStepsComplete(), Check.endDevice(false, true))
            .timeout(Duration.ofMinutes(10))
            .build());

    list.add(
        base(TIME, "Time: the client reads the utility's Time before it reports", "Discovery")
            .references("CSIP-AUS ALL-01 (Time)")
            .immediateStart(true)
            .steps(
                Step.of("GET-TIME", Event.get("/tm"), Action.enableSteps("REPORTS")),
                Step.of("REPORTS", Event.put("/edev/1/der/1/ders")))
            .criteria(Check.allStepsComplete())
            .timeout(Duration.ofMinutes(10))
            .build());

    list.add(
        Procedure.builder(REGISTRATION)
            .title("Registration: an EndDevice registered out of band, with the right pIN")
            .category("Registration")
            .references("CSIP-AUS ALL-04")
            .setup(rates60(), Action.registerEndDevice(11111))
            .setup(programWithDefault())
            .immediateStart(true)
            .steps(
                Step.of("READ-REGISTRATION", Event.get("/edev/1/rg"), Action.enableSteps("GO-ON")),
                Step.of("GO-ON", Event.get("/edev/1/fsa")))
            .criteria(Check.allStepsComplete())
            .timeout(Duration.ofMinutes(10))
            .build());

    String wentOn =
        "the client went on after its EndDevice's Registration served a pIN (222220) other than"
            + " the one it was given (111115): it must stop there";
    list.add(
        Procedure.builder(WRONG_PIN)
            .title("Registration: the client stops when the pIN is not the one it was given")
            .category("Registration")
            .references("CSIP-AUS ALL-03-REJ")
            .setup(rates60(), Action.registerEndDevice(22222))
            .setup(programWithDefault())
            .immediateStart(true)
            .steps(
                Step.of(
                    "READ-REGISTRATION",
                    Event.get("/edev/1/rg"),
                    Action.enableSteps(
                        "OBSERVE", "WENT-ON-FSA", "WENT-ON-DER", "WENT-ON-DERG", "WENT-ON-MUP")),
                Step.of("OBSERVE", Event.waitFor(Duration.ofSeconds(120)), Action.finish()),
                Step.of(
                    "WENT-ON-FSA", Event.get("/edev/1/fsa"), Action.fail(wentOn + " (GET fsa)")),
                Step.of(
                    "WENT-ON-DER", Event.get("/edev/1/der"), Action.fail(wentOn + " (GET der)")),
                Step.of(
                    "WENT-ON-DERG",
                    Event.put("/edev/1/der/1/derg"),
                    Action.fail(wentOn + " (PUT DERSettings)")),
                Step.of("WENT-ON-MUP", Event.post("/mup"), Action.fail(wentOn + " (POST mup)")))
            .criteria(
                Check.allStepsComplete("WENT-ON-FSA", "WENT-ON-DER", "WENT-ON-DERG", "WENT-ON-MUP"))
            .timeout(Duration.ofMinutes(10))
            .build());

    list.add(
        base(DER_REPORTING, "DER reporting: capability, settings, status and availability", "DER")
            .references("CSIP-AUS ALL-09")
            .startWhen(Check.endDeviceRegistered())
            .atStart(Action.enableSteps("PUT-SETTINGS", "PUT-STATUS", "PUT-AVAILABILITY"))
            .steps(
                Step.of("PUT-CAPABILITY", Event.put("/edev/1/der/1/dercap")),
                Step.of("PUT-SETTINGS", Event.put("/edev/1/der/1/derg")),
                Step.of("PUT-STATUS", Event.put("/edev/1/der/1/ders")),
                Step.of("PUT-AVAILABILITY", Event.put("/edev/1/der/1/dera")))
            .criteria(
                Check.allStepsComplete(),
                Check.derCapability("rtgMaxW"),
                Check.derSettings("setMaxW"),
                Check.derStatus(Map.of()),
                Check.derAvailability(),
                Check.requestsSchemaValid())
            .timeout(Duration.ofMinutes(10))
            .build());

    list.add(
        base(
                DEFAULT_CONTROL,
                "Default control: a changed DefaultDERControl is read and its setGradW applied",
                "Control")
            .references("CSIP-AUS ALL-13", "CSIP-AUS GEN-03")
            .startWhen(Check.endDeviceRegistered(), Check.derSettings("setMaxW"))
            .atStart(Action.setDefaultControl().exportLimitW(2000).setGradW(100).build())
            .steps(
                Step.of(
                    "READ-DEFAULT",
                    Event.get("/edev/1/derp/1/dderc"),
                    Action.enableSteps("APPLY-SETGRADW")),
                Step.of(
                    "APPLY-SETGRADW",
                    Event.put("/edev/1/der/1/derg")
                        .afterServed()
                        .when(Check.derSettingsSetGradW(100))))
            .criteria(Check.allStepsComplete())
            .timeout(Duration.ofMinutes(15))
            .build());

    list.add(
        base(
                SCHEDULED_CONTROL,
                "Scheduled control: received, started and completed responses",
                "Control")
            .references("CSIP-AUS GEN-11", "CSIP-AUS ALL-18")
            .startWhen(Check.endDeviceRegistered(), Check.derSettings("setMaxW"))
            .atStart(
                Action.createControl()
                    .startsIn(Duration.ofMinutes(2))
                    .lasting(Duration.ofMinutes(5))
                    .exportLimitW(1000)
                    .tag("CTL")
                    .build(),
                Action.enableSteps("RECEIVED", "STARTED", "COMPLETED"))
            .steps(
                Step.of("SEE-CONTROL", Event.get("/edev/1/derp/1/derc")),
                Step.of("RECEIVED", Event.post(rsp).afterServed().when(Check.responses("CTL", 1))),
                Step.of("STARTED", Event.post(rsp).afterServed().when(Check.responses("CTL", 2))),
                Step.of("COMPLETED", Event.post(rsp).afterServed().when(Check.responses("CTL", 3))))
            .criteria(
                Check.allStepsComplete(),
                Check.responses("CTL", 1),
                Check.responses("CTL", 2),
                Check.responses("CTL", 3))
            .timeout(Duration.ofMinutes(20))
            .build());

    list.add(
        base(
                RANDOMIZED_START,
                "Randomized start: a control with randomizeStart is followed",
                "Control")
            .references("CSIP-AUS ALL-22")
            .startWhen(Check.endDeviceRegistered(), Check.derSettings("setMaxW"))
            .atStart(
                Action.createControl()
                    .startsIn(Duration.ofMinutes(2))
                    .lasting(Duration.ofMinutes(3))
                    .randomizeStart(Duration.ofSeconds(60))
                    .exportLimitW(1000)
                    .tag("RANDOM")
                    .build())
            .steps(
                Step.of(
                    "SEE-CONTROL", Event.get("/edev/1/derp/1/derc"), Action.enableSteps("STARTED")),
                Step.of(
                    "STARTED", Event.post(rsp).afterServed().when(Check.responses("RANDOM", 2))))
            .criteria(
                Check.allStepsComplete(),
                Check.responses("RANDOM", 1),
                Check.responses("RANDOM", 2))
            .timeout(Duration.ofMinutes(15))
            .build());

    list.add(
        Procedure.builder(PRIMACY)
            .title(
                "Primacy and superseding: the higher-priority control wins, the others are"
                    + " answered superseded")
            .category("Control")
            .references("CSIP-AUS GEN-10", "CSIP-AUS ALL-18")
            .setup(
                rates60(),
                Action.createProgram(1, 1, "HIGH"),
                Action.createProgram(2, 1, "LOW"),
                Action.setDefaultControl().program(1).exportLimitW(5000).setGradW(27).build())
            .startWhen(Check.endDeviceRegistered(), Check.derSettings("setMaxW"))
            .atStart(
                Action.createControl()
                    .program("HIGH")
                    .startsIn(Duration.ofMinutes(2))
                    .lasting(Duration.ofMinutes(5))
                    .exportLimitW(3000)
                    .tag("FIRST")
                    .build(),
                Action.createControl()
                    .program("HIGH")
                    .startsIn(Duration.ofMinutes(2))
                    .lasting(Duration.ofMinutes(5))
                    .exportLimitW(2000)
                    .tag("SECOND")
                    .build(),
                Action.createControl()
                    .program("LOW")
                    .startsIn(Duration.ofMinutes(2))
                    .lasting(Duration.ofMinutes(5))
                    .exportLimitW(1000)
                    .tag("LOWER")
                    .build(),
                Action.enableSteps("FIRST-SUPERSEDED", "LOWER-SUPERSEDED", "SECOND-STARTED"))
            .steps(
                Step.of("SEE-CONTROLS", Event.get("/edev/1/derp/1/derc")),
                Step.of(
                    "FIRST-SUPERSEDED",
                    Event.post(rsp).afterServed().when(Check.responses("FIRST", 7))),
                Step.of(
                    "LOWER-SUPERSEDED",
                    Event.post(rsp).afterServed().when(Check.responses("LOWER", 7))),
                Step.of(
                    "SECOND-STARTED",
                    Event.post(rsp).afterServed().when(Check.responses("SECOND", 2))))
            .criteria(
                Check.allStepsComplete(),
                Check.responses("FIRST", 7),
                Check.responses("LOWER", 7),
                Check.responses("SECOND", 2),
                Check.of(
                    "response-contents",
                    Map.of("subject_tag", "LOWER", "status", 2L, "exists", false)))
            .timeout(Duration.ofMinutes(20))
            .build());

    list.add(
        base(
                CANCEL,
                "Cancel: a cancelled control is answered cancelled and not followed",
                "Control")
            .references("CSIP-AUS GEN-09", "CSIP-AUS ALL-18")
            .startWhen(Check.endDeviceRegistered(), Check.derSettings("setMaxW"))
            .atStart(
                Action.createControl()
                    .startsIn(Duration.ofMinutes(2))
                    .lasting(Duration.ofMinutes(10))
                    .exportLimitW(1000)
                    .tag("CANCEL-ME")
                    .build())
            .steps(
                Step.of(
                    "RECEIVED",
                    Event.post(rsp).afterServed().when(Check.responses("CANCEL-ME", 1)),
                    Action.cancelControls(),
                    Action.enableSteps("CANCELLED")),
                Step.of(
                    "CANCELLED",
                    Event.post(rsp).afterServed().when(Check.latestResponse("CANCEL-ME", 6))))
            .criteria(Check.allStepsComplete(), Check.latestResponse("CANCEL-ME", 6))
            .timeout(Duration.ofMinutes(20))
            .build());

    list.add(
        base(METERING, "Mirror metering: site power readings at the postRate", "Metering")
            .references("CSIP-AUS ALL-06", "CSIP-AUS ALL-10")
            .startWhen(Check.endDeviceRegistered())
            .steps(
                Step.of("CREATE-MIRROR", Event.post("/mup"), Action.enableSteps("OBSERVE")),
                Step.of("OBSERVE", Event.waitFor(Duration.ofMinutes(10)), Action.finish()))
            .criteria(
                Check.allStepsComplete(),
                Check.readings(Check.ReadingKind.SITE_ACTIVE_POWER, 8),
                Check.pollTiming("POST", Duration.ofSeconds(60), "/mup/*"))
            .timeout(Duration.ofMinutes(20))
            .build());

    list.add(
        base(
                COMMS_LOSS,
                "Comms loss: the client lives through 5 minutes without its server and comes back",
                "Control")
            .references("CSIP-AUS ALL-23", "CSIP-AUS ALL-30")
            .startWhen(Check.endDeviceRegistered(), Check.derSettings("setMaxW"))
            .atStart(
                Action.createControl()
                    .startsIn(Duration.ofMinutes(1))
                    .lasting(Duration.ofMinutes(10))
                    .exportLimitW(500)
                    .tag("DURING-LOSS")
                    .build())
            .steps(
                Step.of(
                    "SEE-CONTROL",
                    Event.get("/edev/1/derp/1/derc").afterServed(),
                    Action.communications(false),
                    Action.enableSteps("OUTAGE")),
                Step.of(
                    "OUTAGE",
                    Event.waitFor(Duration.ofMinutes(5)),
                    Action.communications(true),
                    Action.enableSteps("COMES-BACK")),
                Step.of("COMES-BACK", Event.get("/edev/1/derp/1/derc"), Action.finish()))
            .criteria(Check.allStepsComplete(), Check.responses("DURING-LOSS", 1))
            .timeout(Duration.ofMinutes(20))
            .build());

    list.add(
        base(
                SUBSCRIPTION,
                "Subscription: a control reaches the client by notification",
                "Subscription")
            .references("CSIP-AUS ALL-14", "CSIP-AUS GEN-05")
            .startWhen(Check.endDeviceRegistered())
            .steps(
                Step.of(
                    "SUBSCRIBE",
                    Event.post("/edev/1/sub")
                        .afterServed()
                        .when(Check.subscription("/edev/1/derp/1/derc")),
                    Action.createControl()
                        .startsIn(Duration.ofMinutes(2))
                        .lasting(Duration.ofMinutes(5))
                        .exportLimitW(1000)
                        .tag("NOTIFIED")
                        .build(),
                    Action.enableSteps("RECEIVED")),
                Step.of(
                    "RECEIVED", Event.post(rsp).afterServed().when(Check.responses("NOTIFIED", 1))))
            .criteria(
                Check.allStepsComplete(),
                Check.subscription("/edev/1/derp/1/derc"),
                Check.notificationsDelivered())
            .timeout(Duration.ofMinutes(10))
            .build());

    Map<String, Procedure> map = new LinkedHashMap<>();
    list.forEach(p -> map.put(p.id(), p));
    return map;
  }
}
