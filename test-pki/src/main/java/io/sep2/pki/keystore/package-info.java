/**
 * Key material on disk: loading PKCS12, JKS and PEM files with precise, password-free errors
 * ({@link io.sep2.pki.keystore.KeystoreLoader}, {@link io.sep2.pki.keystore.KeystoreException}),
 * writing them ({@link io.sep2.pki.keystore.KeystoreWriter}), and exporting a whole test PKI with
 * ready-to-run OpenSSL and curl commands ({@link io.sep2.pki.keystore.PkiFiles}).
 */
package io.sep2.pki.keystore;
