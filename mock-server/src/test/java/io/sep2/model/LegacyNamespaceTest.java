package io.sep2.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Documents in the 2013 namespace http://ieee.org/2030.5 are read, every mapping reported. */
class LegacyNamespaceTest {

  private final Sep2Xml xml = Sep2Xml.create();

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void derCapabilityRatingsAreRenamed() {
    ReadResult<DerCapability> read =
        xml.read(
            bytes(
                """
                <DERCapability xmlns="http://ieee.org/2030.5" href="/edev/3/der/1/dercap">
                  <modesSupported>00000001</modesSupported>
                  <rtgA><multiplier>0</multiplier><value>32</value></rtgA>
                  <rtgMinPF><displacement>85</displacement><multiplier>-2</multiplier></rtgMinPF>
                  <rtgMinPFNeg><displacement>-80</displacement><multiplier>-2</multiplier></rtgMinPFNeg>
                  <rtgVA><multiplier>3</multiplier><value>6</value></rtgVA>
                  <rtgW><multiplier>3</multiplier><value>5</value></rtgW>
                  <type>4</type>
                </DERCapability>
                """),
            DerCapability.class);
    DerCapability c = read.orElseThrow();
    assertThat(c.rtgMaxA()).contains(new CurrentRms(0, 32));
    assertThat(c.rtgMinPFOverExcited()).contains(new PowerFactor(85, -2));
    assertThat(c.rtgMinPFUnderExcited()).contains(new PowerFactor(80, -2));
    assertThat(c.rtgMaxVA()).contains(new ApparentPower(3, 6));
    assertThat(c.rtgMaxW()).isEqualTo(new ActivePower(3, 5));
    assertThat(read.findings())
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("2013 namespace"))
        .anySatisfy(m -> assertThat(m).contains("rtgW of DERCapability mapped to rtgMaxW"))
        .anySatisfy(m -> assertThat(m).contains("rtgA of DERCapability mapped to rtgMaxA"))
        .anySatisfy(m -> assertThat(m).contains("rtgMinPFNeg").contains("sign reversed"))
        .hasSize(6);
    assertThat(read.findings().get(1).line()).isEqualTo(3);
  }

  @Test
  void opModFixedPfBecomesInjectWithExcitationFromItsSign() {
    ReadResult<DerControl> read =
        xml.read(
            bytes(
                """
                <DERControl xmlns="http://ieee.org/2030.5">
                  <mRID>B1A2C3D4E5F60718293A4B5C6D7E8F90</mRID>
                  <creationTime>1700000000</creationTime>
                  <EventStatus><currentStatus>1</currentStatus><dateTime>1700000000</dateTime>\
                <potentiallySuperseded>false</potentiallySuperseded></EventStatus>
                  <interval><duration>600</duration><start>1700000000</start></interval>
                  <DERControlBase>
                    <opModFixedPF><displacement>-95</displacement><multiplier>-2</multiplier></opModFixedPF>
                  </DERControlBase>
                </DERControl>
                """),
            DerControl.class);
    assertThat(read.errors()).isEmpty();
    assertThat(read.orElseThrow().derControlBase().opModFixedPFInjectW())
        .contains(new PowerFactorWithExcitation(95, true, -2));
    assertThat(read.findings())
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("opModFixedPF of DERControlBase mapped to"));
  }

  @Test
  void endDeviceListLoadShedDeviceCategoryIsRenamedInsideTheList() {
    ReadResult<EndDeviceList> read =
        xml.read(
            bytes(
                "<EndDeviceList xmlns=\"http://ieee.org/2030.5\" all=\"1\" results=\"1\">"
                    + "<EndDevice><loadShedDeviceCategory>00000002</loadShedDeviceCategory>"
                    + "<sFDI>167261211391</sFDI><changedTime>0</changedTime></EndDevice>"
                    + "</EndDeviceList>"),
            EndDeviceList.class);
    assertThat(read.orElseThrow().endDevices().get(0).deviceCategory()).hasValue(2L);
    assertThat(read.findings())
        .extracting(Finding::path)
        .contains("/EndDeviceList/EndDevice/loadShedDeviceCategory");
  }

  @Test
  void renamesAreNotAppliedToTheCurrentNamespace() {
    ReadResult<DerSettings> read =
        xml.read(
            bytes(
                "<DERSettings xmlns=\"urn:ieee:std:2030.5:ns\"><setGradW>1</setGradW>"
                    + "<setMaxW><multiplier>0</multiplier><value>1</value></setMaxW>"
                    + "<setMinPF><displacement>9</displacement><multiplier>-1</multiplier></setMinPF>"
                    + "<updatedTime>0</updatedTime></DERSettings>"),
            DerSettings.class);
    assertThat(read.orElseThrow().setMinPFOverExcited()).isEmpty();
    assertThat(read.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("unknown element").contains("setMinPF"));
  }

  @Test
  void theRenameTableHasOneEntryPerTypeAndOldName() {
    assertThat(LegacyRenames.TABLE).hasSize(14);
    assertThat(LegacyRenames.TABLE.stream().map(r -> r.parent() + "/" + r.oldName()).distinct())
        .hasSize(14);
  }
}
