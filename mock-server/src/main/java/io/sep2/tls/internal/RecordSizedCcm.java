package io.sep2.tls.internal;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADBlockCipher;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.CCMModeCipher;

/**
 * AES-CCM for one direction of a connection that does not keep a large record's buffer.
 *
 * <p>CCM cannot stream: Bouncy Castle's {@link CCMBlockCipher} collects a whole record before it
 * encrypts or decrypts it, and its buffer stays at the size of the largest record for the cipher's
 * life. On a TLS connection that is up to 16 KiB per direction, held while the connection is idle,
 * once a device has fetched a long list or posted a large reading set. After a record of more than
 * {@value #KEEP_BYTES} bytes this cipher replaces its {@code CCMBlockCipher} with a fresh one; the
 * AES key schedule is computed again for every record anyway ({@code CCMBlockCipher} initialises
 * its block cipher on each record), so the replacement costs an allocation and nothing else.
 */
final class RecordSizedCcm implements AEADBlockCipher {

  /** Records up to this many bytes (associated data and payload) keep the cipher: {@value}. */
  static final int KEEP_BYTES = 2048;

  private CCMModeCipher ccm = fresh();
  private int recordBytes;
  private byte[] lastMac;

  private static CCMModeCipher fresh() {
    return CCMBlockCipher.newInstance(AESEngine.newInstance());
  }

  /** The cipher doing the work (for tests: a new one after a large record). */
  CCMModeCipher current() {
    return ccm;
  }

  @Override
  public void init(boolean forEncryption, CipherParameters params) {
    recordBytes = 0;
    lastMac = null;
    ccm.init(forEncryption, params);
  }

  @Override
  public String getAlgorithmName() {
    return ccm.getAlgorithmName();
  }

  @Override
  public BlockCipher getUnderlyingCipher() {
    return ccm.getUnderlyingCipher();
  }

  @Override
  public void processAADByte(byte in) {
    recordBytes++;
    ccm.processAADByte(in);
  }

  @Override
  public void processAADBytes(byte[] in, int inOff, int len) {
    recordBytes += len;
    ccm.processAADBytes(in, inOff, len);
  }

  @Override
  public int processByte(byte in, byte[] out, int outOff) {
    recordBytes++;
    return ccm.processByte(in, out, outOff);
  }

  @Override
  public int processBytes(byte[] in, int inOff, int len, byte[] out, int outOff) {
    recordBytes += len;
    return ccm.processBytes(in, inOff, len, out, outOff);
  }

  @Override
  public int doFinal(byte[] out, int outOff) throws InvalidCipherTextException {
    try {
      return ccm.doFinal(out, outOff);
    } finally {
      if (recordBytes > KEEP_BYTES) {
        lastMac = ccm.getMac();
        ccm = fresh();
      }
      recordBytes = 0;
    }
  }

  @Override
  public byte[] getMac() {
    return lastMac != null ? lastMac.clone() : ccm.getMac();
  }

  @Override
  public int getUpdateOutputSize(int len) {
    return ccm.getUpdateOutputSize(len);
  }

  @Override
  public int getOutputSize(int len) {
    return ccm.getOutputSize(len);
  }

  @Override
  public void reset() {
    recordBytes = 0;
    ccm.reset();
  }
}
