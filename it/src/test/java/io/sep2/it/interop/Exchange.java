package io.sep2.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a good client did: GET {@code /dcap}, then GET the first {@code TimeLink} or {@code
 * EndDeviceListLink} the DeviceCapability names (discovered, not hard-coded, as 2030.5 requires).
 *
 * @param responses the HTTP responses the client received, in order
 * @param transcript everything the client printed, for failure messages
 */
record Exchange(List<Response> responses, String transcript) {

  /** One HTTP response as the client saw it: status and body. */
  record Response(int status, String body) {}

  private static final Pattern LINK =
      Pattern.compile("<(?:TimeLink|EndDeviceListLink)\\b[^>]*\\bhref=\"([^\"]+)\"");

  /** The root element each linked resource must have. */
  private static final Map<String, String> LINKED_ROOTS =
      Map.of("/tm", "<Time", "/edev", "<EndDeviceList");

  /** The link a client must follow: the first TimeLink or EndDeviceListLink in {@code dcap}. */
  static String discoverLink(String dcapBody) {
    Matcher m = LINK.matcher(dcapBody == null ? "" : dcapBody);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The responses in raw HTTP/1.1 text (what openssl s_client, gnutls-cli and {@code curl -i}
   * print, mixed with their own messages): each status line, its headers, and a body of
   * Content-Length characters (to the next status line when there is no Content-Length).
   */
  static List<Response> parseRawHttp(String text) {
    List<Response> out = new ArrayList<>();
    Matcher status = Pattern.compile("HTTP/1\\.[01] (\\d{3})[^\\n]*\\n").matcher(text);
    int from = 0;
    while (from < text.length() && status.find(from)) {
      int code = Integer.parseInt(status.group(1));
      int headersEnd = text.indexOf("\r\n\r\n", status.end());
      int skip = 4;
      if (headersEnd < 0) {
        headersEnd = text.indexOf("\n\n", status.end());
        skip = 2;
      }
      if (headersEnd < 0) {
        out.add(new Response(code, ""));
        break;
      }
      Matcher length =
          Pattern.compile("(?im)^content-length:\\s*(\\d+)")
              .matcher(text.substring(status.end(), headersEnd));
      int bodyStart = headersEnd + skip;
      int bodyEnd;
      if (length.find()) {
        bodyEnd = Math.min(text.length(), bodyStart + Integer.parseInt(length.group(1)));
      } else {
        int next = text.indexOf("HTTP/1.", bodyStart);
        bodyEnd = next < 0 ? text.length() : next;
      }
      out.add(new Response(code, text.substring(bodyStart, bodyEnd)));
      from = bodyEnd;
    }
    return out;
  }

  /** The responses printed by the script clients as {@code GET path -> status} and the body. */
  static List<Response> parseScriptOutput(String text) {
    List<Response> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^GET (\\S+) -> (\\d{3})$").matcher(text);
    List<int[]> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(2))});
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      out.add(new Response(starts.get(i)[2], text.substring(starts.get(i)[1], end)));
    }
    return out;
  }

  /**
   * Asserts the COMM-003 style walk: 200 with a DeviceCapability for {@code /dcap}, then 200 with
   * the right resource for the link the DeviceCapability names.
   *
   * @return the link that was followed
   */
  String assertDcapAndLinkedResource() {
    assertThat(responses).as("HTTP responses the client received:\n%s", transcript).hasSize(2);
    Response dcap = responses.get(0);
    assertThat(dcap.status()).as("GET /dcap status\n%s", transcript).isEqualTo(200);
    assertThat(dcap.body())
        .as("GET /dcap body")
        .contains("<DeviceCapability", "urn:ieee:std:2030.5:ns");
    String link = discoverLink(dcap.body());
    assertThat(link).as("a TimeLink or EndDeviceListLink in /dcap").isNotNull();
    Response linked = responses.get(1);
    assertThat(linked.status()).as("GET %s status\n%s", link, transcript).isEqualTo(200);
    assertThat(linked.body())
        .as("GET %s body", link)
        .contains(LINKED_ROOTS.getOrDefault(link, "<"), "href=\"" + link + "\"");
    return link;
  }
}
