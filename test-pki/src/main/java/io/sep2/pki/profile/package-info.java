/**
 * The IEEE 2030.5 certificate profile as executable rules: {@link io.sep2.pki.profile.ProfileCheck}
 * checks a chain for a {@link io.sep2.pki.profile.CertificateRole} and reports {@link
 * io.sep2.pki.profile.Finding}s whose ids are listed in {@link io.sep2.pki.profile.Rule}.
 */
package io.sep2.pki.profile;
