package io.sep2.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A seeded PKI is generated once per JVM and shape; anything else is generated anew. */
class SeededPkiCacheTest {

  @Test
  void theSameSeedAndOptionsGiveTheSameInstance() {
    Sep2Pki first = Sep2Pki.builder().seed("cache-same").chainLength(3).build();
    Sep2Pki second = Sep2Pki.builder().seed("cache-same").chainLength(3).build();

    assertThat(second).isSameAs(first);
  }

  @Test
  void everyOptionIsPartOfTheShape() {
    Sep2Pki base = Sep2Pki.builder().seed("cache-shape").build();

    assertThat(Sep2Pki.builder().seed("cache-shape-2").build()).isNotSameAs(base);
    Sep2Pki shorter = Sep2Pki.builder().seed("cache-shape").chainLength(2).build();
    assertThat(shorter).isNotSameAs(base);
    assertThat(shorter.device().chain()).hasSize(2);
    Sep2Pki otherType = Sep2Pki.builder().seed("cache-shape").hardwareType("1.3.6.1.4.1.9").build();
    assertThat(otherType.hardwareType()).isEqualTo("1.3.6.1.4.1.9");
    Sep2Pki twoDevices =
        Sep2Pki.builder().seed("cache-shape").addDevice("a", "S1").addDevice("b", "S2").build();
    assertThat(twoDevices.devices()).extracting(HeldCertificate::name).containsExactly("a", "b");
    Sep2Pki otherSerial = Sep2Pki.builder().seed("cache-shape").addDevice("a", "S9").build();
    assertThat(otherSerial.device().certificate()).isNotEqualTo(twoDevices.device().certificate());
    Sep2Pki noHosts = Sep2Pki.builder().seed("cache-shape").serverHostnames().build();
    assertThat(noHosts.serverHostnames()).isEmpty();
    Instant later = Instant.parse("2024-06-01T00:00:00Z");
    Sep2Pki laterStart = Sep2Pki.builder().seed("cache-shape").notBefore(later).build();
    assertThat(laterStart.serca().certificate().getNotBefore().toInstant()).isEqualTo(later);
    assertThat(base.serca().certificate().getNotBefore().toInstant())
        .isEqualTo(Sep2Pki.DEFAULT_NOT_BEFORE);
  }

  @Test
  void aPkiWithoutSeedIsNeverShared() {
    assertThat(Sep2Pki.builder().build()).isNotSameAs(Sep2Pki.builder().build());
  }

  @Test
  void keepsOnlyTheMostRecentlyUsedShapes() {
    Sep2Pki any = Sep2Pki.builder().seed("cache-bound").chainLength(2).build();
    SeededPkiCache<Integer> cache = new SeededPkiCache<>();
    AtomicInteger generated = new AtomicInteger();
    Supplier<Sep2Pki> generate =
        () -> {
          generated.incrementAndGet();
          return any;
        };
    for (int i = 0; i <= SeededPkiCache.CAPACITY; i++) {
      cache.get(i, generate);
    }
    assertThat(cache.size()).isEqualTo(SeededPkiCache.CAPACITY);
    assertThat(generated).hasValue(SeededPkiCache.CAPACITY + 1);

    cache.get(SeededPkiCache.CAPACITY, generate); // still kept
    assertThat(generated).hasValue(SeededPkiCache.CAPACITY + 1);
    cache.get(0, generate); // the eldest was dropped: generated again
    assertThat(generated).hasValue(SeededPkiCache.CAPACITY + 2);
  }

  @Test
  void twoThreadsGeneratingTheSameShapeBothGetTheOneKept() throws Exception {
    SeededPkiCache<String> cache = new SeededPkiCache<>();
    Sep2Pki a = Sep2Pki.builder().seed("cache-race-a").chainLength(2).build();
    Sep2Pki b = Sep2Pki.builder().seed("cache-race-b").chainLength(2).build();
    CountDownLatch bothGenerating = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Sep2Pki> first = pool.submit(() -> cache.get("k", () -> await(bothGenerating, a)));
      Future<Sep2Pki> second = pool.submit(() -> cache.get("k", () -> await(bothGenerating, b)));
      Sep2Pki one = first.get(10, TimeUnit.SECONDS);
      Sep2Pki other = second.get(10, TimeUnit.SECONDS);

      assertThat(one).isSameAs(other).isIn(a, b);
      assertThat(cache.get("k", () -> null)).isSameAs(one);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Sep2Pki await(CountDownLatch latch, Sep2Pki result) {
    latch.countDown();
    try {
      assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return result;
  }
}
