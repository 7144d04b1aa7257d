Feature: Combining the findings into a legality verdict
  Force is lawful if any accepted exception to Article 2(4) is established; otherwise contested if
  a contested basis is; otherwise undetermined if a decisive fact is unknown; otherwise unlawful
  (UN Charter arts 2(4), 42, 51; domain brief section 8).

  Scenario: Of two bases claimed, one failing and one established, the use of force is lawful
    Given a proposed intervention based on Security Council authorisation
    And claimed_bases is [security_council_authorisation, self_defence]
    And self_defence.armed_attack is none
    When the case is assessed
    Then UNSC-AUTH is met
    And ART51-SD is breached
    And UNC-2-4 is met
    And the legality verdict is lawful

  Scenario: A rejected basis claimed alongside valid consent does not make the force unlawful
    Given a proposed intervention based on consent
    And claimed_bases is [consent, humanitarian_intervention]
    When the case is assessed
    Then REJ-HUMANITARIAN is breached
    And CONSENT-VALID is met
    And the legality verdict is lawful

  Scenario: An established basis prevails over another basis whose facts are unknown
    Given a proposed intervention based on individual self-defence
    And claimed_bases is [self_defence, consent]
    And consent.given is unknown
    When the case is assessed
    Then CONSENT-VALID is undetermined
    And ART51-SD is met
    And the legality verdict is lawful

  Scenario: A contested basis established while an accepted one turns on an unknown fact is contested
    Given a proposed intervention based on individual self-defence
    And claimed_bases is [self_defence, consent]
    And self_defence.armed_attack is imminent
    And consent.given is unknown
    When the case is assessed
    Then ART51-CONTESTED is met
    And CONSENT-VALID is undetermined
    And the legality verdict is contested

  Scenario: Two bases that both fail leave the use of force unlawful
    Given a proposed intervention based on individual self-defence
    And claimed_bases is [self_defence, consent]
    And self_defence.necessity is false
    And consent.authority is government_in_effective_control
    And consent.given is false
    When the case is assessed
    Then ART51-SD is breached
    And CONSENT-VALID is breached
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: A failed basis and another turning on an unknown fact leave the verdict undetermined
    Given a proposed intervention based on individual self-defence
    And claimed_bases is [self_defence, consent]
    And self_defence.necessity is false
    And consent.withdrawn is unknown
    When the case is assessed
    Then ART51-SD is breached
    And CONSENT-VALID is undetermined
    And UNC-2-4 needs consent.withdrawn
    And the legality verdict is undetermined

  Scenario: Armed force with no legal basis claimed at all is unlawful
    Given a proposed intervention based on individual self-defence
    And claimed_bases is []
    When the case is assessed
    Then ART51-SD is not applicable
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: When it is unknown whether armed force is used and no basis is claimed, the verdict is undetermined
    Given a proposed intervention based on non-forcible measures
    And measure.armed_force is unknown
    And measure.on_target_territory is unknown
    When the case is assessed
    Then UNC-2-4 is undetermined
    And UNC-2-4 needs measure.armed_force
    And the legality verdict is undetermined

  Scenario: Authorised measures are lawful whether or not they amount to armed force
    Given a proposed intervention based on Security Council authorisation
    And measure.armed_force is unknown
    When the case is assessed
    Then UNC-2-4 is undetermined
    And UNSC-AUTH is met
    And the legality verdict is lawful

  Scenario: Measures short of force need no legal basis, even when a claimed basis fails
    Given a proposed intervention based on consent
    And measure.armed_force is false
    And measure.on_target_territory is false
    And measure.forms is [sanctions]
    And consent.given is false
    When the case is assessed
    Then UNC-2-4 is not applicable
    And CONSENT-VALID is breached
    And the legality verdict is lawful

  Scenario: Accepted and contested bases both established give a lawful verdict
    Given a proposed intervention based on consent
    And claimed_bases is [consent, uniting_for_peace]
    And general_assembly.council_failed_by_veto is true
    And general_assembly.emergency_session_convened is true
    And general_assembly.adopted_by_two_thirds is true
    And general_assembly.recommends is use_of_force
    When the case is assessed
    Then UFP-BASIS is met
    And CONSENT-VALID is met
    And the legality verdict is lawful
