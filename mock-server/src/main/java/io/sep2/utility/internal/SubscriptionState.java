package io.sep2.utility.internal;

import io.sep2.model.Subscription;
import java.time.Instant;

/**
 * One Subscription a client made: which resource, where to notify, how many items a notification of
 * a list may carry; and what the resource looked like when last notified (a notification goes out
 * whenever what the subscriber would GET changes).
 */
final class SubscriptionState {

  final long id;
  final DeviceState device;
  final String lfdi;
  final long sfdi;
  final Subscription subscription;
  final Instant created;
  byte[] lastBody;

  SubscriptionState(
      long id,
      DeviceState device,
      String lfdi,
      long sfdi,
      Subscription subscription,
      Instant created) {
    this.id = id;
    this.device = device;
    this.lfdi = lfdi;
    this.sfdi = sfdi;
    this.subscription = subscription;
    this.created = created;
  }

  String href(String base) {
    return device.href(base) + "/sub/" + id;
  }
}
