package io.sep2.model;

/**
 * The schema's {@code minOccurs="1"}: a builder calls these before it builds, and the messages name
 * the type and the missing element, the way a reader of the document needs them.
 */
final class Required {

  private Required() {}

  /**
   * Checks that a required element of a type built by a builder is present.
   *
   * @throws IllegalStateException naming the element when {@code value} is null
   */
  public static void present(String type, String element, Object value) {
    if (value == null) {
      throw new IllegalStateException(type + ": required element " + element + " is missing");
    }
  }

  /**
   * Checks that a required component of a small value type read from XML is present.
   *
   * @throws IllegalArgumentException naming the element when {@code value} is null
   */
  public static <T> T element(String type, String element, T value) {
    if (value == null) {
      throw new IllegalArgumentException(type + ": required element " + element + " is missing");
    }
    return value;
  }

  /**
   * Checks how often a repeated element occurs.
   *
   * @throws IllegalStateException naming the element when the count is outside min..max
   */
  public static void count(String type, String element, int count, int min, int max) {
    if (count < min || count > max) {
      throw new IllegalStateException(
          type
              + ": element "
              + element
              + " must occur "
              + min
              + " to "
              + max
              + " times, was "
              + count);
    }
  }
}
