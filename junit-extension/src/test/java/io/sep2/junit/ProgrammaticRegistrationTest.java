package io.sep2.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

class ProgrammaticRegistrationTest {

  @Test
  void staticRegisterExtensionGivesOneServerPerClass() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(ProgrammaticScenario.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(2).succeeded(2));
  }
}
