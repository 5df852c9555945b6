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
 * small and large records in any order, in place as Bouncy Castle's TLS hands records over, and
 * through the buffering cipher when a record comes in several calls.
 */
class InPlaceCcmTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final KeyParameter KEY = new KeyParameter(bytes(16));

  @Test
  void sealsAndOpensRecordsOfEverySizeAsBouncyCastlesOwnCcm() throws Exception {
    InPlaceCcm ours = new InPlaceCcm();
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
  void recordsSealedAndOpenedInPlaceAsBouncyCastlesTlsDoesMatchItsOwnCcm() throws Exception {
    InPlaceCcm ours = new InPlaceCcm();
    CCMModeCipher theirs = CCMBlockCipher.newInstance(AESEngine.newInstance());
    for (int size : new int[] {16384, 7, 2049, 16384}) {
      byte[] plain = bytes(size);
      byte[] nonce = bytes(12);
      byte[] header = bytes(13);
      // TlsAEADCipher's layout: the record at an offset, sealed into the same array in place
      int offset = 13;
      byte[] record = new byte[offset + size + 8];
      System.arraycopy(plain, 0, record, offset, size);

      ours.init(true, new AEADParameters(KEY, 64, nonce, null));
      ours.processAADBytes(header, 0, header.length);
      int n = ours.processBytes(record, offset, size, record, offset);
      assertThat(ours.holdsRecordInPlace()).isTrue();
      n += ours.doFinal(record, offset + n);
      assertThat(ours.holdsRecordInPlace()).isFalse();

      byte[] sealed = Arrays.copyOfRange(record, offset, offset + n);
      assertThat(sealed).isEqualTo(run(theirs, true, nonce, header, plain));

      ours.init(false, new AEADParameters(KEY, 64, nonce, null));
      ours.processAADBytes(header, 0, header.length);
      int m = ours.processBytes(record, offset, n, record, offset);
      m += ours.doFinal(record, offset + m);
      assertThat(Arrays.copyOfRange(record, offset, offset + m)).isEqualTo(plain);
    }
  }

  @Test
  void aRecordGivenInSeveralCallsGoesThroughTheBufferingCipher() throws Exception {
    InPlaceCcm ours = new InPlaceCcm();
    CCMModeCipher theirs = CCMBlockCipher.newInstance(AESEngine.newInstance());
    byte[] plain = bytes(5000);
    byte[] nonce = bytes(12);
    byte[] header = bytes(13);

    ours.init(true, new AEADParameters(KEY, 64, nonce, null));
    ours.processAADBytes(header, 0, header.length);
    byte[] out = new byte[ours.getOutputSize(plain.length)];
    int n = ours.processBytes(plain, 0, 3000, out, 0);
    n += ours.processByte(plain[3000], out, n);
    n += ours.processBytes(plain, 3001, plain.length - 3001, out, n);
    assertThat(ours.getOutputSize(0)).isEqualTo(plain.length + 8);
    n += ours.doFinal(out, n);

    assertThat(Arrays.copyOf(out, n)).isEqualTo(run(theirs, true, nonce, header, plain));
    assertThat(ours.getMac()).isEqualTo(theirs.getMac());
  }

  @Test
  void aTamperedLargeRecordIsRefusedAndTheNextRecordStillOpens() throws Exception {
    InPlaceCcm ours = new InPlaceCcm();
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
