/**
 * The machinery behind {@link io.sep2.model.Sep2Xml} and the builders of {@code io.sep2.model}:
 * schema range checks, the Jackson set-up, the namespace-fixing writer, the guarded reader and the
 * 2013-namespace rename table. Nothing here is meant to be called by users; it may change without
 * notice.
 */
package io.sep2.model.internal;
