Feature: Collective-defence treaties operate only through Article 51
  A collective-defence treaty (North Atlantic Treaty art 5, Rio Treaty art 3, TEU art 42(7)) is no
  legal basis of its own: force under it needs an armed attack, the victim's request and every
  condition of self-defence under UN Charter art 51 (Nicaragua, ICJ Reports 1986, paras 195, 199).

  Scenario: Force under a collective-defence treaty meeting every condition of Article 51 is lawful
    Given a proposed intervention based on Collective Defence Treaty
    When the case is assessed
    Then TREATY-51 is met
    And the reason for TREATY-51 mentions "within Article 51"
    And ART51-ATTACK is met
    And ART51-COLLECTIVE is met
    And ART51-SD is met
    And UNC-2-4 is met
    And the legality verdict is lawful

  Scenario: Without an armed attack, a collective-defence treaty gives no basis for force
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.armed_attack is none
    When the case is assessed
    Then ART51-ATTACK is breached
    And ART51-SD is breached
    And TREATY-51 is breached
    And the reason for TREATY-51 mentions "not a legal basis of its own"
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: A use of force below the gravity of an armed attack does not trigger the treaty's collective defence
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.attack_scale is below_threshold
    When the case is assessed
    Then ART51-ATTACK is breached
    And TREATY-51 is breached
    And the legality verdict is unlawful

  Scenario: A treaty claim needs the victim's request for assistance, as collective self-defence does
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.victim_requested_assistance is false
    When the case is assessed
    Then ART51-COLLECTIVE is breached
    And the reason for ART51-COLLECTIVE mentions "own assessment"
    And TREATY-51 is breached
    And the legality verdict is unlawful

  Scenario: A treaty claim needs the victim to declare itself the victim of an armed attack
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.victim_declared_attack is false
    When the case is assessed
    Then ART51-COLLECTIVE is breached
    And TREATY-51 is breached
    And the legality verdict is unlawful

  Scenario: Whether the victim requested assistance is unknown, so force under the treaty is undetermined
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.victim_requested_assistance is unknown
    When the case is assessed
    Then ART51-COLLECTIVE is undetermined
    And ART51-COLLECTIVE needs self_defence.victim_requested_assistance
    And TREATY-51 is undetermined
    And the legality verdict is undetermined

  Scenario: Whether force is necessary is unknown, so force under the treaty is undetermined
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.necessity is unknown
    When the case is assessed
    Then ART51-NECESSITY is undetermined
    And ART51-SD needs self_defence.necessity
    And TREATY-51 is undetermined
    And the legality verdict is undetermined

  Scenario: Disproportionate force is not saved by the treaty commitment
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.proportionality is false
    When the case is assessed
    Then ART51-PROPORTIONALITY is breached
    And TREATY-51 is breached
    And the legality verdict is unlawful

  Scenario: Once the Council has taken the measures necessary, the treaty gives no further right to use force
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.council_measures_taken is true
    When the case is assessed
    Then ART51-COUNCIL is breached
    And TREATY-51 is breached
    And the legality verdict is unlawful

  Scenario: Against an attack that is only imminent, the treaty claim is no stronger than anticipatory self-defence
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.armed_attack is imminent
    When the case is assessed
    Then ART51-ANTICIPATORY is met
    And TREATY-51 is breached
    And ART51-CONTESTED is met
    And the legality verdict is contested

  Scenario: The treaty works through Article 51 against a non-state actor's attacks the Council recognised as engaging self-defence
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.attack_by is non_state_actor
    And self_defence.council_recognised_right is true
    And self_defence.attack_description is terrorist attacks on State C, the right of self-defence recognised in S/RES/9995 (2015)
    When the case is assessed
    Then ART51-ATTRIBUTION is met
    And TREATY-51 is met
    And the legality verdict is lawful

  Scenario: Failing to report to the Council is evidence against the claim but does not defeat force under the treaty
    Given a proposed intervention based on Collective Defence Treaty
    And self_defence.reported_to_council is false
    When the case is assessed
    Then ART51-REPORT is breached
    And TREATY-51 is met
    And the legality verdict is lawful

  Scenario: A treaty claimed alongside collective self-defence is assessed under the same conditions
    Given a proposed intervention based on Collective Defence Treaty
    And claimed_bases is [collective_defence_treaty, collective_self_defence]
    And self_defence.victim_requested_assistance is false
    When the case is assessed
    Then ART51-COLLECTIVE is breached
    And TREATY-51 is breached
    And ART51-SD is breached
    And the legality verdict is unlawful

  Scenario: The treaty rule is not in issue when no collective-defence treaty is relied on
    Given a proposed intervention based on regional enforcement with Council authorisation
    When the case is assessed
    Then TREATY-51 is not applicable
    And ART51-COLLECTIVE is not applicable
