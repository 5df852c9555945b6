package io.sep2.utility.internal;

import java.util.List;

/**
 * Thrown by a resource handler to answer with an HTTP error: a 2030.5 {@code Error} document
 * (reasonCode, message) where the standard allows a body, and the message as a finding in the
 * recording. Never leaves the utility server.
 */
final class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** 2030.5 Error reasonCode: the request was not well-formed or not the expected resource. */
  static final int INVALID_REQUEST_FORMAT = 0;

  /** 2030.5 Error reasonCode: the request was well-formed but a value is not acceptable. */
  static final int INVALID_REQUEST_VALUES = 1;

  /** 2030.5 Error reasonCode: a resource limit was reached. */
  static final int RESOURCE_LIMIT_REACHED = 2;

  private final int status;
  private final int reasonCode;
  private final List<String> allow;

  private Refusal(int status, int reasonCode, String message, List<String> allow) {
    super(message, null, false, false);
    this.status = status;
    this.reasonCode = reasonCode;
    this.allow = allow;
  }

  /** 400: not well-formed, the wrong element, a required element missing. */
  static Refusal badRequest(String message) {
    return new Refusal(400, INVALID_REQUEST_FORMAT, message, List.of());
  }

  /** 400: well-formed, but a value is wrong (e.g. an sFDI that is not the client's). */
  static Refusal invalidValue(String message) {
    return new Refusal(400, INVALID_REQUEST_VALUES, message, List.of());
  }

  /** 403: the client may not do this (another device's resource, another device's sFDI). */
  static Refusal forbidden(String message) {
    return new Refusal(403, INVALID_REQUEST_VALUES, message, List.of());
  }

  /** 404: no such resource. */
  static Refusal notFound(String message) {
    return new Refusal(404, INVALID_REQUEST_VALUES, message, List.of());
  }

  /** 405 with the methods the resource takes. */
  static Refusal methodNotAllowed(String message, List<String> allow) {
    return new Refusal(405, INVALID_REQUEST_FORMAT, message, List.copyOf(allow));
  }

  /** 413: the body is over the limit. */
  static Refusal tooLarge(String message) {
    return new Refusal(413, RESOURCE_LIMIT_REACHED, message, List.of());
  }

  /** 415: not {@code application/sep+xml}. */
  static Refusal unsupportedMediaType(String message) {
    return new Refusal(415, INVALID_REQUEST_FORMAT, message, List.of());
  }

  int status() {
    return status;
  }

  int reasonCode() {
    return reasonCode;
  }

  List<String> allow() {
    return allow;
  }
}
