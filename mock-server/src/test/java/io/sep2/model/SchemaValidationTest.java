package io.sep2.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document type, fully populated, is valid against the IEEE schema; those with CSIP-AUS
 * elements against the CSIP-AUS schema. The schemas cannot be shipped: these tests run with {@code
 * -Dsep2.schema=/path/to/sep.xsd} (CSIP-AUS schemas beside it) and are skipped otherwise.
 */
class SchemaValidationTest {

  private static SchemaValidator validator;

  @BeforeAll
  static void compileSchema() throws IOException {
    String path = System.getProperty("sep2.schema");
    if (path != null && !path.isBlank() && Files.isRegularFile(Path.of(path))) {
      validator = SchemaValidator.forSepSchema(Path.of(path));
    }
  }

  @BeforeEach
  void requireSchema() {
    // per test, so that without the schema every test shows as skipped, not as absent
    assumeTrue(
        validator != null, "set -Dsep2.schema to the path of sep.xsd to run the schema tests");
  }

  static Stream<Sep2Document> samples() {
    return FullSamples.all().stream();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("samples")
  void everyFullyPopulatedDocumentIsValid(Sep2Document sample) {
    byte[] xml = Sep2Xml.create().write(sample);
    assertThat(validator.validate(xml)).as(text(xml)).isEmpty();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("samples")
  void withoutCsipAusElementsEveryDocumentIsValidAgainstPlainSepXsd(Sep2Document sample) {
    byte[] xml = Sep2Xml.create().write(WithoutCsipAus.strip(sample));
    assertThat(text(xml)).doesNotContain("csipaus");
    assertThat(validator.validateSep(xml)).as(text(xml)).isEmpty();
  }

  @Test
  void csipAusSchemaIsFoundBesideSepXsd() {
    assumeTrue(validator.hasCsipAus(), "no csipaus-core*.xsd beside sep.xsd");
    byte[] xml = Sep2Xml.create().write(FullSamples.derControl());
    assertThat(text(xml)).contains("csipaus:opModExpLimW");
    assertThat(validator.validateCsipAus(xml)).isEmpty();
    assertThat(validator.validateSep(xml)).isNotEmpty();
  }

  @Test
  void csipAusRequiresDoeModesSupportedOnDerCapability() {
    assumeTrue(validator.hasCsipAus(), "no csipaus-core*.xsd beside sep.xsd");
    DerCapability plain = FullSamples.derCapability().toBuilder().doeModesSupported(null).build();
    byte[] xml = Sep2Xml.create().write(plain);
    assertThat(validator.validateSep(xml)).isEmpty();
    assertThat(validator.validateCsipAus(xml))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("doeModesSupported"));
  }

  @Test
  void invalidDocumentsGiveFindingsWithLineAndColumn() {
    byte[] xml =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Time xmlns=\"urn:ieee:std:2030.5:ns\">\n"
                + "  <currentTime>1</currentTime>\n"
                + "  <quality>3</quality>\n"
                + "</Time>\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(validator.validate(xml))
        .isNotEmpty()
        .first()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(4);
              assertThat(f.column()).isPositive();
              assertThat(f.message()).contains("quality");
            });
  }

  @Test
  void aDtdIsNotAccepted() {
    byte[] xml =
        ("<?xml version=\"1.0\"?><!DOCTYPE Time [<!ENTITY a \"x\">]>"
                + "<Time xmlns=\"urn:ieee:std:2030.5:ns\"/>")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(validator.validate(xml)).isNotEmpty();
  }

  private static String text(byte[] xml) {
    return new String(xml, StandardCharsets.UTF_8);
  }
}
