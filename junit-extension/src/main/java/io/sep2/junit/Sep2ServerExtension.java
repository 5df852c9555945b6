package io.sep2.junit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.Sep2ClientTls;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit Jupiter extension behind {@link With2030_5Server}; register it yourself with
 * {@code @RegisterExtension} to configure the server in code:
 *
 * <pre>{@code
 * @RegisterExtension
 * static Sep2ServerExtension sep2 =
 *     Sep2ServerExtension.builder().options(ServerOptions.builder().pkiSeed("team-a")).build();
 *
 * @Test
 * void test(Sep2MockServer server, HttpClient client) { ... }
 * }</pre>
 *
 * <p>Registered in a static field, one server serves the whole class; in an instance field, each
 * test gets its own. All state lives in the JUnit {@link ExtensionContext.Store}, so the extension
 * is safe under parallel execution (tests running at the same time on one shared server see each
 * other's connections in their recordings; give such tests their own server with a method-level
 * annotation). Works on JUnit 5.14 and 6.x.
 */
public final class Sep2ServerExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver,
        TestExecutionExceptionHandler {

  private static final Namespace NAMESPACE = Namespace.create(Sep2ServerExtension.class);
  private static final String SERVER = "server";
  private static final String MARK = "mark";
  private static final Duration SETTLE = Duration.ofSeconds(2);

  private final ServerSettings programmatic;

  /** For {@code @ExtendWith}: configuration comes from {@link With2030_5Server}. */
  public Sep2ServerExtension() {
    this(null);
  }

  private Sep2ServerExtension(ServerSettings programmatic) {
    this.programmatic = programmatic;
  }

  /** Starts a builder for programmatic registration; defaults as in {@link With2030_5Server}. */
  public static Builder builder() {
    return new Builder();
  }

  // ---- lifecycle ----

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    Optional<With2030_5Server> annotation =
        AnnotationSupport.findAnnotation(testClass, With2030_5Server.class);
    if (annotation.isPresent()) {
      startInto(context, AnnotationOptions.of(annotation.get(), testClass.getName()));
    } else if (programmatic != null && find(context) == null) {
      startInto(context, programmatic);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Optional<With2030_5Server> annotation =
        context
            .getTestMethod()
            .flatMap(m -> AnnotationSupport.findAnnotation(m, With2030_5Server.class));
    if (annotation.isPresent()) {
      startInto(context, AnnotationOptions.of(annotation.get(), where(context)));
    } else if (programmatic != null && find(context) == null) {
      startInto(context, programmatic);
    }
    ServerResource resource = find(context);
    if (resource != null) {
      context.getStore(NAMESPACE).put(MARK, resource.server().connectionMark());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ServerResource resource = find(context);
    if (resource == null || !resource.settings().record()) {
      return;
    }
    Sep2MockServer server = resource.server();
    server.awaitHandshakes(SETTLE);
    List<ConnectionRecord> records = server.connectionsSince(mark(context));
    Recordings.write(resource.settings().recordingDirectory(), context, server, records);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    ServerResource resource = find(context);
    if (resource == null || throwable instanceof TestAbortedException) {
      throw throwable;
    }
    Sep2MockServer server = resource.server();
    server.awaitHandshakes(SETTLE);
    List<ConnectionRecord> failed = new ArrayList<>();
    for (ConnectionRecord record : server.connectionsSince(mark(context))) {
      if (record.failed()) {
        failed.add(record);
      }
    }
    if (failed.isEmpty()) {
      throw throwable;
    }
    StringBuilder message = new StringBuilder();
    message.append(throwable.getMessage() == null ? throwable.toString() : throwable.getMessage());
    message
        .append("\n\n2030.5 mock server ")
        .append(server.baseUri())
        .append(": ")
        .append(failed.size())
        .append(failed.size() == 1 ? " connection" : " connections")
        .append(" failed during this test:\n");
    for (ConnectionRecord record : failed) {
      message.append(record.toText()).append('\n');
    }
    AssertionError error = new AssertionError(message.toString(), throwable);
    error.setStackTrace(throwable.getStackTrace());
    throw error;
  }

  // ---- parameters ----

  private static final List<Class<?>> INJECTABLE =
      List.of(
          Sep2MockServer.class,
          Sep2Pki.class,
          WireMockServer.class,
          Sep2ClientTls.class,
          SSLContext.class,
          HttpClient.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.contains(parameter.getParameter().getType()) && find(context) != null;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ServerResource resource = find(context);
    if (resource == null) {
      throw new ParameterResolutionException(
          "no 2030.5 mock server for " + where(context) + ": annotate with @With2030_5Server");
    }
    Class<?> type = parameter.getParameter().getType();
    if (type == Sep2MockServer.class) {
      return resource.server();
    } else if (type == Sep2Pki.class) {
      return resource.server().pki();
    } else if (type == WireMockServer.class) {
      return resource.server().wireMock();
    } else if (type == Sep2ClientTls.class) {
      return resource.clientTls();
    } else if (type == SSLContext.class) {
      return resource.clientTls().sslContext();
    } else {
      return resource.clientTls().httpClient();
    }
  }

  // ---- store ----

  private static void startInto(ExtensionContext context, ServerSettings settings) {
    String where = where(context);
    if (!settings.shared().isEmpty()) {
      ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
      ServerResource shared =
          root.getOrComputeIfAbsent(
              "shared:" + settings.shared(),
              k -> new ServerResource(settings, start(settings, where)),
              ServerResource.class);
      if (!shared.settings().equals(settings)) {
        throw new ExtensionConfigurationException(
            "@With2030_5Server(shared = \""
                + settings.shared()
                + "\") on "
                + where
                + " differs from the configuration the shared server was started with: "
                + shared.settings()
                + " vs "
                + settings);
      }
      // not AutoCloseable here: the root store closes it at the end of the run
      context.getStore(NAMESPACE).put(SERVER, shared.borrowed());
      return;
    }
    context.getStore(NAMESPACE).put(SERVER, new ServerResource(settings, start(settings, where)));
  }

  private static Sep2MockServer start(ServerSettings settings, String where) {
    try {
      return new Sep2MockServer(settings.options()).start();
    } catch (RuntimeException e) {
      throw AnnotationOptions.startFailed(where, e);
    }
  }

  /** The server of {@code context} (its own or an enclosing one), or {@code null}. */
  static Sep2MockServer server(ExtensionContext context) {
    ServerResource resource = find(context);
    return resource == null ? null : resource.server();
  }

  private static ServerResource find(ExtensionContext context) {
    Object value = context.getStore(NAMESPACE).get(SERVER);
    if (value instanceof ServerResource resource) {
      return resource;
    }
    if (value instanceof ServerResource.Borrowed borrowed) {
      return borrowed.resource();
    }
    return null;
  }

  private static long mark(ExtensionContext context) {
    Long mark = context.getStore(NAMESPACE).get(MARK, Long.class);
    return mark == null ? 0 : mark;
  }

  private static String where(ExtensionContext context) {
    return context
        .getTestMethod()
        .map(m -> m.getDeclaringClass().getName() + "#" + m.getName())
        .orElseGet(() -> context.getTestClass().map(Class::getName).orElse(context.getUniqueId()));
  }

  /**
   * Options of a programmatically registered extension: the server's {@link ServerOptions} and what
   * the JUnit layer does with the server (recordings, sharing). Defaults as in {@link
   * With2030_5Server}.
   */
  public static final class Builder {
    private ServerOptions options = ServerOptions.defaults();
    private boolean record = true;
    private String recordingDirectory = ServerSettings.DEFAULT_RECORDING_DIRECTORY;
    private String shared = "";

    private Builder() {}

    /**
     * The server's options (PKI, port, trust, fixtures, ...). Default {@link
     * ServerOptions#defaults()}.
     */
    public Builder options(ServerOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /** Same as {@code options(options.build())}. */
    public Builder options(ServerOptions.Builder options) {
      return options(Objects.requireNonNull(options, "options").build());
    }

    /** See {@link With2030_5Server#record()}. Default {@code true}. */
    public Builder record(boolean record) {
      this.record = record;
      return this;
    }

    /**
     * See {@link With2030_5Server#recordingDirectory()}. Default {@code target/sep2/recordings}.
     */
    public Builder recordingDirectory(String directory) {
      Objects.requireNonNull(directory, "directory");
      if (directory.isBlank()) {
        throw new IllegalArgumentException("recordingDirectory must not be blank");
      }
      this.recordingDirectory = directory;
      return this;
    }

    /** See {@link With2030_5Server#shared()}. Default: empty, not shared. */
    public Builder shared(String name) {
      this.shared = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Builds the extension; the server starts when the tests do. */
    public Sep2ServerExtension build() {
      return new Sep2ServerExtension(
          new ServerSettings(options, record, recordingDirectory, shared));
    }
  }
}
