package io.sep2.tls.internal;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADBlockCipher;
import org.bouncycastle.crypto.modes.CCMBlockCipher;

/**
 * AES-CCM for one direction of a connection that keeps no copy of a record.
 *
 * <p>CCM cannot stream: Bouncy Castle's {@link CCMBlockCipher} copies a whole record into a buffer
 * of its own before it encrypts or decrypts it, and that buffer stays at the size of the largest
 * record for the cipher's life: up to 16 KiB per direction, held while the connection is idle, once
 * a device has fetched a long list or posted a large reading set. Bouncy Castle's TLS hands a
 * record over in one {@code processBytes} call followed by {@code doFinal}; this cipher remembers
 * where that record is and seals or opens it in place with {@link CCMBlockCipher#processPacket},
 * which needs no buffer (and saves the copy). Any other sequence of calls (several {@code
 * processBytes}, {@code processByte}) goes through the buffering {@code CCMBlockCipher} as before.
 *
 * <p>The in-place path asks what Bouncy Castle's {@code TlsAEADCipher} does: the record's bytes
 * stay unchanged between {@code processBytes} and {@code doFinal}, and the output is either another
 * array or the very same region (sealed and opened where the record lies).
 */
final class InPlaceCcm implements AEADBlockCipher {

  // the constructor, not newInstance: processPacket, the in-place path, is not on CCMModeCipher
  @SuppressWarnings("deprecation")
  private final CCMBlockCipher ccm = new CCMBlockCipher(AESEngine.newInstance());

  // the record of a single processBytes call, not yet given to the cipher
  private byte[] pending;
  private int pendingOffset;
  private int pendingLength;
  private boolean buffering;

  @Override
  public void init(boolean forEncryption, CipherParameters params) {
    forget();
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
    ccm.processAADByte(in);
  }

  @Override
  public void processAADBytes(byte[] in, int inOff, int len) {
    ccm.processAADBytes(in, inOff, len);
  }

  @Override
  public int processByte(byte in, byte[] out, int outOff) {
    buffer();
    return ccm.processByte(in, out, outOff);
  }

  @Override
  public int processBytes(byte[] in, int inOff, int len, byte[] out, int outOff) {
    if (pending == null && !buffering) {
      if (inOff < 0 || len < 0 || inOff > in.length - len) {
        throw new DataLengthException("input buffer too short");
      }
      pending = in;
      pendingOffset = inOff;
      pendingLength = len;
      return 0;
    }
    buffer();
    return ccm.processBytes(in, inOff, len, out, outOff);
  }

  /** Whether a record waits to be sealed or opened in place (for tests). */
  boolean holdsRecordInPlace() {
    return pending != null;
  }

  @Override
  public int doFinal(byte[] out, int outOff) throws InvalidCipherTextException {
    if (buffering || pending == null) {
      forget();
      return ccm.doFinal(out, outOff);
    }
    try {
      return ccm.processPacket(pending, pendingOffset, pendingLength, out, outOff);
    } finally {
      forget();
      ccm.reset();
    }
  }

  @Override
  public byte[] getMac() {
    return ccm.getMac();
  }

  @Override
  public int getUpdateOutputSize(int len) {
    return 0;
  }

  @Override
  public int getOutputSize(int len) {
    return ccm.getOutputSize(len + pendingLength);
  }

  @Override
  public void reset() {
    forget();
    ccm.reset();
  }

  /** Hands a remembered record to the buffering cipher: the caller does more than one call. */
  private void buffer() {
    if (pending != null) {
      ccm.processBytes(pending, pendingOffset, pendingLength, null, 0);
      pending = null;
      pendingLength = 0;
    }
    buffering = true;
  }

  private void forget() {
    pending = null;
    pendingLength = 0;
    buffering = false;
  }
}
