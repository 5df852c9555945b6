package io.sep2.utility.internal;

import io.sep2.model.LogEvent;
import io.sep2.model.LogEventList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The LogEventList of an EndDevice: a device POSTs its log events; the server keeps them. */
final class LogEventResources {

  private LogEventResources() {}

  static void register(Routes routes) {
    routes.add("/edev/{e}/lel").get(LogEventResources::list).post(LogEventResources::create);
    routes.add("/edev/{e}/lel/{n}").get(LogEventResources::logEvent);
  }

  static UtilityResponse list(Call call) {
    DeviceState device = call.device();
    Paging paging = Paging.of(call.request.query());
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < device.logEvents.size(); i++) {
      if (paging.after() < 0
          || device.logEvents.get(i).value().createdDateTime().getEpochSecond() >= paging.after()) {
        indexes.add(i);
      }
    }
    Lists<Integer> page = Lists.page(indexes, paging);
    LogEventList.Builder list =
        LogEventList.builder()
            .href(call.request.path())
            .subscribable(0)
            .all(page.all())
            .results(page.results())
            .pollRate(call.state.settings.pollRate());
    for (int i : page.items()) {
      list.addLogEvent(render(call, device, i));
    }
    return call.ok(list.build());
  }

  static UtilityResponse logEvent(Call call) {
    DeviceState device = call.device();
    long n = call.var("n");
    if (n < 1 || n > device.logEvents.size()) {
      throw Refusal.notFound("there is no LogEvent " + call.request.path());
    }
    return call.ok(render(call, device, (int) n - 1));
  }

  private static LogEvent render(Call call, DeviceState device, int index) {
    return device.logEvents.get(index).value().toBuilder()
        .href(device.href(call.base()) + "/lel/" + (index + 1))
        .build();
  }

  static UtilityResponse create(Call call) {
    DeviceState device = call.device();
    LogEvent event = call.body(LogEvent.class).orElseThrow();
    device.logEvents.add(
        new StoredDocument<>(
            event, call.now, new String(call.request.body(), StandardCharsets.UTF_8)));
    String location = device.href(call.base()) + "/lel/" + device.logEvents.size();
    return call.created(location)
        .change(
            "LogEvent "
                + event.logEventCode()
                + " (function set "
                + event.functionSet()
                + ") from EndDevice "
                + device.href(call.base()));
  }
}
