package io.sep2.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.server.Sep2MockServer;
import io.sep2.server.record.ConnectionRecord;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A 2030.5 server the matrix runs its clients against, and what that server recorded about them
 * (the text of {@link ConnectionRecord#toText()}: in process from the records, from {@code
 * sep2:serve} from what it prints).
 */
interface Target {

  /** The in-process server of {@code @With2030_5Server}. */
  String EXTENSION = "@With2030_5Server";

  /** {@code mvn sep2:serve} as a separate process. */
  String SERVE_GOAL = "sep2:serve";

  /** The target's name in the matrix. */
  String name();

  /** Where clients connect. */
  Endpoint endpoint();

  /** A mark for {@link #recordedSince(long, Predicate, Duration)}. */
  long mark();

  /**
   * The records of the connections made after {@code mark}, as text, once they satisfy {@code
   * until} or {@code limit} has passed.
   */
  String recordedSince(long mark, Predicate<String> until, Duration limit) throws IOException;

  /**
   * Asserts that the server saw what a good client did: a TLS 1.2 CCM_8 handshake, then 200 for GET
   * /dcap and for GET {@code link}.
   */
  default void assertServerSawSuccess(long mark, String link) throws IOException {
    Predicate<String> success =
        text ->
            text.contains("SUCCESS  TLS 1.2 TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")
                && text.contains("GET /dcap -> 200")
                && text.contains("GET " + link + " -> 200");
    String recorded = recordedSince(mark, success, Duration.ofSeconds(10));
    assertThat(success.test(recorded))
        .as(
            "%s recorded a TLS 1.2 CCM_8 connection with GET /dcap and GET %s:\n%s",
            name(), link, recorded)
        .isTrue();
  }

  /** The in-process server the JUnit extension injected. */
  static Target of(Sep2MockServer server, Endpoint endpoint) {
    return new Target() {
      @Override
      public String name() {
        return EXTENSION;
      }

      @Override
      public Endpoint endpoint() {
        return endpoint;
      }

      @Override
      public long mark() {
        return server.connectionMark();
      }

      @Override
      public String recordedSince(long mark, Predicate<String> until, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
          server.awaitHandshakes(Duration.ofSeconds(2));
          String text =
              server.connectionsSince(mark).stream()
                  .map(ConnectionRecord::toText)
                  .collect(Collectors.joining("\n"));
          if (until.test(text) || System.nanoTime() > deadline) {
            return text;
          }
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return text;
          }
        }
      }
    };
  }
}
