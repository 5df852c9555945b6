/**
 * Internal: the procedure engine (interceptor, ticker, actions, checks, expressions). Not API; it
 * may change in any release.
 */
package io.sep2.procedure.internal;
