/**
 * The checks of sep2:verify-tls, one small final class each, and their report.
 *
 * <p><b>Not API.</b> Internal to sep2-testkit: public only so its own packages can use it; it may
 * change in any release without notice.
 */
package io.sep2.verify.internal;
