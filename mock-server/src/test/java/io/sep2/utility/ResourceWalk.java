package io.sep2.utility;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows every {@code href} a client is served, from a start resource, as a 2030.5 client
 * discovers resources: each resource once, lists with {@code l=500} so all their items show.
 */
final class ResourceWalk {

  private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]+)\"");
  private static final Pattern LIST_ROOT =
      Pattern.compile("(<\\?xml[^>]*\\?>)?\\s*<[A-Za-z]+List\\s");

  private ResourceWalk() {}

  /** Every resource reachable from {@code start}, by path, with its answer (in walk order). */
  static Map<String, Sep2Client.Reply> walk(Sep2Client client, String start) {
    Map<String, Sep2Client.Reply> seen = new LinkedHashMap<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      String path = todo.poll();
      if (seen.containsKey(path)) {
        continue;
      }
      Sep2Client.Reply reply = client.get(path);
      if (reply.status() == 200 && LIST_ROOT.matcher(reply.body()).lookingAt()) {
        reply = client.get(path + "?l=500");
      }
      seen.put(path, reply);
      if (reply.status() != 200) {
        continue;
      }
      Matcher m = HREF.matcher(reply.body());
      while (m.find()) {
        String href = m.group(1);
        if (href.startsWith("/") && !seen.containsKey(href)) {
          todo.add(href);
        }
      }
    }
    return seen;
  }
}
