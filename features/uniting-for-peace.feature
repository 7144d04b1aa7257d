Feature: A recommendation of the General Assembly under Uniting for Peace
  When the Council fails to act because of a veto, the Assembly may recommend collective measures,
  including armed force (A/RES/377 A (V) (1950) para 1; UN Charter art 18(2)). A recommendation is
  not a binding authorisation, so force resting on it is contested; a condemnation is evidence only.

  Scenario: Force recommended by a two-thirds majority of an emergency special session after a veto is contested
    Given a proposed intervention based on Uniting for Peace recommendation
    When the case is assessed
    Then UFP-DEADLOCK is met
    And UFP-SESSION is met
    And UFP-ADOPTION is met
    And the reason for UFP-ADOPTION mentions "120-10-40"
    And UFP-FORCE is met
    And UFP-BASIS is met
    And the reason for UFP-BASIS mentions "not a binding authorisation"
    And UNC-2-4 is breached
    And the legality verdict is contested

  Scenario: However large the majority, a recommendation of force is never more than contested
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.vote is 185-0-3
    When the case is assessed
    Then UFP-BASIS is met
    And UNC-2-4 is breached
    And the legality verdict is contested

  Scenario: Without a veto in the Council, Uniting for Peace is not engaged
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.council_failed_by_veto is false
    When the case is assessed
    Then UFP-DEADLOCK is breached
    And the reason for UFP-DEADLOCK mentions "Uniting for Peace is not engaged"
    And UFP-BASIS is breached
    And the legality verdict is unlawful

  # Resolution 377 A (V) para 1 needs an emergency special session only "if not in session at the
  # time"; the rule reads the fact alone, so this scenario is the case of an Assembly not in session.
  Scenario: Where the Assembly was not in session and no emergency special session was duly convened, there is no recommendation to rely on
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.emergency_session_convened is false
    When the case is assessed
    Then UFP-SESSION is breached
    And UFP-BASIS is breached
    And the legality verdict is unlawful

  Scenario: A recommendation without a two-thirds majority of those present and voting gives no basis
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.adopted_by_two_thirds is false
    And general_assembly.vote is 90-60-40
    When the case is assessed
    Then UFP-ADOPTION is breached
    And the reason for UFP-ADOPTION mentions "90-60-40"
    And UFP-BASIS is breached
    And the legality verdict is unlawful

  Scenario: A resolution demanding only a cease-fire and withdrawal does not support force
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.recommends is ceasefire_or_withdrawal
    When the case is assessed
    Then UFP-FORCE is breached
    And the reason for UFP-FORCE mentions "not the use of armed force"
    And UFP-BASIS is breached
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: A peacekeeping force the Assembly recommends is not a recommendation of force, and rests on consent
    Given a proposed intervention based on Uniting for Peace peacekeeping force with consent
    When the case is assessed
    Then UFP-DEADLOCK is met
    And UFP-FORCE is breached
    And UFP-BASIS is breached
    And CONSENT-VALID is met
    And the legality verdict is lawful

  Scenario: Measures short of force recommended by the Assembly do not engage Article 2(4)
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.recommends is non_forcible_measures
    And measure.armed_force is false
    And measure.on_target_territory is false
    And measure.forms is [sanctions, arms_embargo]
    When the case is assessed
    Then UFP-FORCE is breached
    And UNC-2-4 is not applicable
    And the legality verdict is lawful

  Scenario: Whether the Council was blocked by a veto is unknown, so the recommendation is undetermined
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.council_failed_by_veto is unknown
    When the case is assessed
    Then UFP-DEADLOCK is undetermined
    And UFP-DEADLOCK needs general_assembly.council_failed_by_veto
    And UFP-BASIS is undetermined
    And UFP-BASIS needs general_assembly.council_failed_by_veto
    And the legality verdict is undetermined

  Scenario: Whether the emergency special session was duly convened is unknown, so the recommendation is undetermined
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.emergency_session_convened is unknown
    When the case is assessed
    Then UFP-SESSION is undetermined
    And UFP-SESSION needs general_assembly.emergency_session_convened
    And UFP-BASIS needs general_assembly.emergency_session_convened
    And the legality verdict is undetermined

  Scenario: Whether the resolution obtained two-thirds is unknown, so the recommendation is undetermined
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.adopted_by_two_thirds is unknown
    When the case is assessed
    Then UFP-ADOPTION is undetermined
    And UFP-ADOPTION needs general_assembly.adopted_by_two_thirds
    And UFP-BASIS needs general_assembly.adopted_by_two_thirds
    And the legality verdict is undetermined

  Scenario: What the Assembly recommends is unknown, so the recommendation is undetermined
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.recommends is unknown
    When the case is assessed
    Then UFP-FORCE is undetermined
    And UFP-FORCE needs general_assembly.recommends
    And UFP-BASIS needs general_assembly.recommends
    And the legality verdict is undetermined

  Scenario: An unknown fact does not matter once another condition of the recommendation fails
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.adopted_by_two_thirds is unknown
    And general_assembly.council_failed_by_veto is false
    When the case is assessed
    Then UFP-ADOPTION is undetermined
    And UFP-BASIS is breached
    And the legality verdict is unlawful

  Scenario: Before the Assembly adopted Uniting for Peace on 3 November 1950, no recommendation under it could support force
    Given a proposed intervention based on Uniting for Peace recommendation
    And date is 1950-07-07
    When the case is assessed
    Then UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: Uniting for Peace is not in issue when no Assembly recommendation is relied on
    Given a proposed intervention based on Collective Defence Treaty
    When the case is assessed
    Then UFP-DEADLOCK is not applicable
    And UFP-SESSION is not applicable
    And UFP-ADOPTION is not applicable
    And UFP-FORCE is not applicable
    And UFP-BASIS is not applicable
    And GA-CONDEMNATION is not applicable
    And the reason for GA-CONDEMNATION mentions "not recorded as having condemned"

  Scenario: A General Assembly condemnation is reported as evidence against the claim but does not decide legality
    Given a proposed intervention based on Collective Defence Treaty
    And general_assembly.condemns_action is true
    And general_assembly.resolution is A/RES/70/999
    And general_assembly.vote is 70-40-60
    When the case is assessed
    Then GA-CONDEMNATION is breached
    And the reason for GA-CONDEMNATION mentions "evidence against the acting states' legal claims"
    And the reason for GA-CONDEMNATION mentions "70-40-60"
    And TREATY-51 is met
    And the legality verdict is lawful

  Scenario: The Assembly's condemnation of the OECS intervention in Grenada (1983) accompanies an unlawful verdict, whatever else is unknown
    Given a proposed intervention based on regional enforcement in Grenada 1983
    When the case is assessed
    Then GA-CONDEMNATION is breached
    And the reason for GA-CONDEMNATION mentions "A/RES/38/7 (1983) (108-9-27)"
    And REG-53-1 is breached
    And REG-103 is breached
    And REG-COMPETENCE is undetermined
    And REG-ORGAN is undetermined
    And REG-AUTH is breached
    And the legality verdict is unlawful

  Scenario: Whether the General Assembly condemned the action is unknown, which leaves the verdict as it was
    Given a proposed intervention based on Uniting for Peace recommendation
    And general_assembly.condemns_action is unknown
    When the case is assessed
    Then GA-CONDEMNATION is undetermined
    And GA-CONDEMNATION needs general_assembly.condemns_action
    And the legality verdict is contested
