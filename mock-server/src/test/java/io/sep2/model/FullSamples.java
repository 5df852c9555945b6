package io.sep2.model;

import java.time.Instant;
import java.util.List;

/** One instance of every model type with every element and attribute set. */
final class FullSamples {

  private FullSamples() {}

  /** Every document type, fully populated. */
  static List<Sep2Document> all() {
    return List.of(
        deviceCapability(),
        time(),
        selfDevice(),
        endDevice(),
        registration(),
        deviceInformation(),
        deviceStatus(),
        powerStatus(),
        der(),
        derCapability(),
        derSettings(),
        derStatus(),
        derAvailability(),
        functionSetAssignments(),
        derProgram(),
        defaultDerControl(),
        derControl(),
        derCurve(),
        responseSet(),
        response(),
        derControlResponse(),
        mirrorUsagePoint(),
        mirrorMeterReading(),
        mirrorReadingSet(),
        reading(),
        readingType(),
        logEvent(),
        subscription(),
        notification(),
        sep2Error(),
        connectionPoint(),
        endDeviceList(),
        derList(),
        functionSetAssignmentsList(),
        derProgramList(),
        derControlList(),
        derCurveList(),
        responseSetList(),
        responseList(),
        mirrorUsagePointList(),
        mirrorMeterReadingList(),
        logEventList(),
        subscriptionList());
  }

  static Link link() {
    return new Link("/r/1");
  }

  static ListLink listLink() {
    return ListLink.builder().href("/r/2").all(3603L).build();
  }

  static ActivePower activePower() {
    return new ActivePower(0, -105);
  }

  static ReactivePower reactivePower() {
    return new ReactivePower(2, -107);
  }

  static ApparentPower apparentPower() {
    return new ApparentPower(0, 1009);
  }

  static AmpereHour ampereHour() {
    return new AmpereHour(2, 1011);
  }

  static WattHour wattHour() {
    return new WattHour(0, 1013);
  }

  static VoltageRms voltageRms() {
    return new VoltageRms(2, 1015);
  }

  static CurrentRms currentRms() {
    return new CurrentRms(0, 1017);
  }

  static ReactiveSusceptance reactiveSusceptance() {
    return new ReactiveSusceptance(2, 1019);
  }

  static RealEnergy realEnergy() {
    return new RealEnergy(0, 5000000021L);
  }

  static PowerFactor powerFactor() {
    return new PowerFactor(1022, 3);
  }

  static PowerFactorWithExcitation powerFactorWithExcitation() {
    return new PowerFactorWithExcitation(1024, true, 2);
  }

  static FixedVar fixedVar() {
    return new FixedVar(28, -128);
  }

  static Temperature temperature() {
    return new Temperature(1, 31, -131);
  }

  static FreqDroop freqDroop() {
    return new FreqDroop(3632L, 3633L, 1034, 1035, 1036);
  }

  static UnitValue unitValue() {
    return new UnitValue(1, 39, -20039);
  }

  static DateTimeInterval dateTimeInterval() {
    return new DateTimeInterval(3640L, Instant.ofEpochSecond(1700002460));
  }

  static GpsLocation gpsLocation() {
    return new GpsLocation("t42", "t43");
  }

  static Condition condition() {
    return new Condition(45, -5000000045L, -5000000046L);
  }

  static CurveData curveData() {
    return CurveData.builder().excitation(true).xvalue(-20048).yvalue(-20049).build();
  }

  static ConnectStatus connectStatus() {
    return new ConnectStatus(Instant.ofEpochSecond(1700003000), 0x03);
  }

  static InverterStatus inverterStatus() {
    return new InverterStatus(Instant.ofEpochSecond(1700003120), 54);
  }

  static LocalControlModeStatus localControlModeStatus() {
    return new LocalControlModeStatus(Instant.ofEpochSecond(1700003240), 56);
  }

  static ManufacturerStatus manufacturerStatus() {
    return new ManufacturerStatus(Instant.ofEpochSecond(1700003360), "t57");
  }

  static OperationalModeStatus operationalModeStatus() {
    return new OperationalModeStatus(Instant.ofEpochSecond(1700003480), 60);
  }

  static StateOfChargeStatus stateOfChargeStatus() {
    return new StateOfChargeStatus(Instant.ofEpochSecond(1700003600), 1061);
  }

  static StorageModeStatus storageModeStatus() {
    return new StorageModeStatus(Instant.ofEpochSecond(1700003720), 64);
  }

  static PevInfo pevInfo() {
    return new PevInfo(
        activePower(),
        realEnergy(),
        activePower(),
        3667L,
        1068,
        Instant.ofEpochSecond(1700004140),
        Instant.ofEpochSecond(1700004200));
  }

  static DrlcCapabilities drlcCapabilities() {
    return new DrlcCapabilities(realEnergy(), activePower(), 0x005000D1L);
  }

  static EventStatus eventStatus() {
    return EventStatus.builder()
        .currentStatus(75)
        .dateTime(Instant.ofEpochSecond(1700004500))
        .potentiallySuperseded(false)
        .potentiallySupersededTime(Instant.ofEpochSecond(1700004620))
        .reason("t78")
        .build();
  }

  static DerControlBase derControlBase() {
    return DerControlBase.builder()
        .opModConnect(true)
        .opModEnergize(false)
        .opModFixedPFAbsorbW(powerFactorWithExcitation())
        .opModFixedPFInjectW(powerFactorWithExcitation())
        .opModFixedVar(fixedVar())
        .opModFixedW(-184)
        .opModFreqDroop(freqDroop())
        .opModFreqWatt(new Link("/l/86"))
        .opModHFRTMayTrip(new Link("/l/87"))
        .opModHFRTMustTrip(new Link("/l/88"))
        .opModHVRTMayTrip(new Link("/l/89"))
        .opModHVRTMomentaryCessation(new Link("/l/90"))
        .opModHVRTMustTrip(new Link("/l/91"))
        .opModLFRTMayTrip(new Link("/l/92"))
        .opModLFRTMustTrip(new Link("/l/93"))
        .opModLVRTMayTrip(new Link("/l/94"))
        .opModLVRTMomentaryCessation(new Link("/l/95"))
        .opModLVRTMustTrip(new Link("/l/96"))
        .opModMaxLimW(1097)
        .opModTargetVar(reactivePower())
        .opModTargetW(activePower())
        .opModVoltVar(new Link("/l/100"))
        .opModVoltWatt(new Link("/l/101"))
        .opModWattPF(new Link("/l/102"))
        .opModWattVar(new Link("/l/103"))
        .rampTms(1104)
        .opModImpLimW(activePower())
        .opModExpLimW(activePower())
        .opModGenLimW(activePower())
        .opModLoadLimW(activePower())
        .build();
  }

  static DeviceCapability deviceCapability() {
    return DeviceCapability.builder()
        .href("/r/109")
        .pollRate(3710L)
        .customerAccountListLink(listLink())
        .demandResponseProgramListLink(listLink())
        .derProgramListLink(listLink())
        .fileListLink(listLink())
        .messagingProgramListLink(listLink())
        .prepaymentListLink(listLink())
        .responseSetListLink(listLink())
        .tariffProfileListLink(listLink())
        .timeLink(new Link("/l/119"))
        .usagePointListLink(listLink())
        .endDeviceListLink(listLink())
        .mirrorUsagePointListLink(listLink())
        .selfDeviceLink(new Link("/l/123"))
        .build();
  }

  static Time time() {
    return Time.builder()
        .href("/r/124")
        .pollRate(3725L)
        .currentTime(Instant.ofEpochSecond(1700007560))
        .dstEndTime(Instant.ofEpochSecond(1700007620))
        .dstOffset(-20128)
        .dstStartTime(Instant.ofEpochSecond(1700007740))
        .localTime(Instant.ofEpochSecond(1700007800))
        .quality(132)
        .tzOffset(-20132)
        .build();
  }

  static SelfDevice selfDevice() {
    return SelfDevice.builder()
        .href("/r/133")
        .subscribable(135)
        .configurationLink(new Link("/l/135"))
        .derListLink(listLink())
        .deviceCategory(0x00500111L)
        .deviceInformationLink(new Link("/l/138"))
        .deviceStatusLink(new Link("/l/139"))
        .fileStatusLink(new Link("/l/140"))
        .ipInterfaceListLink(listLink())
        .lfdi(Lfdi.parse("3E4F45AB31EDFE5B67E343E5E4562E310000008E"))
        .loadShedAvailabilityListLink(listLink())
        .logEventListLink(listLink())
        .powerStatusLink(new Link("/l/145"))
        .sfdi(689647466646L)
        .pollRate(3747L)
        .build();
  }

  static EndDevice endDevice() {
    return EndDevice.builder()
        .href("/r/148")
        .subscribable(150)
        .configurationLink(new Link("/l/150"))
        .derListLink(listLink())
        .deviceCategory(0x00500120L)
        .deviceInformationLink(new Link("/l/153"))
        .deviceStatusLink(new Link("/l/154"))
        .fileStatusLink(new Link("/l/155"))
        .ipInterfaceListLink(listLink())
        .lfdi(Lfdi.parse("3E4F45AB31EDFE5B67E343E5E4562E310000009D"))
        .loadShedAvailabilityListLink(listLink())
        .logEventListLink(listLink())
        .powerStatusLink(new Link("/l/160"))
        .sfdi(689647466661L)
        .changedTime(Instant.ofEpochSecond(1700009720))
        .enabled(true)
        .flowReservationRequestListLink(listLink())
        .flowReservationResponseListLink(listLink())
        .functionSetAssignmentsListLink(listLink())
        .postRate(3767L)
        .registrationLink(new Link("/l/168"))
        .subscriptionListLink(listLink())
        .connectionPointLink(new Link("/l/170"))
        .build();
  }

  static Registration registration() {
    return Registration.builder()
        .href("/r/171")
        .pollRate(3772L)
        .dateTimeRegistered(Instant.ofEpochSecond(1700010380))
        .pin(3774L)
        .build();
  }

  static DeviceInformation deviceInformation() {
    return DeviceInformation.builder()
        .href("/r/175")
        .pollRate(3776L)
        .drlcCapabilities(drlcCapabilities())
        .functionsImplemented(0x0000000000001FB2L)
        .gpsLocation(gpsLocation())
        .lfdi(Lfdi.parse("3E4F45AB31EDFE5B67E343E5E4562E31000000B4"))
        .mfDate(Instant.ofEpochSecond(1700010860))
        .mfHwVer("t182")
        .mfId(3783L)
        .mfInfo("t184")
        .mfModel("t185")
        .mfSerNum("t186")
        .primaryPower(188)
        .secondaryPower(189)
        .supportedLocaleListLink(listLink())
        .swActTime(Instant.ofEpochSecond(1700011400))
        .swVer("t191")
        .build();
  }

  static DeviceStatus deviceStatus() {
    return DeviceStatus.builder()
        .href("/r/192")
        .pollRate(3793L)
        .changedTime(Instant.ofEpochSecond(1700011640))
        .onCount(1195)
        .opState(197)
        .opTime(3797L)
        .addTemperature(temperature())
        .addTemperature(temperature())
        .timeLink(new Link("/l/200"))
        .build();
  }

  static PowerStatus powerStatus() {
    return PowerStatus.builder()
        .href("/r/201")
        .pollRate(3802L)
        .batteryStatus(4)
        .changedTime(Instant.ofEpochSecond(1700012240))
        .currentPowerSource(6)
        .estimatedChargeRemaining(1206)
        .estimatedTimeRemaining(3807L)
        .pevInfo(pevInfo())
        .sessionTimeOnBattery(3809L)
        .totalTimeOnBattery(3810L)
        .build();
  }

  static Der der() {
    return Der.builder()
        .href("/r/211")
        .subscribable(13)
        .associatedDerProgramListLink(listLink())
        .associatedUsagePointLink(new Link("/l/214"))
        .currentDerProgramLink(new Link("/l/215"))
        .derAvailabilityLink(new Link("/l/216"))
        .derCapabilityLink(new Link("/l/217"))
        .derSettingsLink(new Link("/l/218"))
        .derStatusLink(new Link("/l/219"))
        .build();
  }

  static DerCapability derCapability() {
    return DerCapability.builder()
        .href("/r/220")
        .modesSupported(0x00500165L)
        .rtgAbnormalCategory(23)
        .rtgMaxA(currentRms())
        .rtgMaxAh(ampereHour())
        .rtgMaxChargeRateVA(apparentPower())
        .rtgMaxChargeRateW(activePower())
        .rtgMaxDischargeRateVA(apparentPower())
        .rtgMaxDischargeRateW(activePower())
        .rtgMaxV(voltageRms())
        .rtgMaxVA(apparentPower())
        .rtgMaxVar(reactivePower())
        .rtgMaxVarNeg(reactivePower())
        .rtgMaxW(activePower())
        .rtgMaxWh(wattHour())
        .rtgMinPFOverExcited(powerFactor())
        .rtgMinPFUnderExcited(powerFactor())
        .rtgMinV(voltageRms())
        .rtgNormalCategory(39)
        .rtgOverExcitedPF(powerFactor())
        .rtgOverExcitedW(activePower())
        .rtgReactiveSusceptance(reactiveSusceptance())
        .rtgUnderExcitedPF(powerFactor())
        .rtgUnderExcitedW(activePower())
        .rtgVNom(voltageRms())
        .type(46)
        .doeModesSupported(0x06)
        .build();
  }

  static DerSettings derSettings() {
    return DerSettings.builder()
        .href("/r/247")
        .subscribable(49)
        .modesEnabled(0x00500181L)
        .setESDelay(3850L)
        .setESHighFreq(1251)
        .setESHighVolt(-352)
        .setESLowFreq(1253)
        .setESLowVolt(-354)
        .setESRampTms(3855L)
        .setESRandomDelay(3856L)
        .setGradW(1257)
        .setMaxA(currentRms())
        .setMaxAh(ampereHour())
        .setMaxChargeRateVA(apparentPower())
        .setMaxChargeRateW(activePower())
        .setMaxDischargeRateVA(apparentPower())
        .setMaxDischargeRateW(activePower())
        .setMaxV(voltageRms())
        .setMaxVA(apparentPower())
        .setMaxVar(reactivePower())
        .setMaxVarNeg(reactivePower())
        .setMaxW(activePower())
        .setMaxWh(wattHour())
        .setMinPFOverExcited(powerFactor())
        .setMinPFUnderExcited(powerFactor())
        .setMinV(voltageRms())
        .setSoftGradW(1273)
        .setVNom(voltageRms())
        .setVRef(voltageRms())
        .setVRefOfs(voltageRms())
        .updatedTime(Instant.ofEpochSecond(1700016620))
        .doeModesEnabled(0x06)
        .build();
  }

  static DerStatus derStatus() {
    return DerStatus.builder()
        .href("/r/279")
        .subscribable(81)
        .alarmStatus(0x005001A1L)
        .genConnectStatus(connectStatus())
        .inverterStatus(inverterStatus())
        .localControlModeStatus(localControlModeStatus())
        .manufacturerStatus(manufacturerStatus())
        .operationalModeStatus(operationalModeStatus())
        .readingTime(Instant.ofEpochSecond(1700017220))
        .stateOfChargeStatus(stateOfChargeStatus())
        .storageModeStatus(storageModeStatus())
        .storConnectStatus(connectStatus())
        .build();
  }

  static DerAvailability derAvailability() {
    return DerAvailability.builder()
        .href("/r/291")
        .subscribable(93)
        .availabilityDuration(3893L)
        .maxChargeDuration(3894L)
        .readingTime(Instant.ofEpochSecond(1700017700))
        .reserveChargePercent(1296)
        .reservePercent(1297)
        .statVarAvail(reactivePower())
        .statWAvail(activePower())
        .build();
  }

  static FunctionSetAssignments functionSetAssignments() {
    return FunctionSetAssignments.builder()
        .href("/r/300")
        .customerAccountListLink(listLink())
        .demandResponseProgramListLink(listLink())
        .derProgramListLink(listLink())
        .fileListLink(listLink())
        .messagingProgramListLink(listLink())
        .prepaymentListLink(listLink())
        .responseSetListLink(listLink())
        .tariffProfileListLink(listLink())
        .timeLink(new Link("/l/309"))
        .usagePointListLink(listLink())
        .subscribable(112)
        .mrid(Mrid.parse("A0000000000000000000000000000138"))
        .description("t313")
        .version(1314)
        .build();
  }

  static DerProgram derProgram() {
    return DerProgram.builder()
        .href("/r/315")
        .subscribable(117)
        .mrid(Mrid.parse("A000000000000000000000000000013D"))
        .description("t318")
        .version(1319)
        .activeDerControlListLink(listLink())
        .defaultDerControlLink(new Link("/l/321"))
        .derControlListLink(listLink())
        .derCurveListLink(listLink())
        .primacy(125)
        .build();
  }

  static DefaultDerControl defaultDerControl() {
    return DefaultDerControl.builder()
        .href("/r/325")
        .subscribable(127)
        .mrid(Mrid.parse("A0000000000000000000000000000147"))
        .description("t328")
        .version(1329)
        .derControlBase(derControlBase())
        .setESDelay(3931L)
        .setESHighFreq(1332)
        .setESHighVolt(-433)
        .setESLowFreq(1334)
        .setESLowVolt(-435)
        .setESRampTms(3936L)
        .setESRandomDelay(3937L)
        .setGradW(1338)
        .setSoftGradW(1339)
        .build();
  }

  static DerControl derControl() {
    return DerControl.builder()
        .href("/r/340")
        .replyTo("/r/341")
        .responseRequired(0x06)
        .subscribable(144)
        .mrid(Mrid.parse("A0000000000000000000000000000158"))
        .description("t345")
        .version(1346)
        .creationTime(Instant.ofEpochSecond(1700020820))
        .eventStatus(eventStatus())
        .interval(dateTimeInterval())
        .randomizeDuration(-450)
        .randomizeStart(-451)
        .derControlBase(derControlBase())
        .deviceCategory(0x005001E9L)
        .build();
  }

  static DerCurve derCurve() {
    return DerCurve.builder()
        .href("/r/354")
        .mrid(Mrid.parse("A0000000000000000000000000000163"))
        .description("t356")
        .version(1357)
        .autonomousVRefEnable(false)
        .autonomousVRefTimeConstant(3959L)
        .creationTime(Instant.ofEpochSecond(1700021600))
        .addCurveData(curveData())
        .addCurveData(curveData())
        .curveType(164)
        .openLoopTms(1364)
        .rampDecTms(1365)
        .rampIncTms(1366)
        .rampPT1Tms(1367)
        .vRef(1368)
        .xMultiplier(1)
        .yMultiplier(2)
        .yRefType(172)
        .build();
  }

  static ResponseSet responseSet() {
    return ResponseSet.builder()
        .href("/r/372")
        .mrid(Mrid.parse("A0000000000000000000000000000175"))
        .description("t374")
        .version(1375)
        .responseListLink(listLink())
        .build();
  }

  static Response response() {
    return Response.builder()
        .href("/r/377")
        .createdDateTime(Instant.ofEpochSecond(1700022680))
        .endDeviceLfdi(Lfdi.parse("3E4F45AB31EDFE5B67E343E5E4562E310000017B"))
        .status(181)
        .subject(Mrid.parse("A000000000000000000000000000017D"))
        .build();
  }

  static DerControlResponse derControlResponse() {
    return DerControlResponse.builder()
        .href("/r/382")
        .createdDateTime(Instant.ofEpochSecond(1700022980))
        .endDeviceLfdi(Lfdi.parse("3E4F45AB31EDFE5B67E343E5E4562E3100000180"))
        .status(186)
        .subject(Mrid.parse("A0000000000000000000000000000182"))
        .build();
  }

  static MirrorUsagePoint mirrorUsagePoint() {
    return MirrorUsagePoint.builder()
        .href("/r/387")
        .mrid(Mrid.parse("A0000000000000000000000000000184"))
        .description("t389")
        .version(1390)
        .roleFlags(0x0187)
        .serviceCategoryKind(193)
        .status(194)
        .deviceLfdi(Lfdi.parse("3E4F45AB31EDFE5B67E343E5E4562E310000018A"))
        .addMirrorMeterReading(mirrorMeterReading())
        .addMirrorMeterReading(mirrorMeterReading())
        .postRate(3997L)
        .build();
  }

  static MirrorMeterReading mirrorMeterReading() {
    return MirrorMeterReading.builder()
        .href("/r/398")
        .mrid(Mrid.parse("A000000000000000000000000000018F"))
        .description("t400")
        .version(1401)
        .lastUpdateTime(Instant.ofEpochSecond(1700024120))
        .addMirrorReadingSet(mirrorReadingSet())
        .addMirrorReadingSet(mirrorReadingSet())
        .nextUpdateTime(Instant.ofEpochSecond(1700024300))
        .reading(reading())
        .readingType(readingType())
        .build();
  }

  static MirrorReadingSet mirrorReadingSet() {
    return MirrorReadingSet.builder()
        .href("/r/408")
        .mrid(Mrid.parse("A0000000000000000000000000000199"))
        .description("t410")
        .version(1411)
        .timePeriod(dateTimeInterval())
        .addReading(reading())
        .addReading(reading())
        .build();
  }

  static Reading reading() {
    return Reading.builder()
        .href("/r/415")
        .consumptionBlock(17)
        .qualityFlags(0x01A1)
        .timePeriod(dateTimeInterval())
        .touTier(20)
        .value(-5000000420L)
        .subscribable(22)
        .localID(0x01A6)
        .build();
  }

  static ReadingType readingType() {
    return ReadingType.builder()
        .href("/r/423")
        .accumulationBehaviour(25)
        .calorificValue(unitValue())
        .commodity(27)
        .conversionFactor(unitValue())
        .dataQualifier(29)
        .flowDirection(30)
        .intervalLength(4030L)
        .kind(32)
        .maxNumberOfIntervals(33)
        .numberOfConsumptionBlocks(34)
        .numberOfTouTiers(35)
        .phase(36)
        .powerOfTenMultiplier(0)
        .subIntervalLength(4037L)
        .supplyLimit(5000000438L)
        .tieredConsumptionBlocks(true)
        .uom(41)
        .build();
  }

  static LogEvent logEvent() {
    return LogEvent.builder()
        .href("/r/441")
        .createdDateTime(Instant.ofEpochSecond(1700026520))
        .details("t443")
        .extendedData(4044L)
        .functionSet(46)
        .logEventCode(47)
        .logEventID(1447)
        .logEventPEN(4048L)
        .profileID(50)
        .build();
  }

  static Subscription subscription() {
    return Subscription.builder()
        .href("/r/450")
        .subscribedResource("/r/451")
        .condition(condition())
        .encoding(54)
        .level("t454")
        .limit(4055L)
        .notificationURI("/r/456")
        .build();
  }

  static Notification notification() {
    return Notification.builder()
        .href("/r/457")
        .subscribedResource("/r/458")
        .newResourceURI("/r/459")
        .resource(endDevice())
        .status(62)
        .subscriptionURI("/r/462")
        .build();
  }

  static Sep2Error sep2Error() {
    return Sep2Error.builder().maxRetryDuration(1463).reasonCode(1464).build();
  }

  static ConnectionPoint connectionPoint() {
    return ConnectionPoint.builder().href("/r/465").connectionPointId("t466").build();
  }

  static EndDeviceList endDeviceList() {
    return EndDeviceList.builder()
        .href("/r/467")
        .subscribable(69)
        .all(7L)
        .results(2L)
        .pollRate(4069L)
        .addEndDevice(endDevice())
        .addEndDevice(endDevice())
        .build();
  }

  static DerList derList() {
    return DerList.builder()
        .href("/r/472")
        .all(7L)
        .results(2L)
        .pollRate(4073L)
        .addDer(der())
        .addDer(der())
        .build();
  }

  static FunctionSetAssignmentsList functionSetAssignmentsList() {
    return FunctionSetAssignmentsList.builder()
        .href("/r/476")
        .subscribable(78)
        .all(7L)
        .results(2L)
        .pollRate(4078L)
        .addFunctionSetAssignment(functionSetAssignments())
        .addFunctionSetAssignment(functionSetAssignments())
        .build();
  }

  static DerProgramList derProgramList() {
    return DerProgramList.builder()
        .href("/r/481")
        .subscribable(83)
        .all(7L)
        .results(2L)
        .pollRate(4083L)
        .addDerProgram(derProgram())
        .addDerProgram(derProgram())
        .build();
  }

  static DerControlList derControlList() {
    return DerControlList.builder()
        .href("/r/486")
        .subscribable(88)
        .all(7L)
        .results(2L)
        .addDerControl(derControl())
        .addDerControl(derControl())
        .build();
  }

  static DerCurveList derCurveList() {
    return DerCurveList.builder()
        .href("/r/490")
        .all(7L)
        .results(2L)
        .addDerCurve(derCurve())
        .addDerCurve(derCurve())
        .build();
  }

  static ResponseSetList responseSetList() {
    return ResponseSetList.builder()
        .href("/r/493")
        .all(7L)
        .results(2L)
        .pollRate(4094L)
        .addResponseSet(responseSet())
        .addResponseSet(responseSet())
        .build();
  }

  static ResponseList responseList() {
    return ResponseList.builder()
        .href("/r/497")
        .all(7L)
        .results(2L)
        .addResponse(response())
        .addResponse(response())
        .build();
  }

  static MirrorUsagePointList mirrorUsagePointList() {
    return MirrorUsagePointList.builder()
        .href("/r/500")
        .all(7L)
        .results(2L)
        .pollRate(4101L)
        .addMirrorUsagePoint(mirrorUsagePoint())
        .addMirrorUsagePoint(mirrorUsagePoint())
        .build();
  }

  static MirrorMeterReadingList mirrorMeterReadingList() {
    return MirrorMeterReadingList.builder()
        .href("/r/504")
        .all(7L)
        .results(2L)
        .addMirrorMeterReading(mirrorMeterReading())
        .addMirrorMeterReading(mirrorMeterReading())
        .build();
  }

  static LogEventList logEventList() {
    return LogEventList.builder()
        .href("/r/507")
        .subscribable(109)
        .all(7L)
        .results(2L)
        .pollRate(4109L)
        .addLogEvent(logEvent())
        .addLogEvent(logEvent())
        .build();
  }

  static SubscriptionList subscriptionList() {
    return SubscriptionList.builder()
        .href("/r/512")
        .all(7L)
        .results(2L)
        .pollRate(4113L)
        .addSubscription(subscription())
        .addSubscription(subscription())
        .build();
  }
}
