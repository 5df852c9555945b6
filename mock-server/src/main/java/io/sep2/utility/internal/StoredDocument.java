package io.sep2.utility.internal;

import io.sep2.model.Sep2Document;
import java.time.Instant;

/**
 * A document a client PUT or POSTed, as the server keeps it: the typed value, when it arrived and
 * the text it came as.
 */
record StoredDocument<T extends Sep2Document>(T value, Instant time, String text) {}
