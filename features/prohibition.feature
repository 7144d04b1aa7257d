Feature: The prohibition of the use of force
  Article 2(4) of the UN Charter forbids the use of armed force against another state unless an
  accepted exception applies (Corfu Channel, ICJ Reports 1949, p 35; Nicaragua, ICJ Reports 1986,
  para 188). Measures short of force do not engage it, and some claimed bases are no exception.

  Scenario: Sanctions and an arms embargo do not engage the prohibition and are lawful
    Given a proposed intervention based on non-forcible measures
    When the case is assessed
    Then UNC-2-4 is not applicable
    And the reason for UNC-2-4 mentions "not a use of armed force"
    And the legality verdict is lawful

  Scenario: Force used neither on the target's territory nor against its forces does not engage the prohibition
    Given a proposed intervention based on non-forcible measures
    And measure.armed_force is true
    And measure.on_target_territory is false
    When the case is assessed
    Then UNC-2-4 is not applicable
    And the legality verdict is lawful

  Scenario: Armed force on another state's territory with no legal basis claimed is unlawful
    Given a proposed intervention based on non-forcible measures
    And measure.armed_force is true
    And measure.on_target_territory is true
    And measure.forms is [air_strikes]
    When the case is assessed
    Then UNC-2-4 is breached
    And the reason for UNC-2-4 mentions "State B"
    And the legality verdict is unlawful

  Scenario: Armed force within an accepted exception respects the prohibition
    Given a proposed intervention based on individual self-defence
    When the case is assessed
    Then UNC-2-4 is met
    And the legality verdict is lawful

  Scenario: Whether the measures amount to armed force is unknown, so the prohibition is undetermined
    Given a proposed intervention based on non-forcible measures
    And measure.armed_force is unknown
    And measure.on_target_territory is true
    When the case is assessed
    Then UNC-2-4 is undetermined
    And UNC-2-4 needs measure.armed_force
    And the legality verdict is undetermined

  Scenario: An implied or revived authorisation is not a legal basis for force
    Given a proposed intervention based on Security Council authorisation
    And date is 2003-03-20
    And claimed_bases is [implied_authorisation]
    And security_council.authorising_language is serious_consequences
    When the case is assessed
    Then REJ-IMPLIED is breached
    And the reason for REJ-IMPLIED mentions "authorises force only if it says so expressly"
    And UNSC-AUTH is not applicable
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: A warning of "serious consequences" relied on as Council authorisation is no authorisation either
    Given a proposed intervention based on Security Council authorisation
    And date is 2003-03-20
    And claimed_bases is [security_council_authorisation, implied_authorisation]
    And security_council.authorising_language is serious_consequences
    When the case is assessed
    Then UNSC-42 is breached
    And REJ-IMPLIED is breached
    And the legality verdict is unlawful

  Scenario: Unilateral humanitarian intervention is not a legal basis for force
    Given a proposed intervention based on humanitarian intervention
    When the case is assessed
    Then REJ-HUMANITARIAN is breached
    And the reason for REJ-HUMANITARIAN mentions "bears on legitimacy, not on legality"
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: The protection of nationals abroad is not an independent legal basis for force
    Given a proposed intervention based on non-forcible measures
    And measure.armed_force is true
    And measure.on_target_territory is true
    And measure.forms is [ground_forces]
    And claimed_bases is [protection_of_nationals]
    When the case is assessed
    Then REJ-NATIONALS is breached
    And the reason for REJ-NATIONALS mentions "not an independent exception"
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: Rescuing nationals can be lawful only as self-defence, assessed on its own conditions
    Given a proposed intervention based on individual self-defence
    And claimed_bases is [protection_of_nationals, self_defence]
    When the case is assessed
    Then REJ-NATIONALS is breached
    And ART51-SD is met
    And the legality verdict is lawful

  Scenario: A rejected basis is not in issue when it is not claimed
    Given a proposed intervention based on individual self-defence
    When the case is assessed
    Then REJ-IMPLIED is not applicable
    And REJ-HUMANITARIAN is not applicable
    And REJ-NATIONALS is not applicable

  Scenario: When the bases claimed are unknown, neither the rejected bases nor the verdict can be settled
    Given a proposed intervention based on non-forcible measures
    And measure.armed_force is true
    And measure.on_target_territory is true
    And claimed_bases is unknown
    When the case is assessed
    Then REJ-IMPLIED is undetermined
    And REJ-HUMANITARIAN is undetermined
    And REJ-NATIONALS is undetermined
    And REJ-NATIONALS needs claimed_bases
    And UNC-2-4 is undetermined
    And the legality verdict is undetermined
