/**
 * The default IEEE 2030.5 resources a fresh mock server answers with, as WireMock stub mappings.
 *
 * <p>A 2030.5 client knows one URI, the DeviceCapability ({@code /dcap}), and finds everything else
 * by following links: the time ({@code /tm}), its own EndDevice and function set assignments
 * ({@code /edev}), the DER programs and controls that apply to it ({@code /derp}), where to mirror
 * its meter readings ({@code /mup}). {@link io.sep2.server.internal.resources.DefaultResources}
 * serves a small, schema-ordered, link-consistent set of these so a client can complete its
 * discovery without any test setup; tests override single resources with their own stubs. The XML
 * bodies live under {@code sep2/resources/} on the class path.
 *
 * <p><b>Not API.</b> Internal to sep2-testkit: public only so its own packages can use it; it may
 * change in any release without notice.
 */
package io.sep2.server.internal.resources;
