package io.sep2.model;

import java.util.Optional;

/**
 * A 2030.5 resource: something a server serves at a URI, or a client posts. Every resource may
 * carry its own URI in the {@code href} attribute; lists, programs, controls and devices are all
 * resources, and a {@link Notification} carries one of them.
 */
public interface Resource extends Sep2Document {

  /** Returns the URI of this resource (attribute {@code href}), or empty when absent. */
  Optional<String> href();
}
