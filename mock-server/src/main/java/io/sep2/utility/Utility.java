package io.sep2.utility;

import io.sep2.model.MirrorUsagePoint;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The utility side of the mock server, for tests: set up what a utility's server would hold
 * (EndDevices, DER programs with default controls, controls and curves), move its clock, and look
 * at and wait for what the device under test did (its registration, the documents it PUT, its
 * readings, responses and log events, every request it made).
 *
 * <pre>{@code
 * Utility utility = server.utility();
 * Program program = utility.createProgram("Export limits", 1, 1);
 * program.defaultControl(DefaultDerControl.builder()
 *     .derControlBase(DerControlBase.builder().opModExpLimW(ActivePower.watts(5000)).build()));
 * ... start the device client ...
 * Exchange put = utility.awaitRequest("PUT", "/edev/1/der/1/derg", Duration.ofSeconds(10));
 * assertThat(utility.device(lfdi).orElseThrow().derSettings()).isPresent();
 * }</pre>
 *
 * <p>Thread-safe: every method takes the utility server's lock, so it sees the state between two
 * requests, never in the middle of one. Get it from {@code Sep2MockServer.utility()}.
 */
public interface Utility {

  /** The utility server's clock, which tests {@linkplain UtilityClock#advance move}. */
  UtilityClock clock();

  /**
   * Brings the utility server back to the state of a fresh server: no EndDevices (so nothing their
   * clients stored, posted or subscribed to), no programs, controls or mirrors, every numbering
   * restarting at 1 (the next EndDevice is {@code /edev/1}), pollRates, postRate and Registration
   * links as the options say. Aggregator certificates stay registered; the clock, the exchange log
   * and the notification log are left as they are. What a test procedure does before it starts, so
   * that the ids it names ({@code /edev/1}, {@code /derp/1}) are the ones the device sees.
   */
  void reset();

  /**
   * Registers the holder of this device certificate as an EndDevice (as if it had POSTed itself),
   * or returns the one registered already.
   */
  Device registerDevice(X509Certificate certificate);

  /**
   * Registers the device with this LFDI (40 hex digits; its SFDI follows from it), or returns the
   * one registered already.
   *
   * @throws IllegalArgumentException for a malformed LFDI
   */
  Device registerDevice(String lfdi);

  /** The EndDevice with this LFDI (any case), if registered. */
  Optional<Device> device(String lfdi);

  /** The EndDevice of this certificate, if registered. */
  Optional<Device> device(X509Certificate certificate);

  /** Every EndDevice, in registration order. */
  List<Device> devices();

  /**
   * Lets the certificate with this LFDI act as an aggregator: register and use several EndDevices
   * and its own {@code /edev/0}.
   */
  void registerAggregator(String lfdi);

  /**
   * Creates a DER program, which every EndDevice sees in its DERProgramList (ordered by primacy:
   * the lower the number, the higher the priority) and under function set assignment {@code fsa}.
   *
   * @param description the program's description
   * @param primacy 0..255
   * @param fsa the function set assignment id (1 for most set-ups)
   * @throws IllegalArgumentException for a primacy outside 0..255 or an fsa below 1
   */
  Program createProgram(String description, int primacy, long fsa);

  /** The program with this id ({@code /edev/{e}/derp/{id}}), if any. */
  Optional<Program> program(long id);

  /** Every program, in creation order. */
  List<Program> programs();

  /** Every MirrorUsagePoint devices created, as served. */
  List<MirrorUsagePoint> mirrorUsagePoints();

  /** Every attempt to deliver a Notification so far, oldest first. */
  List<NotificationDelivery> notifications();

  /**
   * Waits until a Notification about a resource matching {@code subscribedResource} (a path, <code>
   * &#42;</code> for one whole segment) has been delivered (the device answered 2xx).
   *
   * @throws AssertionError listing the attempts seen, when none is delivered in time
   */
  NotificationDelivery awaitNotification(String subscribedResource, Duration timeout);

  /** Every request the utility server answered, oldest first (the newest 10,000 at most). */
  List<Exchange> exchanges();

  /**
   * Calls {@code listener} with every exchange once the server has answered it, e.g. to print one
   * line per state change as {@code sep2:serve} does:
   *
   * <pre>{@code
   * utility.onExchange(e -> {
   *   if (e.change() != null) System.out.println(e.change());
   * });
   * }</pre>
   *
   * <p>{@link Exchange#change()} is non-null exactly for the requests that changed the utility's
   * state (a registration, a stored document, a response, a reading...). The listener runs on the
   * thread that served the request, after the answer was decided and outside the server's lock (so
   * it may call this {@code Utility}); it should be quick, as the client waits for it. A listener
   * that throws is logged and skipped. Requests a test's own WireMock stub answered are not
   * exchanges of the utility server.
   *
   * @return this utility
   */
  Utility onExchange(Consumer<Exchange> listener);

  /** Stops calling a listener given to {@link #onExchange}; unknown listeners are ignored. */
  Utility removeExchangeListener(Consumer<Exchange> listener);

  /**
   * The first request, since the server started, with this method whose path matches {@code
   * pathPattern}, waiting up to {@code timeout} for one. A pattern is a path whose segments may be
   * <code>&#42;</code> (one whole segment), e.g. <code>/edev/&#42;/der/1/derg</code>; the query
   * does not count.
   *
   * @throws AssertionError naming what was asked and the requests seen, when none comes in time
   */
  Exchange awaitRequest(String method, String pathPattern, Duration timeout);

  /**
   * Like {@link #awaitRequest}, but only a request that arrives after this call: the device's
   * <em>next</em> such request.
   */
  Exchange awaitNextRequest(String method, String pathPattern, Duration timeout);
}
