package io.sep2.utility.internal;

import java.util.List;

/**
 * One page of a 2030.5 list: the items shown, {@code all} (how many there are in total, after the
 * {@code a} filter) and {@code results} (how many this page holds).
 */
record Lists<T>(List<T> items, long all, long results) {

  static <T> Lists<T> page(List<T> everything, Paging paging) {
    List<T> items = paging.page(everything);
    return new Lists<>(items, everything.size(), items.size());
  }
}
