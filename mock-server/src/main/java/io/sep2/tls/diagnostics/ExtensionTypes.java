package io.sep2.tls.diagnostics;

/**
 * Names of TLS extensions ("TLS ExtensionType Values" registry plus the widely seen unregistered
 * ones such as Chrome's {@code application_settings}), e.g. {@code 0x002B} to {@code
 * supported_versions}. Unknown codes are shown in hex, GREASE codes as {@code GREASE (0x0A0A)}.
 */
public final class ExtensionTypes {

  /** server_name (SNI, RFC 6066). */
  public static final int SERVER_NAME = 0x0000;

  /** supported_groups (RFC 8422; formerly elliptic_curves). */
  public static final int SUPPORTED_GROUPS = 0x000A;

  /** ec_point_formats (RFC 8422). */
  public static final int EC_POINT_FORMATS = 0x000B;

  /** signature_algorithms (RFC 5246/8446). */
  public static final int SIGNATURE_ALGORITHMS = 0x000D;

  /** application_layer_protocol_negotiation (ALPN, RFC 7301). */
  public static final int ALPN = 0x0010;

  /** supported_versions (RFC 8446): how a client offers TLS 1.3. */
  public static final int SUPPORTED_VERSIONS = 0x002B;

  /** key_share (RFC 8446). */
  public static final int KEY_SHARE = 0x0033;

  /** renegotiation_info (RFC 5746). */
  public static final int RENEGOTIATION_INFO = 0xFF01;

  private static final CodeTable TABLE =
      CodeTable.parse(
          """
          0000 server_name
          0001 max_fragment_length
          0002 client_certificate_url
          0003 trusted_ca_keys
          0004 truncated_hmac
          0005 status_request
          0006 user_mapping
          0007 client_authz
          0008 server_authz
          0009 cert_type
          000A supported_groups
          000B ec_point_formats
          000C srp
          000D signature_algorithms
          000E use_srtp
          000F heartbeat
          0010 application_layer_protocol_negotiation
          0011 status_request_v2
          0012 signed_certificate_timestamp
          0013 client_certificate_type
          0014 server_certificate_type
          0015 padding
          0016 encrypt_then_mac
          0017 extended_master_secret
          0018 token_binding
          0019 cached_info
          001A tls_lts
          001B compress_certificate
          001C record_size_limit
          001D pwd_protect
          001E pwd_clear
          001F password_salt
          0020 ticket_pinning
          0021 tls_cert_with_extern_psk
          0022 delegated_credential
          0023 session_ticket
          0024 TLMSP
          0025 TLMSP_proxying
          0026 TLMSP_delegate
          0027 supported_ekt_ciphers
          0029 pre_shared_key
          002A early_data
          002B supported_versions
          002C cookie
          002D psk_key_exchange_modes
          002F certificate_authorities
          0030 oid_filters
          0031 post_handshake_auth
          0032 signature_algorithms_cert
          0033 key_share
          0034 transparency_info
          0035 connection_id_deprecated
          0036 connection_id
          0037 external_id_hash
          0038 external_session_id
          0039 quic_transport_parameters
          003A ticket_request
          003B dnssec_chain
          003C sequence_number_encryption_algorithms
          003D rrc
          3374 next_protocol_negotiation
          4469 application_settings_old
          44CD application_settings
          FD00 ech_outer_extensions
          FE0D encrypted_client_hello
          FF01 renegotiation_info
          """);

  private ExtensionTypes() {}

  /** Returns the registered name, or {@code null} when unknown (or GREASE). */
  public static String name(int code) {
    return TABLE.name(code);
  }

  /** Returns the name, {@code GREASE (0x0A0A)}, or the hex code; never {@code null}. */
  public static String label(int code) {
    return TABLE.label(code);
  }
}
