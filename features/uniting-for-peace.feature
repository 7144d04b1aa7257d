Feature: A recommendation of the General Assembly under Uniting for Peace
  When the Council fails to act because of a veto, the Assembly may recommend collective measures,
  including armed force (A/RES/377 A (V) (1950) para 1; UN Charter art 18(2)). A recommendation is
  not a binding authorisation: force resting on it is of contested legality.

  Scenario: Force recommended by a two-thirds majority of an emergency special session after a veto is contested
    Given a proposed intervention based on Uniting for Peace
    When the case is assessed
    Then UFP-DEADLOCK is met
    And UFP-SESSION is met
    And UFP-ADOPTION is met
    And UFP-FORCE is met
    And UFP-BASIS is met
    And the reason for UFP-BASIS mentions "not a binding authorisation"
    And UNC-2-4 is breached
    And the legality verdict is contested

  Scenario: Uniting for Peace is not engaged where the Council was not blocked by a veto
    Given a proposed intervention based on Uniting for Peace
    And general_assembly.council_failed_by_veto is false
    When the case is assessed
    Then UFP-DEADLOCK is breached
    And UFP-BASIS is breached
    And the legality verdict is unlawful

  Scenario: A recommendation made outside a duly convened emergency special session gives no basis
    Given a proposed intervention based on Uniting for Peace
    And general_assembly.emergency_session_convened is false
    When the case is assessed
    Then UFP-SESSION is breached
    And UFP-BASIS is breached
    And the legality verdict is unlawful

  Scenario: A recommendation without a two-thirds majority gives no basis
    Given a proposed intervention based on Uniting for Peace
    And general_assembly.adopted_by_two_thirds is false
    And general_assembly.vote is 90-60-40
    When the case is assessed
    Then UFP-ADOPTION is breached
    And the reason for UFP-ADOPTION mentions "90-60-40"
    And UFP-BASIS is breached
    And the legality verdict is unlawful

  Scenario: A resolution demanding a cease-fire and withdrawal does not recommend force
    Given a proposed intervention based on Uniting for Peace
    And general_assembly.recommends is ceasefire_or_withdrawal
    When the case is assessed
    Then UFP-FORCE is breached
    And UFP-BASIS is breached
    And the legality verdict is unlawful

  Scenario: Whether the Council was blocked by a veto is unknown, so the recommendation is undetermined
    Given a proposed intervention based on Uniting for Peace
    And general_assembly.council_failed_by_veto is unknown
    When the case is assessed
    Then UFP-DEADLOCK is undetermined
    And UFP-BASIS is undetermined
    And UFP-BASIS needs general_assembly.council_failed_by_veto
    And the legality verdict is undetermined

  Scenario: Whether the emergency special session was duly convened is unknown
    Given a proposed intervention based on Uniting for Peace
    And general_assembly.emergency_session_convened is unknown
    When the case is assessed
    Then UFP-SESSION is undetermined
    And UFP-BASIS needs general_assembly.emergency_session_convened
    And the legality verdict is undetermined

  Scenario: Whether the resolution obtained two-thirds is unknown
    Given a proposed intervention based on Uniting for Peace
    And general_assembly.adopted_by_two_thirds is unknown
    When the case is assessed
    Then UFP-ADOPTION is undetermined
    And UFP-BASIS needs general_assembly.adopted_by_two_thirds
    And the legality verdict is undetermined

  Scenario: What the Assembly recommends is unknown
    Given a proposed intervention based on Uniting for Peace
    And general_assembly.recommends is unknown
    When the case is assessed
    Then UFP-FORCE is undetermined
    And UFP-BASIS needs general_assembly.recommends
    And the legality verdict is undetermined

  Scenario: Uniting for Peace is not in issue when no Assembly recommendation is relied on
    Given a proposed intervention based on individual self-defence
    When the case is assessed
    Then UFP-DEADLOCK is not applicable
    And UFP-SESSION is not applicable
    And UFP-ADOPTION is not applicable
    And UFP-FORCE is not applicable
    And UFP-BASIS is not applicable
    And GA-CONDEMNATION is not applicable

  Scenario: A General Assembly condemnation is evidence against the claim but does not decide legality
    Given a proposed intervention based on individual self-defence
    And general_assembly.condemns_action is true
    And general_assembly.resolution is A/RES/ES-98/1
    And general_assembly.vote is 141-5-35
    When the case is assessed
    Then GA-CONDEMNATION is breached
    And the reason for GA-CONDEMNATION mentions "141-5-35"
    And ART51-SD is met
    And the legality verdict is lawful

  Scenario: Whether the General Assembly condemned the action is unknown
    Given a proposed intervention based on individual self-defence
    And general_assembly.condemns_action is unknown
    When the case is assessed
    Then GA-CONDEMNATION is undetermined
    And GA-CONDEMNATION needs general_assembly.condemns_action
    And the legality verdict is lawful
