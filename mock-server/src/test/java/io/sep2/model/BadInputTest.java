package io.sep2.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reading answers every input with a result, never an exception, and refuses hostile input. */
class BadInputTest {

  private static final String NS = " xmlns=\"urn:ieee:std:2030.5:ns\"";
  private final Sep2Xml xml = Sep2Xml.create();

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String time(String inner) {
    return "<Time"
        + NS
        + ">"
        + (inner == null
            ? "<currentTime>1</currentTime><dstEndTime>2</dstEndTime><dstOffset>3600</dstOffset>"
                + "<dstStartTime>4</dstStartTime><quality>7</quality><tzOffset>36000</tzOffset>"
            : inner)
        + "</Time>";
  }

  private Finding onlyError(ReadResult<?> result) {
    assertThat(result.isOk()).as(result.toString()).isFalse();
    assertThat(result.value()).isEmpty();
    assertThat(result.errors()).hasSize(1);
    return result.errors().get(0);
  }

  @Test
  void aGoodDocumentReads() {
    assertThat(xml.read(bytes(time(null)), Time.class).orElseThrow().quality()).isEqualTo(7);
  }

  @Test
  void wrongRootElementNamesExpectedAndActual() {
    Finding error = onlyError(xml.read(xml.write(GoldenSamples.endDevice()), DerControl.class));
    assertThat(error.message())
        .isEqualTo("wrong root element: expected DERControl, found EndDevice");
    assertThat(error.line()).isEqualTo(1);
  }

  @Test
  void rootElementInAForeignNamespaceIsAnError() {
    Finding error = onlyError(xml.read(bytes("<Time xmlns=\"urn:other\"/>"), Time.class));
    assertThat(error.message()).contains("urn:other").contains("urn:ieee:std:2030.5:ns");
  }

  @Test
  void unknownRootElementIsAnErrorForTheGenericReader() {
    assertThat(onlyError(xml.read(bytes("<Foo" + NS + "/>"))).message())
        .contains("Foo is not a 2030.5 document type");
  }

  @Test
  void notWellFormedGivesLineAndColumn() {
    Finding error =
        onlyError(xml.read(bytes("<Time" + NS + ">\n  <currentTime>1</Time>"), Time.class));
    assertThat(error.message()).startsWith("not well-formed");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).isPositive();
  }

  @Test
  void missingRequiredElementIsNamed() {
    String inner =
        "<dstEndTime>2</dstEndTime><dstOffset>3600</dstOffset>"
            + "<dstStartTime>4</dstStartTime><quality>7</quality><tzOffset>36000</tzOffset>";
    assertThat(onlyError(xml.read(bytes(time(inner)), Time.class)).message())
        .isEqualTo("Time: required element currentTime is missing");
  }

  @Test
  void missingRequiredElementOfASmallTypeIsNamed() {
    String doc =
        "<DERControl"
            + NS
            + "><mRID>B1A2C3D4E5F60718293A4B5C6D7E8F90</mRID><creationTime>0</creationTime>"
            + "<EventStatus><currentStatus>1</currentStatus><dateTime>0</dateTime>"
            + "<potentiallySuperseded>0</potentiallySuperseded></EventStatus>"
            + "<interval><start>0</start></interval><DERControlBase/></DERControl>";
    Finding error = onlyError(xml.read(bytes(doc), DerControl.class));
    assertThat(error.message()).isEqualTo("DateTimeInterval: required element duration is missing");
    assertThat(error.path()).isEqualTo("/DERControl/interval");
  }

  @Test
  void valueOutOfRangeShowsElementAndValue() {
    String doc = time(null).replace("<quality>7</quality>", "<quality>300</quality>");
    Finding error = onlyError(xml.read(bytes(doc), Time.class));
    assertThat(error.message()).isEqualTo("quality must be between 0 and 255 (UInt8), was 300");
    assertThat(error.path()).isEqualTo("/Time/quality");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.column()).isPositive();
  }

  @Test
  void unparseableValuesShowElementAndValue() {
    Finding time =
        onlyError(
            xml.read(
                bytes(time(null).replace("<currentTime>1<", "<currentTime>noon<")), Time.class));
    assertThat(time.message()).contains("currentTime").contains("'noon'").contains("TimeType");
    Finding number = onlyError(xml.read(bytes(time(null).replace(">3600<", ">1.5<")), Time.class));
    assertThat(number.message()).contains("dstOffset").contains("1.5");
    Finding hex =
        onlyError(
            xml.read(
                bytes(
                    "<DERStatus"
                        + NS
                        + "><alarmStatus>XYZ</alarmStatus><readingTime>0</readingTime></DERStatus>"),
                DerStatus.class));
    assertThat(hex.message()).contains("alarmStatus").contains("'XYZ'").contains("HexBinary32");
    Finding mrid =
        onlyError(
            xml.read(
                bytes("<ResponseSet" + NS + "><mRID>12</mRID></ResponseSet>"), ResponseSet.class));
    assertThat(mrid.message()).contains("mRID").contains("'12'");
    Finding bool =
        onlyError(
            xml.read(
                bytes(
                    "<EndDevice"
                        + NS
                        + "><sFDI>1</sFDI><changedTime>0</changedTime><enabled>yes</enabled>"
                        + "</EndDevice>"),
                EndDevice.class));
    assertThat(bool.message()).contains("enabled").contains("'yes'");
  }

  @Test
  void unknownElementsAreFindingsNotErrors() {
    ReadResult<Time> read =
        xml.read(
            bytes(time(null).replace("<quality>", "<leapSecond>1</leapSecond><quality>")),
            Time.class);
    assertThat(read.isOk()).isTrue();
    assertThat(read.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains("leapSecond");
              assertThat(f.line()).isEqualTo(1);
            });
  }

  @Test
  void elementsOfOtherNamespacesAreNotBoundByLocalName() {
    ReadResult<Time> read =
        xml.read(
            bytes(
                time(null)
                    .replace(
                        "<quality>7</quality>",
                        "<quality>7</quality><x:quality xmlns:x=\"urn:x\">9</x:quality>")),
            Time.class);
    assertThat(read.orElseThrow().quality()).isEqualTo(7);
    assertThat(read.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("{urn:x}quality"));
  }

  @Test
  void csipAusElementInTheSepNamespaceIsAcceptedWithAFinding() {
    String doc =
        "<DERControlBase"
            + NS
            + "><opModExpLimW><multiplier>0</multiplier><value>1</value>"
            + "</opModExpLimW></DERControlBase>";
    String control =
        xml.writeString(GoldenSamples.derControl())
            .replaceAll("<DERControlBase>.*</DERControlBase>", doc.replace(NS, ""));
    ReadResult<DerControl> read = xml.read(bytes(control), DerControl.class);
    assertThat(read.orElseThrow().derControlBase().opModExpLimW()).contains(new ActivePower(0, 1));
    assertThat(read.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("opModExpLimW belongs in the CSIP-AUS"));
  }

  @Test
  void documentWithoutNamespaceIsReadWithAFinding() {
    ReadResult<Time> read = xml.read(bytes(time(null).replace(NS, "")), Time.class);
    assertThat(read.isOk()).isTrue();
    assertThat(read.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("no namespace"));
  }

  @Test
  void unknownXsiTypeInANotificationIsAnError() {
    String doc =
        "<Notification"
            + NS
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<subscribedResource>/a</subscribedResource><Resource xsi:type=\"Bogus\"/>"
            + "<status>0</status><subscriptionURI>/s</subscriptionURI></Notification>";
    assertThat(onlyError(xml.read(bytes(doc), Notification.class)).message()).contains("Bogus");
  }

  @Test
  @Timeout(5)
  void billionLaughsIsRefusedNotExpanded() {
    StringBuilder dtd =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE Time [<!ENTITY l0 \"ha\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]><Time" + NS + "><currentTime>&l10;</currentTime></Time>");
    Finding error = onlyError(xml.read(bytes(dtd.toString()), Time.class));
    assertThat(error.message()).contains("DTD");
  }

  @Test
  void externalEntitiesAreRefused() {
    String doc =
        "<?xml version=\"1.0\"?><!DOCTYPE Time [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<Time"
            + NS
            + "><currentTime>&e;</currentTime></Time>";
    ReadResult<Time> read = xml.read(bytes(doc), Time.class);
    assertThat(onlyError(read).message()).contains("DTD").doesNotContain("root:");
  }

  @Test
  void undeclaredEntityReferenceIsAnError() {
    Finding error = onlyError(xml.read(bytes(time("<currentTime>&e;</currentTime>")), Time.class));
    assertThat(error.message()).startsWith("not well-formed");
  }

  @Test
  void tenMegabyteBodyIsRefusedWithoutParsing() {
    byte[] big = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThat(onlyError(xml.read(big, Time.class)).message())
        .contains("larger than 1048576 bytes");
    assertThat(onlyError(xml.read(new ByteArrayInputStream(big), Time.class)).message())
        .contains("larger than");
  }

  @Test
  @Timeout(5)
  void deepNestingIsRefused() {
    String open = "<a>".repeat(100_000);
    Finding error = onlyError(xml.read(bytes(time(open)), Time.class));
    assertThat(error.message()).contains("nest");
  }

  @Test
  void emptyAndGarbageInputAreErrors() {
    onlyError(xml.read(new byte[0], Time.class));
    onlyError(xml.read(bytes("not xml at all"), Time.class));
    onlyError(xml.read(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2}));
    onlyError(xml.read(bytes(time(null) + "<Time" + NS + "/>"), Time.class));
  }

  @Test
  void nullInputThrowsNullPointerException() {
    assertThatThrownBy(() -> xml.read((byte[]) null, Time.class))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> xml.read(new byte[0], null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> xml.read((java.io.InputStream) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void mutatedDocumentsNeverThrow() {
    byte[] good = xml.write(FullSamples.derControlList());
    Random random = new Random(2030_5);
    for (int i = 0; i < 2000; i++) {
      byte[] mutated = good.clone();
      for (int j = 0; j < 1 + random.nextInt(4); j++) {
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(128);
      }
      ReadResult<Sep2Document> read = xml.read(mutated);
      assertThat(read.isOk() || !read.errors().isEmpty()).isTrue();
    }
  }
}
