package io.sep2.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Sep2Xml} made of a document: the value when it could be read, the {@linkplain
 * #errors() errors} that stopped it otherwise, and the {@linkplain #findings() findings} that did
 * not stop it (unknown elements, 2013 names mapped, a CSIP-AUS element in the wrong namespace...).
 * Reading stops at the first error, so there is at most one. Immutable.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {

  private final T value;
  private final List<Finding> findings;
  private final List<Finding> errors;

  private ReadResult(T value, List<Finding> findings, List<Finding> errors) {
    this.value = value;
    this.findings = List.copyOf(findings);
    this.errors = List.copyOf(errors);
  }

  static <T> ReadResult<T> success(T value, List<Finding> findings) {
    return new ReadResult<>(Objects.requireNonNull(value, "value"), findings, List.of());
  }

  static <T> ReadResult<T> failure(Finding error, List<Finding> findings) {
    return new ReadResult<>(null, findings, List.of(error));
  }

  /** Returns the value read, or empty when an error stopped the read. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** True when the document was read (there may still be findings). */
  public boolean isOk() {
    return value != null;
  }

  /** Returns what was noticed without stopping the read; empty for a clean document. */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns the error that stopped the read, or an empty list when it was read. */
  public List<Finding> errors() {
    return errors;
  }

  /**
   * Returns the value.
   *
   * @throws IllegalStateException with the errors in its message when the read failed
   */
  public T orElseThrow() {
    if (value == null) {
      throw new IllegalStateException("document could not be read: " + errors);
    }
    return value;
  }

  @Override
  public String toString() {
    return value != null
        ? "ReadResult[value=" + value + ", findings=" + findings + "]"
        : "ReadResult[errors=" + errors + ", findings=" + findings + "]";
  }
}
