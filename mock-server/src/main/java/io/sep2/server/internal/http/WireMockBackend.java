package io.sep2.server.internal.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServer;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServerFactory;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import io.sep2.server.fixtures.FixturePack;
import io.sep2.server.internal.resources.DefaultResources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The WireMock instance behind the mock server: a {@link WireMockServer} that opens no port and
 * instead answers requests handed to it in-process (WireMock's {@link DirectCallHttpServer}), so
 * the 2030.5 TLS front end and {@link HttpConnectionHandler} stay in charge of the wire while tests
 * use WireMock's ordinary DSL on {@link #wireMock()}: {@code stubFor}, {@code verify}, the request
 * journal, scenarios.
 *
 * <pre>{@code
 * try (WireMockBackend backend = WireMockBackend.create()) {
 *   backend.wireMock().stubFor(get("/dcap").willReturn(aResponse().withBody("...")));
 *   ... serve connections with new HttpConnectionHandler(backend, HttpLimits.DEFAULTS) ...
 *   backend.wireMock().verify(getRequestedFor(urlEqualTo("/dcap")));
 * }
 * }</pre>
 *
 * <p>Defaults: the {@linkplain DefaultResources#standard() default 2030.5 resources}, no fixture
 * packs, no root directory, a silent notifier. The default resources and fixture packs are loaded
 * as WireMock "default mappings", so {@code wireMock().resetAll()} (or {@code
 * resetToDefaultMappings()}) restores them, while {@code resetMappings()} removes everything. The
 * {@link io.sep2.server.internal.resources.TimeTransformer} extension is always registered.
 *
 * <p>{@code WireMockServer.start()}/{@code stop()} do nothing with the direct-call server ({@code
 * isRunning()} is always {@code true}, {@code port()} is -1); the backend calls {@code start()}
 * anyway. Do not use {@code wireMock().baseUrl()}: there is no WireMock port; the mock server's own
 * address is the one clients use. Thread-safe.
 */
public final class WireMockBackend implements AutoCloseable {

  /**
   * How long {@link DirectCallHttpServer} waits for WireMock to produce a response before failing
   * the request (WireMock's own default is 1 s, too short for a loaded CI machine), in ms:
   * {@value}. Stub delays ({@code withFixedDelay}) come on top.
   */
  public static final long DIRECT_CALL_TIMEOUT_MILLIS = 30_000;

  private final WireMockServer server;
  private final DirectCallHttpServer directServer;
  private final int journalLimit;
  private final int trimEvery;
  private final AtomicInteger sinceTrim = new AtomicInteger();

  private WireMockBackend(
      WireMockServer server, DirectCallHttpServer directServer, int journalLimit) {
    this.server = server;
    this.directServer = directServer;
    this.journalLimit = journalLimit;
    this.trimEvery = Math.max(1, journalLimit / 10);
  }

  /** A backend with all defaults: default 2030.5 resources, no fixtures, silent. */
  public static WireMockBackend create() {
    return builder().build();
  }

  /** Starts a builder with the defaults of {@link #create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The WireMock server to stub and verify on. */
  public WireMockServer wireMock() {
    return server;
  }

  /** Answers one request the way WireMock would over HTTP. */
  Response serve(Request request) {
    Response response = directServer.stubRequest(request);
    if (journalLimit > 0 && sinceTrim.incrementAndGet() >= trimEvery) {
      trimJournal();
    }
    return response;
  }

  /**
   * Drops the oldest journal entries beyond the limit. Counting the journal walks all of it, so
   * this runs once every tenth of the limit, not on every request as WireMock's own {@code
   * maxRequestJournalEntries} does (which made every request cost a walk over up to the whole
   * limit: BENCHMARKS.md).
   */
  private synchronized void trimJournal() {
    sinceTrim.set(0);
    RequestJournalStore journal = server.getOptions().getStores().getRequestJournalStore();
    long excess = journal.getAllKeys().count() - journalLimit;
    for (long i = 0; i < excess; i++) {
      journal.removeLast();
    }
  }

  /** Stops the WireMock server (releases nothing network-wise: it has no port). */
  @Override
  public void close() {
    server.stop();
  }

  /** Options of a {@link WireMockBackend}. Not thread-safe; {@link #build()} copies them. */
  public static final class Builder {
    private Path rootDirectory;
    private DefaultResources defaultResources = DefaultResources.standard();
    private final List<FixturePack> fixturePacks = new ArrayList<>();
    private Notifier notifier = new SilentNotifier();
    private final List<Extension> extensions = new ArrayList<>();
    private Consumer<WireMockConfiguration> customizer = options -> {};
    private int journalLimit;
    private UtilityStub utility;

    private Builder() {}

    /**
     * A WireMock root directory: stub files under {@code mappings/} are loaded at start (and on
     * {@code resetAll()}), {@code bodyFileName}s resolve under {@code __files/}. Default: none, no
     * mapping files are loaded; {@code bodyFileName}s then resolve under WireMock's default {@code
     * src/test/resources/__files}.
     */
    public Builder rootDirectory(Path directory) {
      Objects.requireNonNull(directory, "directory");
      if (!Files.isDirectory(directory)) {
        throw new IllegalArgumentException(
            "WireMock root directory does not exist or is not a directory: "
                + directory.toAbsolutePath());
      }
      this.rootDirectory = directory;
      return this;
    }

    /** The default resources to serve. Default {@link DefaultResources#standard()}. */
    public Builder defaultResources(DefaultResources resources) {
      this.defaultResources = Objects.requireNonNull(resources, "resources");
      return this;
    }

    /** Serves no default 2030.5 resources: everything comes from stubs and fixture packs. */
    public Builder withoutDefaultResources() {
      this.defaultResources = null;
      return this;
    }

    /**
     * Adds a fixture pack, loaded at start and on {@code resetAll()}, in the order added. A bad
     * pack makes {@link #build()} fail with a {@link io.sep2.server.fixtures.FixturePackException}.
     */
    public Builder fixturePack(FixturePack pack) {
      this.fixturePacks.add(Objects.requireNonNull(pack, "pack"));
      return this;
    }

    /**
     * Where WireMock reports, e.g. {@code new ConsoleNotifier(true)} to see every request and
     * near-miss. Default: silent.
     */
    public Builder notifier(Notifier notifier) {
      this.notifier = Objects.requireNonNull(notifier, "notifier");
      return this;
    }

    /**
     * Keeps about the newest {@code limit} requests in WireMock's request journal (at most a tenth
     * more), forgetting older ones, so a long-running server does not grow without bound. Cheaper
     * than WireMock's own {@code maxRequestJournalEntries}, which counts the whole journal on every
     * request. Default: no limit (WireMock's default).
     */
    public Builder journalLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("journalLimit must be at least 1, was " + limit);
      }
      this.journalLimit = limit;
      return this;
    }

    /**
     * Puts the utility server behind every request no other stub answers (its catch-all stub is
     * restored by {@code resetAll()} like the default mappings). Default: none.
     */
    public Builder utility(UtilityStub stub) {
      this.utility = Objects.requireNonNull(stub, "stub");
      return this;
    }

    /** Registers further WireMock extensions (transformers, matchers, listeners). */
    public Builder extensions(Extension... extensions) {
      for (Extension extension : extensions) {
        this.extensions.add(Objects.requireNonNull(extension, "extension"));
      }
      return this;
    }

    /**
     * Adjusts any other WireMock option before the server is created, e.g. {@code o ->
     * o.maxRequestJournalEntries(1000)}. The HTTP server factory is set afterwards and cannot be
     * changed; an HTTP client factory set here is used, but only when a {@code proxiedFrom} stub is
     * first served.
     */
    public Builder configure(Consumer<WireMockConfiguration> customizer) {
      this.customizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Creates and starts the WireMock server.
     *
     * @throws io.sep2.server.fixtures.FixturePackException when a fixture pack cannot be loaded
     */
    public WireMockBackend build() {
      WireMockConfiguration options =
          options()
              .notifier(notifier)
              // WireMock formats every request and its matched stub as JSON for the thread's
              // LocalNotifier, which only its own Jetty handler sets: on the direct-call path the
              // text went to a null notifier, at several per cent of the server's CPU per
              // connection (BENCHMARKS.md)
              .stubRequestLoggingDisabled(true)
              .jettyStopTimeout(DIRECT_CALL_TIMEOUT_MILLIS);
      if (rootDirectory != null) {
        options.withRootDirectory(rootDirectory.toString());
      } else {
        options.mappingSource(NoMappingFiles.INSTANCE);
      }
      List<Extension> all = new ArrayList<>(DefaultResources.requiredExtensions());
      if (defaultResources != null) {
        DefaultResources resources = defaultResources;
        all.add(new StartupStubs("sep2-default-resources", resources::stubMappings));
      }
      for (int i = 0; i < fixturePacks.size(); i++) {
        FixturePack pack = fixturePacks.get(i);
        all.add(new StartupStubs("sep2-fixture-pack-" + i, pack::stubMappings));
      }
      if (utility != null) {
        all.add(utility);
        all.add(new StartupStubs("sep2-utility-server", () -> List.of(UtilityStub.stubMapping())));
      }
      all.addAll(extensions);
      options.extensions(all.toArray(Extension[]::new));
      customizer.accept(options);
      // WireMock builds its two proxy clients (Apache HttpClient, with the JDK's cacerts loaded for
      // the trust-all one) when it starts: a quarter of the server start in a fresh JVM, for
      // proxiedFrom stubs that most test classes never have. They are built on first use instead.
      options.httpClientFactory(new DeferredHttpClientFactory(options.httpClientFactory()));

      DirectCallHttpServerFactory factory = new DirectCallHttpServerFactory();
      options.httpServerFactory(factory);
      WireMockServer server = new WireMockServer(options);
      server.start();
      return new WireMockBackend(server, factory.getHttpServer(), journalLimit);
    }
  }

  /**
   * Adds stubs whenever WireMock loads its default mappings: at start and on {@code resetAll()}.
   */
  private static final class StartupStubs implements MappingsLoaderExtension {
    private final String name;
    private final Supplier<List<StubMapping>> stubs;

    StartupStubs(String name, Supplier<List<StubMapping>> stubs) {
      this.name = name;
      this.stubs = stubs;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
      for (StubMapping stub : stubs.get()) {
        stubMappings.addMapping(stub);
      }
    }
  }

  /**
   * Hands WireMock HTTP clients that are built by the given factory on their first request ({@code
   * proxiedFrom} stubs), with the options and trust WireMock asked for, not when WireMock starts.
   */
  static final class DeferredHttpClientFactory implements HttpClientFactory {
    private final HttpClientFactory factory;

    DeferredHttpClientFactory(HttpClientFactory factory) {
      this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public HttpClient buildHttpClient(
        Options options,
        boolean trustAllCertificates,
        List<String> trustedHosts,
        boolean useSystemProperties) {
      return new LazyHttpClient(
          () ->
              factory.buildHttpClient(
                  options, trustAllCertificates, trustedHosts, useSystemProperties));
    }
  }

  /** No root directory: load no mapping files, save none. */
  private enum NoMappingFiles implements MappingsSource {
    INSTANCE;

    @Override
    public void save(List<StubMapping> stubMappings) {}

    @Override
    public void save(StubMapping stubMapping) {}

    @Override
    @SuppressWarnings("removal") // WireMock 3.13 deprecates it, yet it is still abstract
    public void remove(StubMapping stubMapping) {}

    @Override
    public void removeAll() {}

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {}
  }

  /** WireMock's notifier when the caller wants none: drops everything. */
  private static final class SilentNotifier implements Notifier {
    @Override
    public void info(String message) {}

    @Override
    public void error(String message) {}

    @Override
    public void error(String message, Throwable t) {}
  }
}
