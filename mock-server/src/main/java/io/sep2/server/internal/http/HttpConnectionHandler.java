package io.sep2.server.internal.http;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import io.sep2.model.Sep2Error;
import io.sep2.model.Sep2Xml;
import io.sep2.server.record.HttpExchange;
import io.sep2.tls.ClientIdentity;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HeaderElements;
import org.apache.hc.core5.http.HttpConnection;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.DefaultConnectionReuseStrategy;
import org.apache.hc.core5.http.impl.Http1StreamListener;
import org.apache.hc.core5.http.impl.HttpProcessors;
import org.apache.hc.core5.http.impl.io.DefaultBHttpServerConnection;
import org.apache.hc.core5.http.impl.io.DefaultHttpRequestParserFactory;
import org.apache.hc.core5.http.impl.io.HttpService;
import org.apache.hc.core5.http.io.HttpServerRequestHandler.ResponseTrigger;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.core5.http.message.MessageSupport;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;

/**
 * Serves HTTP/1.1 on one established connection and answers every request from WireMock.
 *
 * <p>This is the middle of the mock server's pipeline: the TLS front end accepts a connection,
 * completes the 2030.5 handshake and learns who the client is ({@link ClientIdentity}); it then
 * hands the decrypted streams to {@link #serve}, which reads requests with Apache httpcore5 (no
 * hand-written parser), passes each to WireMock in-process ({@link WireMockBackend}) and writes
 * WireMock's answer back, until the conversation ends:
 *
 * <pre>{@code
 * HttpConnectionHandler http = new HttpConnectionHandler(backend, HttpLimits.DEFAULTS); // shared
 * // per connection, on a thread of its own, after the TLS handshake (or, with an IdleWait, on
 * // whichever thread it is given back on after waiting for its client):
 * TlsServerProtocol tls = ...; tls.accept(server);
 * http.serve(socket, tls.getInputStream(), tls.getOutputStream(), identity, recorder::add);
 * }</pre>
 *
 * <p>Behaviour:
 *
 * <ul>
 *   <li><b>Keep-alive</b>: HTTP/1.1 connections stay open for further requests (2030.5 clients
 *       typically GET {@code /dcap}, {@code /tm}, {@code /edev}... on one connection) until the
 *       client closes, asks for {@code Connection: close}, or is idle for {@link
 *       HttpLimits#readTimeout()}.
 *   <li><b>Identity</b>: any client-supplied {@link ClientIdentity#LFDI_HEADER}, {@link
 *       ClientIdentity#SFDI_HEADER} or {@link ClientIdentity#VERIFIED_HEADER} (in any letter case)
 *       is removed and, when the client presented a certificate, the server's own are added, so a
 *       stub can answer each device differently with {@code withHeader(ClientIdentity.LFDI_HEADER,
 *       equalTo(lfdi))} and no client can pretend to be another.
 *   <li><b>Limits</b> ({@link HttpLimits}): a request breaking one gets {@code 431}, {@code 413} or
 *       {@code 400} and the connection closes; so does an unparseable request. After such an answer
 *       the handler reads and discards what the client still sends for up to 1 s before closing, so
 *       the client gets to read the answer instead of a connection reset.
 *   <li><b>Expect: 100-continue</b> is answered with {@code 100 Continue} unless the declared body
 *       is already too large.
 *   <li><b>WireMock faults</b> ({@code aResponse().withFault(...)}) act on the connection: {@code
 *       EMPTY_RESPONSE} closes it without answer, {@code CONNECTION_RESET_BY_PEER} resets the TCP
 *       connection (no TLS {@code close_notify}), {@code MALFORMED_RESPONSE_CHUNK} and {@code
 *       RANDOM_DATA_THEN_CLOSE} send garbage then close. Chunked dribble delays are not simulated
 *       (the body is sent at once); fixed and random delays are.
 *   <li><b>Recording</b>: every answered request becomes an {@link HttpExchange} passed to the
 *       consumer, identity headers as WireMock saw them; a request whose head cannot be parsed is
 *       answered but not recorded (its method and URI are unknown), and a fault is recorded with
 *       status 0 and no response.
 * </ul>
 *
 * <p>Thread-safe: one instance serves any number of connections, each on its caller's thread, or,
 * with an {@link IdleWait}, on the threads that wait gives it back on.
 */
public final class HttpConnectionHandler {

  /** {@code Server} header of every response: {@value}. */
  public static final String SERVER_NAME = "sep2-testkit";

  private static final System.Logger LOG = System.getLogger(HttpConnectionHandler.class.getName());

  /** Garbage WireMock's own faults send. */
  private static final byte[] GARBAGE =
      "lskdu018973t09sylgasjkfg1][]'./.sdlv".getBytes(StandardCharsets.US_ASCII);

  // after a refusal, how long and how much of the rest of the request is read and discarded
  private static final int LINGER_READ_TIMEOUT_MILLIS = 1_000;
  private static final long LINGER_MAX_NANOS = TimeUnit.SECONDS.toNanos(3);
  private static final long LINGER_MAX_BYTES = 4L * 1024 * 1024;

  private final WireMockBackend backend;
  private static final Sep2Xml ERRORS = Sep2Xml.create();

  private final HttpLimits limits;
  private final FaultState faults;
  private static final int SESSION_BUFFER_BYTES = 1024;

  private final Http1Config http1Config;

  /** A handler with {@link HttpLimits#DEFAULTS}. */
  public HttpConnectionHandler(WireMockBackend backend) {
    this(backend, HttpLimits.DEFAULTS);
  }

  /** A handler answering from {@code backend} within {@code limits}. */
  public HttpConnectionHandler(WireMockBackend backend, HttpLimits limits) {
    this(backend, new FaultState(), limits);
  }

  /** A handler answering from {@code backend} within {@code limits}, subject to {@code faults}. */
  public HttpConnectionHandler(WireMockBackend backend, FaultState faults, HttpLimits limits) {
    this.faults = Objects.requireNonNull(faults, "faults");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.limits = Objects.requireNonNull(limits, "limits");
    // httpcore5 rejects a line whose length including CR reaches maxLineLength, and a head whose
    // field count reaches maxHeaderCount; shift both so the limits mean what HttpLimits says.
    // Its session buffers (input, line, output) live as long as the connection: 1 KiB each instead
    // of the default 8 KiB saves 21 KiB per idle device connection (BENCHMARKS.md, figure 5). A
    // request head fits; a longer line grows the line buffer as needed, a larger body is read in
    // more than one piece, and an answer body of more than 512 bytes bypasses the output buffer
    // (httpcore5's chunk size hint), so the buffer holds only the answer's head.
    this.http1Config =
        Http1Config.custom()
            .setBufferSize(SESSION_BUFFER_BYTES)
            .setMaxLineLength(limits.maxHeaderLineLength() + 2)
            .setMaxHeaderCount(limits.maxHeaderCount() + 1)
            .build();
  }

  /** The limits this handler enforces. */
  public HttpLimits limits() {
    return limits;
  }

  /**
   * Serves requests on one connection until it ends, then closes it: first {@code out} (for a TLS
   * stream this sends {@code close_notify}), then {@code in}, then {@code socket}. Closing them
   * again afterwards is harmless. When closing {@code out} only half-closed the socket (streams of
   * a {@link HalfClosingTransport} beneath), what a refused client still sends is read and
   * discarded, for up to 3 s, before the socket closes, so the client gets to read the refusal.
   * Never throws for anything the client does; a failure of WireMock becomes a {@code 500} answer.
   *
   * @param socket the TCP connection, used only for its read timeout, addresses, draining and
   *     closing
   * @param in the client's decrypted bytes (the TLS application-data stream); reads from it must
   *     honour the socket's read timeout, as any stream layered on the socket does (a Bouncy Castle
   *     {@code TlsProtocol} stream keeps the session usable after a read timeout)
   * @param out where decrypted answer bytes go (the TLS application-data stream)
   * @param identity who the TLS handshake proved the client to be; {@link ClientIdentity#ANONYMOUS}
   *     without certificate
   * @param onExchange receives every answered request, on this thread, after the answer was
   *     written; exceptions it throws are logged and otherwise ignored
   */
  public void serve(
      Socket socket,
      InputStream in,
      OutputStream out,
      ClientIdentity identity,
      Consumer<HttpExchange> onExchange) {
    new Conversation(socket, in, out, identity, onExchange, null, () -> {}).start();
  }

  /**
   * Serves requests on one connection as {@link #serve(Socket, InputStream, OutputStream,
   * ClientIdentity, Consumer)} does, except that between requests, once the client has sent nothing
   * for {@value #IDLE_GRACE_MILLIS} ms, the connection waits in {@code idle} instead of in a
   * blocking read: this call then returns, and the conversation goes on later on the thread {@code
   * idle} calls back on. The idle timeout counts from then.
   *
   * @param idle where the connection waits between requests; {@code socket} must have a channel
   * @param ended called exactly once, on whichever thread ends the conversation, after the
   *     connection was closed
   */
  public void serve(
      Socket socket,
      InputStream in,
      OutputStream out,
      ClientIdentity identity,
      Consumer<HttpExchange> onExchange,
      IdleWait idle,
      Runnable ended) {
    if (Objects.requireNonNull(socket, "socket").getChannel() == null) {
      throw new IllegalArgumentException(
          "a connection that waits without a thread needs a socket with a channel: " + socket);
    }
    new Conversation(
            socket, in, out, identity, onExchange, Objects.requireNonNull(idle, "idle"), ended)
        .start();
  }

  /**
   * How long a kept-alive connection waits on its thread for the client's next request before it
   * waits in its {@link IdleWait} instead: {@value} ms.
   */
  static final int IDLE_GRACE_MILLIS = 20;

  /** A WireMock fault was acted on; the connection must end without further HTTP. */
  private static final class FaultInjected extends IOException {
    private static final long serialVersionUID = 1L;
    final transient Fault fault;

    FaultInjected(Fault fault) {
      super("WireMock fault " + fault);
      this.fault = fault;
    }
  }

  /**
   * Thrown out of the application-data stream to httpcore5 when it asks for the first bytes of the
   * next request and none have arrived within {@link #IDLE_GRACE_MILLIS}: the connection is to wait
   * in its {@link IdleWait}. httpcore5 keeps what it has parsed across an {@link
   * java.io.InterruptedIOException} (its request parser and session buffer are made to resume after
   * one), so the same request is read on where it stopped when the conversation resumes.
   */
  private static final class ClientIdle extends java.io.InterruptedIOException {
    private static final long serialVersionUID = 1L;

    ClientIdle() {
      super("no request pending: the connection waits without a thread");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // control flow, thrown once per idle wait
    }
  }

  /** One connection's state. */
  private final class Conversation implements Http1StreamListener {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ClientIdentity identity;
    private final Consumer<HttpExchange> onExchange;
    private final IdleWait idle;
    private final Runnable ended;
    private DefaultBHttpServerConnection connection;
    private HttpService service;
    private volatile boolean closeAnnounced;

    /**
     * Whether httpcore5 waits for the first byte of a request: only then may the connection wait
     * without a thread. Once part of a request has come, the rest is read on this thread, where the
     * per-request limit on waiting for the client applies.
     */
    private volatile boolean awaitingRequest;

    /** Whether the client has sent something since the connection last waited in {@link #idle}. */
    private volatile boolean clientSent;

    /**
     * Whether the last request was read in full: then nothing of the client's can be pending when
     * the connection closes, and closing must not wait for it.
     */
    private volatile boolean requestConsumed;

    private Runnable pendingRecord;

    Conversation(
        Socket socket,
        InputStream in,
        OutputStream out,
        ClientIdentity identity,
        Consumer<HttpExchange> onExchange,
        IdleWait idle,
        Runnable ended) {
      this.socket = Objects.requireNonNull(socket, "socket");
      Objects.requireNonNull(in, "in");
      this.in = idle == null ? in : new ParkingInput(in);
      this.out = Objects.requireNonNull(out, "out");
      this.identity = Objects.requireNonNull(identity, "identity");
      this.onExchange = Objects.requireNonNull(onExchange, "onExchange");
      this.idle = idle; // null: never waits without a thread
      this.ended = Objects.requireNonNull(ended, "ended");
    }

    void start() {
      try {
        socket.setSoTimeout((int) limits.readTimeout().toMillis());
        // "http" to httpcore5: it cannot see the TLS session below these streams, and it refuses
        // https requests over a connection without one. WireMock still sees https.
        connection =
            new DefaultBHttpServerConnection(
                URIScheme.HTTP.id,
                http1Config,
                null,
                null,
                null,
                null,
                new DefaultHttpRequestParserFactory(http1Config),
                null);
        connection.bind(new StreamSocket(socket, in, out));
        service =
            HttpService.builder()
                .withHttpProcessor(HttpProcessors.server(SERVER_NAME))
                .withHttpServerRequestHandler(this::handle)
                .withHttp1Config(http1Config)
                .withConnectionReuseStrategy(DefaultConnectionReuseStrategy.INSTANCE)
                .withHttp1StreamListener(this)
                .build();
      } catch (IOException | RuntimeException e) {
        LOG.log(System.Logger.Level.DEBUG, "connection ended: " + socket, e);
        end(null);
        return;
      }
      converse();
    }

    /**
     * Serves requests until the conversation ends, or until it waits for the client without a
     * thread; then nothing here may touch the conversation any more (it may already go on
     * elsewhere).
     */
    private void converse() {
      Fault fault = null;
      try {
        while (connection.isOpen() && !Thread.currentThread().isInterrupted()) {
          requestConsumed = false;
          awaitingRequest = true;
          service.handleRequest(connection, HttpCoreContext.create());
        }
      } catch (ClientIdle e) {
        try {
          idle.park(socket, limits.readTimeout(), this::woken);
          return;
        } catch (RuntimeException cannotWait) {
          // e.g. no file descriptor left for the selector: end the connection, keep the server
          LOG.log(System.Logger.Level.WARNING, "cannot wait for " + socket, cannotWait);
        }
      } catch (FaultInjected e) {
        fault = e.fault;
      } catch (SocketTimeoutException e) {
        LOG.log(System.Logger.Level.DEBUG, "idle connection timed out: {0}", socket);
      } catch (IOException | HttpException e) {
        LOG.log(System.Logger.Level.DEBUG, "connection ended: " + socket, e);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "unexpected failure serving " + socket, e);
      }
      end(fault);
    }

    private void woken(IdleWait.Wake wake) {
      switch (wake) {
        case READABLE -> {
          clientSent = true; // bytes are there, only not yet decrypted: read them
          converse();
        }
        case TIMED_OUT -> {
          LOG.log(System.Logger.Level.DEBUG, "idle connection timed out: {0}", socket);
          end(null);
        }
        case CLOSED -> end(null);
      }
    }

    private void end(Fault fault) {
      try {
        finish(fault);
      } finally {
        ended.run();
      }
    }

    /**
     * The application-data stream as httpcore5 reads it: when httpcore5 needs the first bytes of
     * the next request and none are buffered (Bouncy Castle's {@code available()} counts the
     * decrypted bytes it holds), it waits {@link #IDLE_GRACE_MILLIS} for them on this thread, then
     * throws {@link ClientIdle}. The grace spares a client that sends its next request at once (a
     * device walking its resources, a burst of readings) a trip through the idle wait for every
     * request: 50 µs and a third fewer POSTs per second without it (BENCHMARKS.md).
     */
    private final class ParkingInput extends java.io.FilterInputStream {
      ParkingInput(InputStream in) {
        super(in);
      }

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        if (awaitingRequest && !clientSent && in.available() <= 0) {
          n = readWithinGrace(buffer, offset, length);
        } else {
          n = in.read(buffer, offset, length);
        }
        clientSent = false;
        awaitingRequest = false;
        return n;
      }

      private int readWithinGrace(byte[] buffer, int offset, int length) throws IOException {
        int timeout = socket.getSoTimeout();
        socket.setSoTimeout(IDLE_GRACE_MILLIS);
        try {
          // Bouncy Castle keeps the session, and any part of a record it read, across a timeout
          return in.read(buffer, offset, length);
        } catch (SocketTimeoutException e) {
          throw new ClientIdle();
        } finally {
          socket.setSoTimeout(timeout);
        }
      }
    }

    private void handle(ClassicHttpRequest request, ResponseTrigger trigger, HttpContext context)
        throws HttpException, IOException {
      Instant start = Instant.now();
      long started = System.nanoTime();
      List<Map.Entry<String, String>> headers =
          WireMockTranslation.headersWithIdentity(request.getHeaders(), identity);
      byte[] body = new byte[0];
      ClassicHttpResponse response;
      try {
        response = precheck(request, trigger);
        if (response == null) {
          body = readBody(request.getEntity());
          requestConsumed = body != null;
          FaultState.HttpFault fault = body == null ? null : faults.httpFault();
          if (fault != null && !fault.delay().isZero()) {
            Thread.sleep(fault.delay().toMillis());
          }
          response =
              body == null
                  ? refuse(HttpStatus.SC_REQUEST_TOO_LONG, bodyTooLarge())
                  : fault != null && fault.status() == HttpStatus.SC_SERVICE_UNAVAILABLE
                      ? unavailable(fault)
                      : respond(request, headers, body, start, started);
          if (fault != null && fault.status() == 0) {
            response.addHeader(WireMockTranslation.FINDING_HEADER, fault.description());
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while delaying an answer", e);
      } catch (MalformedChunkCodingException e) {
        response = refuse(HttpStatus.SC_BAD_REQUEST, "malformed chunked body: " + e.getMessage());
      } catch (WireMockTranslation.BadRequestTargetException e) {
        response = refuse(HttpStatus.SC_BAD_REQUEST, e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "WireMock failed on " + request, e);
        response = refuse(HttpStatus.SC_INTERNAL_SERVER_ERROR, "WireMock failed: " + e);
      }
      // The body has been read in full, or the connection is closing: nothing left to consume.
      request.setEntity(null);
      List<String> findings = WireMockTranslation.takeFindings(response);
      byte[] sent = entityBytes(response);
      byte[] received = body == null ? new byte[0] : body;
      ClassicHttpResponse answer = response;
      // Recorded in onResponseHead, once httpcore5 has added its headers but before the answer
      // leaves the buffer: when a client holds its response the exchange is already in the
      // server's record, so a test asserting on it right after the call cannot race the server.
      pendingRecord =
          () -> record(start, started, request, headers, received, answer, sent, findings);
      try {
        trigger.submitResponse(answer);
      } finally {
        // Also when submitResponse throws: httpcore5 flushes after closing a connection that is
        // not kept alive, which ends every last exchange with a ConnectionClosedException.
        recordPending();
      }
    }

    private void recordPending() {
      Runnable pending = pendingRecord;
      pendingRecord = null;
      if (pending != null) {
        pending.run();
      }
    }

    /**
     * Checks the declared body size and answers {@code Expect: 100-continue}; returns a refusal, or
     * {@code null} to go on.
     */
    private ClassicHttpResponse precheck(ClassicHttpRequest request, ResponseTrigger trigger)
        throws HttpException, IOException {
      HttpEntity entity = request.getEntity();
      if (entity == null) {
        return null;
      }
      if (entity.getContentLength() > limits.maxBodyBytes()) {
        return refuse(HttpStatus.SC_REQUEST_TOO_LONG, bodyTooLarge());
      }
      Header expect = request.getFirstHeader(HttpHeaders.EXPECT);
      if (expect != null && HeaderElements.CONTINUE.equalsIgnoreCase(expect.getValue())) {
        trigger.sendInformation(new BasicClassicHttpResponse(HttpStatus.SC_CONTINUE));
      }
      return null;
    }

    private String bodyTooLarge() {
      return "request body exceeds the limit of " + limits.maxBodyBytes() + " bytes";
    }

    /** Reads the whole body, or returns {@code null} when it exceeds the limit. */
    private byte[] readBody(HttpEntity entity) throws IOException {
      if (entity == null) {
        return new byte[0];
      }
      // Deliberately not closed: closing httpcore5's content streams reads the rest of the body,
      // which for an oversized one is what must not happen.
      InputStream content = entity.getContent();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long max = limits.maxBodyBytes();
      int n;
      while ((n = content.read(buffer)) >= 0) {
        body.write(buffer, 0, n);
        if (body.size() > max) {
          return null;
        }
      }
      return body.toByteArray();
    }

    private ClassicHttpResponse respond(
        ClassicHttpRequest request,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        Instant start,
        long started)
        throws IOException, WireMockTranslation.BadRequestTargetException {
      Request wireMockRequest =
          WireMockTranslation.toWireMock(
              request, headers, body, socket.getInetAddress(), socket.getLocalPort());
      Response answer = backend.serve(wireMockRequest);
      if (answer.getFault() != null) {
        injectFault(answer.getFault());
        record(start, started, request, headers, body, null, new byte[0], List.of());
        throw new FaultInjected(answer.getFault());
      }
      if (answer.getStatus() < 200) {
        return refuse(
            HttpStatus.SC_INTERNAL_SERVER_ERROR,
            "a stub answered with informational status " + answer.getStatus());
      }
      return WireMockTranslation.toHttp(answer);
    }

    /**
     * An error answer that closes the connection: a 2030.5 {@code Error} document, the message as a
     * finding of the recording.
     */
    private ClassicHttpResponse refuse(int status, String message) {
      BasicClassicHttpResponse response =
          new BasicClassicHttpResponse(status, WireMockTranslation.reasonPhrase(status));
      response.setHeader(HttpHeaders.CONNECTION, HeaderElements.CLOSE);
      response.setHeader(WireMockTranslation.FINDING_HEADER, status + ": " + message);
      int reasonCode = status == HttpStatus.SC_REQUEST_TOO_LONG ? 2 : status >= 500 ? 1 : 0;
      response.setEntity(
          new ByteArrayEntity(
              ERRORS.write(Sep2Error.builder().reasonCode(reasonCode).build()),
              ContentType.create(Sep2Xml.CONTENT_TYPE)));
      return response;
    }

    /** A comms fault's answer: 503, Retry-After, a 2030.5 Error document; keeps the connection. */
    private ClassicHttpResponse unavailable(FaultState.HttpFault fault) {
      BasicClassicHttpResponse response =
          new BasicClassicHttpResponse(
              HttpStatus.SC_SERVICE_UNAVAILABLE,
              WireMockTranslation.reasonPhrase(HttpStatus.SC_SERVICE_UNAVAILABLE));
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(fault.retryAfter().toSeconds()));
      response.setHeader(WireMockTranslation.FINDING_HEADER, fault.description());
      response.setEntity(
          new ByteArrayEntity(
              ERRORS.write(Sep2Error.builder().reasonCode(1).build()),
              ContentType.create(Sep2Xml.CONTENT_TYPE)));
      return response;
    }

    private void injectFault(Fault fault) throws IOException {
      switch (fault) {
        case MALFORMED_RESPONSE_CHUNK:
          out.write(
              "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
          out.write(GARBAGE);
          out.flush();
          break;
        case RANDOM_DATA_THEN_CLOSE:
          out.write(GARBAGE);
          out.flush();
          break;
        default:
          // EMPTY_RESPONSE and CONNECTION_RESET_BY_PEER send nothing; finish() closes.
          break;
      }
    }

    private void record(
        Instant start,
        long started,
        HttpRequest request,
        List<Map.Entry<String, String>> requestHeaders,
        byte[] requestBody,
        HttpResponse response,
        byte[] responseBody,
        List<String> findings) {
      List<Map.Entry<String, String>> responseHeaders = new ArrayList<>();
      int status = 0;
      String sentBody = "";
      if (response != null) {
        status = response.getCode();
        for (Header header : response.getHeaders()) {
          responseHeaders.add(Map.entry(header.getName(), String.valueOf(header.getValue())));
        }
        if (MessageSupport.canResponseHaveBody(request.getMethod(), response)) {
          sentBody = new String(responseBody, StandardCharsets.UTF_8);
        }
      }
      HttpExchange exchange =
          new HttpExchange(
              start,
              request.getMethod(),
              request.getRequestUri(),
              requestHeaders,
              new String(requestBody, StandardCharsets.UTF_8),
              status,
              responseHeaders,
              sentBody,
              TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
              findings);
      try {
        onExchange.accept(exchange);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "exchange consumer failed", e);
      }
    }

    @Override
    public void onRequestHead(HttpConnection connection, HttpRequest request) {}

    @Override
    public void onResponseHead(HttpConnection connection, HttpResponse response) {
      if (response.getCode() >= 200) {
        recordPending();
        boolean close = false;
        Iterator<String> tokens = MessageSupport.iterateTokens(response, HttpHeaders.CONNECTION);
        while (tokens.hasNext()) {
          close |= HeaderElements.CLOSE.equalsIgnoreCase(tokens.next());
        }
        closeAnnounced = close;
      }
    }

    @Override
    public void onExchangeComplete(HttpConnection connection, boolean keepAlive) {
      if (!keepAlive) {
        closeAnnounced = true;
      }
    }

    private void finish(Fault fault) {
      if (fault == Fault.CONNECTION_RESET_BY_PEER) {
        try {
          socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
          // closing anyway
        }
        closeQuietly(socket);
        return;
      }
      // Only after an answer that left part of the request unread (431, 413, 400...) may the
      // client still be sending: it must be able to finish and read the answer (see
      // HalfClosingTransport). A client that only reads sees the end of the connection at once.
      boolean linger = fault == null && closeAnnounced && !requestConsumed;
      flushQuietly(out);
      closeQuietly(out); // TLS: close_notify; a HalfClosingTransport then sends FIN
      if (linger && socket.isOutputShutdown() && !socket.isClosed()) {
        drainBriefly();
      }
      closeQuietly(in);
      closeQuietly(socket);
    }

    /**
     * Reads and discards what the client still sends, for a bounded time and amount, so that
     * closing does not reset the connection before the client has read our last answer.
     */
    private void drainBriefly() {
      try {
        InputStream transport = socket.getInputStream();
        socket.setSoTimeout(LINGER_READ_TIMEOUT_MILLIS);
        long deadline = System.nanoTime() + LINGER_MAX_NANOS;
        byte[] buffer = new byte[16384];
        long total = 0;
        while (System.nanoTime() < deadline && total < LINGER_MAX_BYTES) {
          int n = transport.read(buffer);
          if (n < 0) {
            return;
          }
          total += n;
        }
      } catch (IOException | RuntimeException e) {
        // nothing more is coming, or the connection is gone: close now
      }
    }
  }

  private static byte[] entityBytes(ClassicHttpResponse response) throws IOException {
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      return new byte[0];
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    entity.writeTo(bytes);
    return bytes.toByteArray();
  }

  private static void flushQuietly(OutputStream stream) {
    try {
      stream.flush();
    } catch (IOException | RuntimeException ignored) {
      // the connection is gone
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException | RuntimeException ignored) {
      // the connection is gone
    }
  }
}
