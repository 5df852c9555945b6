package io.sep2.verify.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Bouncy Castle's JSSE provider quiet while the checks run: it logs every security property
 * it reads through {@code java.util.logging} at INFO, which would clutter the build log. The
 * previous level is restored on {@link #close()}.
 */
public final class BcjsseLogging implements AutoCloseable {

  private final Logger logger;
  private final Level previous;

  private BcjsseLogging(Logger logger, Level previous) {
    this.logger = logger;
    this.previous = previous;
  }

  /**
   * Raises the level of the {@code org.bouncycastle.jsse} loggers to SEVERE.
   *
   * @param quiet false to leave logging as it is (e.g. with {@code mvn -X})
   */
  public static BcjsseLogging quiet(boolean quiet) {
    Logger logger = Logger.getLogger("org.bouncycastle.jsse");
    Level previous = logger.getLevel();
    if (quiet) {
      logger.setLevel(Level.SEVERE);
    }
    return new BcjsseLogging(logger, previous);
  }

  @Override
  public void close() {
    logger.setLevel(previous);
  }
}
