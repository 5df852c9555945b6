package io.sep2.utility.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the utility server answers: a status, an optional {@code Location} and {@code Allow}, an
 * optional {@code application/sep+xml} body, the findings for the recording, and a plain-words
 * description of the state change the request made (for {@code sep2:serve}'s console), if any.
 */
public final class UtilityResponse {

  private final int status;
  private final byte[] body;
  private final String location;
  private final List<String> allow;
  private final List<String> findings = new ArrayList<>();
  private String change;

  UtilityResponse(int status, byte[] body, String location, List<String> allow) {
    this.status = status;
    this.body = body;
    this.location = location;
    this.allow = List.copyOf(allow);
  }

  static UtilityResponse ok(byte[] body) {
    return new UtilityResponse(200, body, null, List.of());
  }

  static UtilityResponse created(String location) {
    return new UtilityResponse(201, null, location, List.of());
  }

  static UtilityResponse noContent(String location) {
    return new UtilityResponse(204, null, location, List.of());
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The body, or {@code null} for none. */
  public byte[] body() {
    return body;
  }

  /** The {@code Location}, or {@code null}. */
  public String location() {
    return location;
  }

  /** The {@code Allow} methods of a 405, else empty. */
  public List<String> allow() {
    return allow;
  }

  /** What the server noticed about the request. */
  public List<String> findings() {
    return List.copyOf(findings);
  }

  /** The state change the request made, in plain words, or {@code null}. */
  public String change() {
    return change;
  }

  UtilityResponse finding(String finding) {
    findings.add(finding);
    return this;
  }

  UtilityResponse findings(List<String> more) {
    findings.addAll(more);
    return this;
  }

  UtilityResponse change(String description) {
    this.change = description;
    return this;
  }
}
