/**
 * The README section sep2:generate-pki and sep2:serve add to a PKI directory.
 *
 * <p><b>Not API.</b> Internal to sep2-testkit: public only so its own packages can use it; it may
 * change in any release without notice.
 */
package io.sep2.maven.internal.pki;
