package io.sep2.tls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADBlockCipher;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.CCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * Records as TLS uses CCM_8 (a fresh nonce and the record header as associated data per record,
 * 8-byte tag): what this cipher seals, Bouncy Castle's own CCM opens and the other way round, for
 * small and large records in any order; after a large record the cipher is a new one.
 */
class RecordSizedCcmTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final KeyParameter KEY = new KeyParameter(bytes(16));

  @Test
  void sealsAndOpensRecordsOfEverySizeAsBouncyCastlesOwnCcm() throws Exception {
    RecordSizedCcm ours = new RecordSizedCcm();
    CCMModeCipher theirs = CCMBlockCipher.newInstance(AESEngine.newInstance());
    for (int size : new int[] {0, 1, 100, 2048, 2049, 16384, 10, 16384, 300}) {
      byte[] plain = bytes(size);
      byte[] nonce = bytes(12);
      byte[] header = bytes(13);

      byte[] sealed = run(ours, true, nonce, header, plain);

      assertThat(sealed).isEqualTo(run(theirs, true, nonce, header, plain));
      assertThat(run(theirs, false, nonce, header, sealed)).isEqualTo(plain);
      assertThat(run(ours, false, nonce, header, sealed)).isEqualTo(plain);
    }
  }

  @Test
  void aLargeRecordLeavesANewCipherBehindASmallOneKeepsIt() throws Exception {
    RecordSizedCcm ours = new RecordSizedCcm();
    CCMModeCipher first = ours.current();

    run(ours, true, bytes(12), bytes(13), bytes(RecordSizedCcm.KEEP_BYTES - 13));
    assertThat(ours.current()).as("after a small record").isSameAs(first);

    byte[] plain = bytes(16384);
    byte[] nonce = bytes(12);
    byte[] header = bytes(13);
    run(ours, true, nonce, header, plain);
    assertThat(ours.current()).as("after a 16 KiB record").isNotSameAs(first);
    CCMModeCipher theirs = CCMBlockCipher.newInstance(AESEngine.newInstance());
    run(theirs, true, nonce, header, plain);
    assertThat(ours.getMac()).as("the large record's MAC").isEqualTo(theirs.getMac());
  }

  @Test
  void aTamperedLargeRecordIsRefusedAndTheNextRecordStillOpens() throws Exception {
    RecordSizedCcm ours = new RecordSizedCcm();
    CCMModeCipher theirs = CCMBlockCipher.newInstance(AESEngine.newInstance());
    byte[] nonce = bytes(12);
    byte[] header = bytes(13);
    byte[] sealed = run(theirs, true, nonce, header, bytes(8000));
    sealed[100] ^= 1;

    assertThatThrownBy(() -> run(ours, false, nonce, header, sealed))
        .isInstanceOf(InvalidCipherTextException.class);

    byte[] plain = bytes(50);
    byte[] nextNonce = bytes(12);
    byte[] next = run(theirs, true, nextNonce, header, plain);
    assertThat(run(ours, false, nextNonce, header, next)).isEqualTo(plain);
  }

  private static byte[] run(
      AEADBlockCipher cipher, boolean encrypt, byte[] nonce, byte[] header, byte[] input)
      throws InvalidCipherTextException {
    cipher.init(encrypt, new AEADParameters(KEY, 64, nonce, null));
    cipher.processAADBytes(header, 0, header.length);
    byte[] out = new byte[cipher.getOutputSize(input.length)];
    int n = cipher.processBytes(input, 0, input.length, out, 0);
    n += cipher.doFinal(out, n);
    return Arrays.copyOf(out, n);
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
