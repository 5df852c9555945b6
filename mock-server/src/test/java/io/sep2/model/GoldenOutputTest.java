package io.sep2.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The exact bytes of a few documents: namespaces, prefixes, order and number formats. */
class GoldenOutputTest {

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  private final Sep2Xml indented = Sep2Xml.create().withIndentation(true);

  @Test
  void deviceCapability() {
    assertThat(indented.writeString(GoldenSamples.deviceCapability()))
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <DeviceCapability xmlns="urn:ieee:std:2030.5:ns" href="/dcap" pollRate="900">
              <TimeLink href="/tm"/>
              <EndDeviceListLink href="/edev" all="1"/>
              <MirrorUsagePointListLink href="/mup" all="0"/>
              <SelfDeviceLink href="/sdev"/>
            </DeviceCapability>
            """);
  }

  @Test
  void endDeviceWithCsipAusConnectionPointLink() {
    assertThat(indented.writeString(GoldenSamples.endDevice()))
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <EndDevice xmlns="urn:ieee:std:2030.5:ns" xmlns:csipaus="https://csipaus.org/ns" \
            href="/edev/0" subscribable="0">
              <DERListLink href="/edev/0/der" all="1"/>
              <lFDI>3E4F45AB31EDFE5B67E343E5E4562E31984E23E5</lFDI>
              <sFDI>167261211391</sFDI>
              <changedTime>1700000000</changedTime>
              <enabled>true</enabled>
              <FunctionSetAssignmentsListLink href="/edev/0/fsa" all="1"/>
              <RegistrationLink href="/edev/0/rg"/>
              <csipaus:ConnectionPointLink href="/edev/0/cp"/>
            </EndDevice>
            """);
  }

  @Test
  void derControlWithCsipAusExportLimit() {
    assertThat(indented.writeString(GoldenSamples.derControl()))
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <DERControl xmlns="urn:ieee:std:2030.5:ns" xmlns:csipaus="https://csipaus.org/ns" \
            href="/derp/0/derc/1" replyTo="/rsps/0/rsp" responseRequired="03">
              <mRID>B1A2C3D4E5F60718293A4B5C6D7E8F90</mRID>
              <description>export limit 5 kW</description>
              <creationTime>1700000000</creationTime>
              <EventStatus>
                <currentStatus>0</currentStatus>
                <dateTime>1700000000</dateTime>
                <potentiallySuperseded>false</potentiallySuperseded>
              </EventStatus>
              <interval>
                <duration>1800</duration>
                <start>1700003600</start>
              </interval>
              <DERControlBase>
                <opModConnect>true</opModConnect>
                <csipaus:opModExpLimW>
                  <multiplier>0</multiplier>
                  <value>5000</value>
                </csipaus:opModExpLimW>
              </DERControlBase>
            </DERControl>
            """);
  }

  @Test
  void errorCompact() {
    assertThat(Sep2Xml.create().writeString(GoldenSamples.error()))
        .isEqualTo(
            DECLARATION
                + "<Error xmlns=\"urn:ieee:std:2030.5:ns\"><maxRetryDuration>60</maxRetryDuration>"
                + "<reasonCode>1</reasonCode></Error>");
  }

  @Test
  void documentsWithoutCsipAusElementsDeclareOnlyTheDefaultNamespace() {
    String xml = Sep2Xml.create().writeString(GoldenSamples.deviceCapability());
    assertThat(xml).doesNotContain("csipaus").doesNotContain("xmlns=\"\"").contains("xmlns=");
    assertThat(xml.indexOf("xmlns")).isEqualTo(xml.lastIndexOf("xmlns"));
  }

  @Test
  void csipAusPrefixIsDeclaredOnceOnTheRoot() {
    String xml = Sep2Xml.create().writeString(FullSamples.derControlList());
    assertThat(xml.split("xmlns:csipaus=", -1)).hasSize(2);
    assertThat(xml).doesNotContain("wstxns").doesNotContain("xmlns=\"\"");
  }
}
