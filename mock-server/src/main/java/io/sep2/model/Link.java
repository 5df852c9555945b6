package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.Objects;

/**
 * A reference to another resource by its URI, as in {@code <TimeLink href="/tm"/>}: the server
 * tells clients where a resource lives and the client follows it rather than guessing paths.
 *
 * @param href the URI of the linked resource, relative to the server (e.g. {@code /tm})
 */
@JsonPropertyOrder({"href"})
public record Link(@JacksonXmlProperty(localName = "href", isAttribute = true) String href) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public Link {
    Objects.requireNonNull(href, "href");
    Ranges.uri("href", href);
  }

  @JsonCreator
  private static Link fromXml(
      @JacksonXmlProperty(localName = "href", isAttribute = true) String href) {
    return new Link(Required.element("Link", "href", href));
  }
}
