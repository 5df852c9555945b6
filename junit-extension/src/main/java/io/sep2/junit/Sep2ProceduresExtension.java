package io.sep2.junit;

import io.sep2.procedure.Procedure;
import io.sep2.procedure.conformance.ConformanceRunner;
import io.sep2.procedure.conformance.ProcedureContext;
import io.sep2.procedure.conformance.ProcedureSelection;
import io.sep2.procedure.report.ConformanceReport;
import io.sep2.procedure.report.ConformanceReportWriter;
import io.sep2.procedure.report.ProcedureResult;
import io.sep2.server.Sep2MockServer;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * The extension behind {@link Sep2Procedures}: one invocation of the method per procedure. Its
 * state (the running procedure, the results for the reports) lives in the JUnit store only.
 */
public final class Sep2ProceduresExtension implements TestTemplateInvocationContextProvider {

  private static final Namespace NAMESPACE = Namespace.create(Sep2ProceduresExtension.class);
  private static final String RUN = "run";
  private static final String RESULTS = "results";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

  /** For {@code @ExtendWith} (by {@link Sep2Procedures}). */
  public Sep2ProceduresExtension() {}

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context
        .getTestMethod()
        .map(m -> AnnotationSupport.isAnnotated(m, Sep2Procedures.class))
        .orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    Sep2Procedures annotation =
        AnnotationSupport.findAnnotation(method, Sep2Procedures.class).orElseThrow();
    String where = method.getDeclaringClass().getName() + "#" + method.getName();
    Path directory = null;
    if (!annotation.directory().isBlank()) {
      Matcher m = PLACEHOLDER.matcher(annotation.directory());
      StringBuilder resolved = new StringBuilder();
      while (m.find()) {
        String name = m.group(1);
        String value = System.getProperty(name, System.getenv(name));
        if (value == null || value.isBlank()) {
          return Stream.of(
              new Skipped(
                  "@Sep2Procedures(directory = \""
                      + annotation.directory()
                      + "\") on "
                      + where
                      + ": "
                      + name
                      + " is not set (-D"
                      + name
                      + "=DIR, or the environment variable), so there are no procedure files"));
        }
        m.appendReplacement(resolved, Matcher.quoteReplacement(value));
      }
      m.appendTail(resolved);
      directory = Path.of(resolved.toString());
    }
    List<Procedure> procedures;
    try {
      procedures = ProcedureSelection.select(Arrays.asList(annotation.ids()), directory);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          "@Sep2Procedures on " + where + ": " + e.getMessage(), e);
    }
    Duration timeout =
        annotation.timeoutSeconds() > 0 ? Duration.ofSeconds(annotation.timeoutSeconds()) : null;
    Path reports =
        annotation.reportDirectory().isBlank()
            ? null
            : Path.of(annotation.reportDirectory())
                .resolve(method.getDeclaringClass().getName())
                .resolve(method.getName());
    return procedures.stream().map(p -> new ProcedureInvocation(p, timeout, reports, where));
  }

  /** One procedure's invocation. */
  private record ProcedureInvocation(
      Procedure procedure, Duration timeout, Path reports, String where)
      implements TestTemplateInvocationContext {

    @Override
    public String getDisplayName(int index) {
      return ProcedureTests.displayName(procedure);
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new Run(this));
    }
  }

  /** An invocation with nothing to run: aborted with the reason. */
  private record Skipped(String reason) implements TestTemplateInvocationContext {

    @Override
    public String getDisplayName(int index) {
      return "no procedures";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(
          (BeforeEachCallback)
              context -> {
                throw new TestAbortedException(reason);
              });
    }
  }

  /** Starts the procedure before the method, resolves its context, checks the result after. */
  private static final class Run
      implements BeforeEachCallback, ParameterResolver, InvocationInterceptor {

    private final ProcedureInvocation invocation;

    Run(ProcedureInvocation invocation) {
      this.invocation = invocation;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      Sep2MockServer server = Sep2ServerExtension.server(context);
      if (server == null) {
        throw new ExtensionConfigurationException(
            "@Sep2Procedures on "
                + invocation.where()
                + " needs a 2030.5 mock server: annotate the class (or the method) with"
                + " @With2030_5Server, or register a Sep2ServerExtension");
      }
      ConformanceRunner runner = ConformanceRunner.on(server).timeout(invocation.timeout()).build();
      context.getStore(NAMESPACE).put(RUN, runner.start(invocation.procedure()));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == ProcedureContext.class || type == Procedure.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      ProcedureContext run = context.getStore(NAMESPACE).get(RUN, ProcedureContext.class);
      return parameter.getParameter().getType() == Procedure.class ? run.procedure() : run;
    }

    @Override
    public void interceptTestTemplateMethod(
        InvocationInterceptor.Invocation<Void> call,
        ReflectiveInvocationContext<Method> method,
        ExtensionContext context)
        throws Throwable {
      try (ProcedureContext run = context.getStore(NAMESPACE).get(RUN, ProcedureContext.class)) {
        if (run.isFinished()) {
          call.skip();
          ProcedureTests.check(record(context, run.awaitResult()));
          return;
        }
        try {
          call.proceed();
        } catch (Throwable client) {
          ProcedureResult result = record(context, run.finish());
          client.addSuppressed(
              new AssertionError(
                  "the procedure was ended: "
                      + result.statusLine()
                      + "\n"
                      + result.report().toText()));
          throw client;
        }
        ProcedureTests.check(record(context, run.awaitResult()));
      }
    }

    /** Adds the result to the method's results and rewrites the reports. */
    private ProcedureResult record(ExtensionContext context, ProcedureResult result) {
      ExtensionContext method = context.getParent().orElse(context);
      Results results =
          method
              .getStore(NAMESPACE)
              .getOrComputeIfAbsent(RESULTS, k -> new Results(), Results.class);
      List<ProcedureResult> all = results.add(result);
      if (invocation.reports() != null) {
        try {
          ConformanceReportWriter.write(
              invocation.reports(),
              new ConformanceReport(
                  invocation.where(),
                  Sep2ServerExtension.server(context).deviceCapabilityUri().toString(),
                  all.get(0).started(),
                  Instant.now(),
                  all));
        } catch (RuntimeException e) {
          System.getLogger("io.sep2.junit")
              .log(
                  System.Logger.Level.WARNING,
                  "sep2: could not write the procedure reports to "
                      + invocation.reports()
                      + ": "
                      + e.getMessage());
        }
      }
      return result;
    }
  }

  /** The results of one annotated method, in the store of its template context. */
  private static final class Results {
    private final List<ProcedureResult> list = new ArrayList<>();

    synchronized List<ProcedureResult> add(ProcedureResult result) {
      list.add(result);
      return List.copyOf(list);
    }
  }
}
