/**
 * The IEEE 2030.5 (Smart Energy Profile 2.0) resource model, with the CSIP-AUS v1.2 extensions, as
 * immutable Java values, and their XML form.
 *
 * <p>A 2030.5 client discovers a server from its {@link io.sep2.model.DeviceCapability}, registers
 * as an {@link io.sep2.model.EndDevice}, reports its DERs ({@link io.sep2.model.DerCapability},
 * {@link io.sep2.model.DerSettings}, {@link io.sep2.model.DerStatus}, {@link
 * io.sep2.model.DerAvailability}), follows its {@link io.sep2.model.FunctionSetAssignments} to DER
 * programs ({@link io.sep2.model.DerProgram}) and their controls ({@link io.sep2.model.DerControl},
 * {@link io.sep2.model.DefaultDerControl}, {@link io.sep2.model.DerCurve}), answers events with
 * {@link io.sep2.model.Response}s, mirrors its meter readings ({@link
 * io.sep2.model.MirrorUsagePoint}) and subscribes to changes ({@link io.sep2.model.Subscription},
 * {@link io.sep2.model.Notification}). Each of these is a final class with a builder ({@code
 * DerControl.builder()...build()}, {@code toBuilder()}); small structures such as {@link
 * io.sep2.model.ActivePower} or {@link io.sep2.model.Link} are records. Java names follow Java
 * style ({@code DerControl}); the XML names are exactly the schema's ({@code DERControl}).
 *
 * <p>Values carry the schema's types: {@link java.time.Instant} for TimeType (whole seconds),
 * {@link io.sep2.model.Mrid} and {@link io.sep2.model.Lfdi} for the identifiers, {@code int} or
 * {@code long} for numbers and hexBinary bitmaps, optional elements as {@code Optional}, {@code
 * OptionalInt} or {@code OptionalLong}. Builders check every value against its schema type and name
 * the element and the value when it does not fit.
 *
 * <p>{@link io.sep2.model.Sep2Xml} writes and reads the documents; {@link
 * io.sep2.model.SchemaValidator} checks them against your copy of the schema.
 */
package io.sep2.model;
