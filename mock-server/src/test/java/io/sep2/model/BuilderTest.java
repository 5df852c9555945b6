package io.sep2.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Builders check the schema's ranges and required elements, with messages showing the value. */
class BuilderTest {

  @Test
  void rangesAreCheckedWithTheBadValueInTheMessage() {
    assertThatThrownBy(() -> DerControlBase.builder().opModFixedW(40000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("opModFixedW must be between -32768 and 32767 (Int16), was 40000");
    assertThatThrownBy(() -> DerProgram.builder().primacy(-1))
        .hasMessage("primacy must be between 0 and 255 (UInt8), was -1");
    assertThatThrownBy(() -> EndDevice.builder().sfdi(1L << 40))
        .hasMessageContaining(
            "sFDI must be between 0 and 1099511627775 (UInt40), was 1099511627776");
    assertThatThrownBy(() -> new ActivePower(0, 40000))
        .hasMessage("value must be between -32768 and 32767 (Int16), was 40000");
    assertThatThrownBy(() -> DerProgram.builder().description("x".repeat(33)))
        .hasMessageStartingWith("description must be at most 32 characters (String32), was 33");
    assertThatThrownBy(() -> Mrid.parse("ABC")).hasMessageContaining("'ABC'");
    assertThatThrownBy(() -> Lfdi.parse("00")).hasMessageContaining("'00'");
  }

  @Test
  void buildFailsNamingAMissingRequiredElement() {
    assertThatThrownBy(() -> DerProgram.builder().mrid(Mrid.random(0)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("DERProgram: required element primacy is missing");
    assertThatThrownBy(() -> DerCurve.builder().build())
        .hasMessageContaining("required element mRID is missing");
  }

  @Test
  void curveDataOccursOneToTenTimes() {
    DerCurve.Builder curve =
        DerCurve.builder()
            .mrid(Mrid.random(0))
            .creationTime(Instant.EPOCH)
            .curveType(0)
            .xMultiplier(0)
            .yMultiplier(0)
            .yRefType(2);
    assertThatThrownBy(curve::build)
        .hasMessage("DERCurve: element CurveData must occur 1 to 10 times, was 0");
    curve.curveData(Collections.nCopies(11, CurveData.of(1, 2)));
    assertThatThrownBy(curve::build).hasMessageContaining("was 11");
    assertThat(curve.curveData(Collections.nCopies(10, CurveData.of(1, 2))).build().curveData())
        .hasSize(10);
  }

  @Test
  void listCountsDefaultToTheEntries() {
    EndDeviceList list = EndDeviceList.builder().addEndDevice(GoldenSamples.endDevice()).build();
    assertThat(list.all()).isEqualTo(1);
    assertThat(list.results()).isEqualTo(1);
    assertThat(list.toBuilder().all(10L).build().all()).isEqualTo(10);
  }

  @Test
  void timesAreWholeSeconds() {
    Registration r =
        Registration.builder()
            .dateTimeRegistered(Instant.ofEpochSecond(5, 999_000_000))
            .pin(1)
            .build();
    assertThat(r.dateTimeRegistered()).isEqualTo(Instant.ofEpochSecond(5));
  }

  @Test
  void toBuilderCopiesAndChangesOnlyWhatIsSet() {
    DerControl control = GoldenSamples.derControl();
    DerControl changed = control.toBuilder().description("other").build();
    assertThat(changed).isNotEqualTo(control);
    assertThat(changed.toBuilder().description("export limit 5 kW").build()).isEqualTo(control);
    assertThat(control.toString()).contains("mRID=B1A2C3D4E5F60718293A4B5C6D7E8F90");
  }

  @Test
  void wattsPicksAMultiplierSoTheValueFitsInt16() {
    assertThat(ActivePower.watts(5000)).isEqualTo(new ActivePower(0, 5000));
    assertThat(ActivePower.watts(50_000)).isEqualTo(new ActivePower(1, 5000));
    assertThat(ActivePower.watts(-1_234_567)).isEqualTo(new ActivePower(2, -12346));
    assertThat(ActivePower.watts(32767)).isEqualTo(new ActivePower(0, 32767));
    assertThat(ActivePower.watts(50_000).watts()).isEqualTo(50_000.0);
  }

  @Test
  void randomMridEndsWithThePen() {
    assertThat(Mrid.random(0x12345678L).toString()).hasSize(32).endsWith("12345678");
    assertThat(Mrid.parse("b1a2c3d4e5f60718293a4b5c6d7e8f90").toString())
        .isEqualTo("B1A2C3D4E5F60718293A4B5C6D7E8F90");
  }
}
