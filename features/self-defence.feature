Feature: Self-defence under Article 51
  Article 51 of the UN Charter preserves the inherent right of individual or collective
  self-defence "if an armed attack occurs", subject to necessity, proportionality and immediacy,
  until the Council acts (Nicaragua, ICJ Reports 1986, paras 191-200; Oil Platforms, 2003, para 43).

  Scenario: Self-defence against a grave armed attack by the target state, meeting every condition, is lawful
    Given a proposed intervention based on individual self-defence
    When the case is assessed
    Then ART51-ATTACK is met
    And ART51-ATTRIBUTION is met
    And ART51-NECESSITY is met
    And ART51-PROPORTIONALITY is met
    And ART51-IMMEDIACY is met
    And ART51-REPORT is met
    And ART51-COUNCIL is met
    And ART51-SD is met
    And ART51-CONTESTED is not applicable
    And ART51-ANTICIPATORY is not applicable
    And ART51-UNWILLING is not applicable
    And ART51-COLLECTIVE is not applicable
    And UNC-2-4 is met
    And the legality verdict is lawful

  Scenario: Without an armed attack there is no right of self-defence
    Given a proposed intervention based on individual self-defence
    And self_defence.armed_attack is none
    When the case is assessed
    Then ART51-ATTACK is breached
    And ART51-SD is breached
    And ART51-CONTESTED is breached
    And the legality verdict is unlawful

  Scenario: A use of force below the gravity of an armed attack does not open self-defence
    Given a proposed intervention based on individual self-defence
    And self_defence.attack_description is a frontier incident and the supply of arms to rebels
    And self_defence.attack_scale is below_threshold
    When the case is assessed
    Then ART51-ATTACK is breached
    And the reason for ART51-ATTACK mentions "below the threshold of an armed attack"
    And ART51-SD is breached
    And the legality verdict is unlawful

  Scenario: Anticipatory self-defence against a grave imminent attack is contested
    Given a proposed intervention based on individual self-defence
    And self_defence.armed_attack is imminent
    When the case is assessed
    Then ART51-ATTACK is breached
    And ART51-ANTICIPATORY is met
    And ART51-SD is breached
    And ART51-CONTESTED is met
    And the reason for ART51-CONTESTED mentions "anticipatory self-defence"
    And the legality verdict is contested

  Scenario: An imminent use of force below the gravity of an armed attack gives no right even on the contested view
    Given a proposed intervention based on individual self-defence
    And self_defence.armed_attack is imminent
    And self_defence.attack_scale is below_threshold
    When the case is assessed
    Then ART51-ANTICIPATORY is breached
    And ART51-CONTESTED is breached
    And the legality verdict is unlawful

  Scenario: Whether an imminent attack would be grave is unknown, so the contested claim is undetermined
    Given a proposed intervention based on individual self-defence
    And self_defence.armed_attack is imminent
    And self_defence.attack_scale is unknown
    When the case is assessed
    Then ART51-ANTICIPATORY is undetermined
    And ART51-ANTICIPATORY needs self_defence.attack_scale
    And ART51-CONTESTED is undetermined
    And the legality verdict is undetermined

  Scenario: Self-defence against a non-state actor whose attacks the Council has recognised is lawful
    Given a proposed intervention based on individual self-defence
    And self_defence.attack_by is non_state_actor
    And self_defence.council_recognised_right is true
    When the case is assessed
    Then ART51-ATTRIBUTION is met
    And ART51-UNWILLING is not applicable
    And ART51-SD is met
    And the legality verdict is lawful

  Scenario: Self-defence against a non-state actor on a state unwilling or unable to stop it is contested
    Given a proposed intervention based on individual self-defence
    And self_defence.attack_by is non_state_actor
    And self_defence.council_recognised_right is false
    And self_defence.territorial_state_unwilling_or_unable is true
    When the case is assessed
    Then ART51-ATTRIBUTION is breached
    And ART51-UNWILLING is met
    And ART51-SD is breached
    And ART51-CONTESTED is met
    And the reason for ART51-CONTESTED mentions "unwilling or unable"
    And UNC-2-4 is breached
    And the legality verdict is contested

  Scenario: Force against a non-state actor on a state willing and able to act against it is unlawful
    Given a proposed intervention based on individual self-defence
    And self_defence.attack_by is non_state_actor
    And self_defence.council_recognised_right is false
    And self_defence.territorial_state_unwilling_or_unable is false
    When the case is assessed
    Then ART51-ATTRIBUTION is breached
    And ART51-UNWILLING is breached
    And ART51-CONTESTED is breached
    And the legality verdict is unlawful

  Scenario: Whether the territorial state is unwilling or unable is unknown, so the contested claim is undetermined
    Given a proposed intervention based on individual self-defence
    And self_defence.attack_by is non_state_actor
    And self_defence.council_recognised_right is false
    And self_defence.territorial_state_unwilling_or_unable is unknown
    When the case is assessed
    Then ART51-UNWILLING is undetermined
    And ART51-CONTESTED needs self_defence.territorial_state_unwilling_or_unable
    And the legality verdict is undetermined

  Scenario: Who carried out the attack is unknown, so attribution is undetermined
    Given a proposed intervention based on individual self-defence
    And self_defence.attack_by is unknown
    When the case is assessed
    Then ART51-ATTRIBUTION is undetermined
    And ART51-SD is undetermined
    And ART51-SD needs self_defence.attack_by
    And the legality verdict is undetermined

  Scenario: Force that is not necessary to repel the attack is not self-defence
    Given a proposed intervention based on individual self-defence
    And self_defence.necessity is false
    When the case is assessed
    Then ART51-NECESSITY is breached
    And ART51-SD is breached
    And ART51-CONTESTED is breached
    And the legality verdict is unlawful

  Scenario: Force disproportionate to repelling the attack is not self-defence
    Given a proposed intervention based on individual self-defence
    And self_defence.proportionality is false
    When the case is assessed
    Then ART51-PROPORTIONALITY is breached
    And the reason for ART51-PROPORTIONALITY mentions "beyond what repelling the attack requires"
    And ART51-SD is breached
    And the legality verdict is unlawful

  Scenario: A response long after the attack has ended is an armed reprisal, not self-defence
    Given a proposed intervention based on individual self-defence
    And self_defence.immediacy is false
    When the case is assessed
    Then ART51-IMMEDIACY is breached
    And the reason for ART51-IMMEDIACY mentions "armed reprisal"
    And ART51-SD is breached
    And the legality verdict is unlawful

  Scenario: Self-defence not reported to the Council breaches Article 51's procedure but remains lawful
    Given a proposed intervention based on individual self-defence
    And self_defence.reported_to_council is false
    When the case is assessed
    Then ART51-REPORT is breached
    And the reason for ART51-REPORT mentions "does not by itself defeat the claim"
    And ART51-SD is met
    And the legality verdict is lawful

  Scenario: Whether the measures were reported is unknown, which does not affect the verdict
    Given a proposed intervention based on individual self-defence
    And self_defence.reported_to_council is unknown
    When the case is assessed
    Then ART51-REPORT is undetermined
    And ART51-REPORT needs self_defence.reported_to_council
    And ART51-SD is met
    And the legality verdict is lawful

  Scenario: Once the Council has taken the measures necessary, the right of self-defence gives way
    Given a proposed intervention based on individual self-defence
    And self_defence.council_measures_taken is true
    When the case is assessed
    Then ART51-COUNCIL is breached
    And ART51-SD is breached
    And the legality verdict is unlawful

  Scenario: Whether the Council has taken the measures necessary is unknown, so self-defence is undetermined
    Given a proposed intervention based on individual self-defence
    And self_defence.council_measures_taken is unknown
    When the case is assessed
    Then ART51-COUNCIL is undetermined
    And ART51-SD needs self_defence.council_measures_taken
    And the legality verdict is undetermined

  Scenario: Collective self-defence at the request of a state that declared itself attacked is lawful
    Given a proposed intervention based on collective self-defence
    When the case is assessed
    Then ART51-COLLECTIVE is met
    And the reason for ART51-COLLECTIVE mentions "State C"
    And ART51-SD is met
    And the legality verdict is lawful

  Scenario: Collective self-defence without the victim's request is unlawful
    Given a proposed intervention based on collective self-defence
    And self_defence.victim_requested_assistance is false
    When the case is assessed
    Then ART51-COLLECTIVE is breached
    And the reason for ART51-COLLECTIVE mentions "own assessment"
    And ART51-SD is breached
    And ART51-CONTESTED is breached
    And the legality verdict is unlawful

  Scenario: Collective self-defence for a state that has not declared itself attacked is unlawful
    Given a proposed intervention based on collective self-defence
    And self_defence.victim_declared_attack is false
    When the case is assessed
    Then ART51-COLLECTIVE is breached
    And the legality verdict is unlawful

  Scenario: Whether the victim requested assistance is unknown, so collective self-defence is undetermined
    Given a proposed intervention based on collective self-defence
    And self_defence.victim_requested_assistance is unknown
    When the case is assessed
    Then ART51-COLLECTIVE is undetermined
    And ART51-SD needs self_defence.victim_requested_assistance
    And the legality verdict is undetermined

  Scenario: Whether an armed attack occurred is unknown, so self-defence is undetermined and names the fact
    Given a proposed intervention based on individual self-defence
    And self_defence.armed_attack is unknown
    When the case is assessed
    Then ART51-ATTACK is undetermined
    And ART51-ANTICIPATORY is undetermined
    And ART51-SD is undetermined
    And ART51-SD needs self_defence.armed_attack
    And ART51-CONTESTED is undetermined
    And UNC-2-4 is undetermined
    And the legality verdict is undetermined

  Scenario: Whether force is necessary is unknown, so self-defence is undetermined
    Given a proposed intervention based on individual self-defence
    And self_defence.necessity is unknown
    When the case is assessed
    Then ART51-NECESSITY is undetermined
    And ART51-SD needs self_defence.necessity
    And the legality verdict is undetermined

  Scenario: Whether the force is proportionate is unknown, so self-defence is undetermined
    Given a proposed intervention based on individual self-defence
    And self_defence.proportionality is unknown
    When the case is assessed
    Then ART51-PROPORTIONALITY is undetermined
    And ART51-SD needs self_defence.proportionality
    And the legality verdict is undetermined

  Scenario: Whether the response is close in time to the attack is unknown, so self-defence is undetermined
    Given a proposed intervention based on individual self-defence
    And self_defence.immediacy is unknown
    When the case is assessed
    Then ART51-IMMEDIACY is undetermined
    And ART51-SD needs self_defence.immediacy
    And the legality verdict is undetermined

  Scenario: Self-defence is not in issue when it is not claimed
    Given a proposed intervention based on consent
    When the case is assessed
    Then ART51-ATTACK is not applicable
    And ART51-ATTRIBUTION is not applicable
    And ART51-NECESSITY is not applicable
    And ART51-PROPORTIONALITY is not applicable
    And ART51-IMMEDIACY is not applicable
    And ART51-REPORT is not applicable
    And ART51-COUNCIL is not applicable
    And ART51-SD is not applicable
    And ART51-CONTESTED is not applicable
    And TREATY-51 is not applicable

  Scenario: A collective-defence treaty invoked against an armed attack operates lawfully through Article 51
    Given a proposed intervention based on collective self-defence
    And claimed_bases is [collective_defence_treaty]
    When the case is assessed
    Then ART51-COLLECTIVE is met
    And TREATY-51 is met
    And ART51-SD is met
    And the legality verdict is lawful

  Scenario: A collective-defence treaty is no legal basis of its own where no armed attack has occurred
    Given a proposed intervention based on collective self-defence
    And claimed_bases is [collective_defence_treaty]
    And self_defence.armed_attack is none
    When the case is assessed
    Then TREATY-51 is breached
    And the reason for TREATY-51 mentions "not a legal basis of its own"
    And ART51-ATTACK is breached
    And the legality verdict is unlawful

  Scenario: A collective-defence treaty invoked without the victim's request is still bound by Article 51
    Given a proposed intervention based on collective self-defence
    And claimed_bases is [collective_defence_treaty]
    And self_defence.victim_requested_assistance is false
    When the case is assessed
    Then ART51-COLLECTIVE is breached
    And TREATY-51 is breached
    And the legality verdict is unlawful

  Scenario: Whether an armed attack occurred is unknown, so force under a collective-defence treaty is undetermined
    Given a proposed intervention based on collective self-defence
    And claimed_bases is [collective_defence_treaty]
    And self_defence.armed_attack is unknown
    When the case is assessed
    Then TREATY-51 is undetermined
    And TREATY-51 needs self_defence.armed_attack
    And the legality verdict is undetermined
