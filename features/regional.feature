Feature: Enforcement action by regional arrangements (Chapter VIII)
  No enforcement action may be taken under regional arrangements without the authorisation of the
  Security Council (UN Charter arts 52-54); a regional treaty cannot dispense with it (art 103),
  and an endorsement given only afterwards is a contested basis.

  Scenario: Regional enforcement authorised beforehand by the Council and decided by the competent organ is lawful
    Given a proposed intervention based on regional enforcement
    When the case is assessed
    Then REG-52-1 is met
    And REG-52-2 is met
    And REG-53-1 is met
    And REG-54 is met
    And REG-COMPETENCE is met
    And REG-ORGAN is met
    And REG-103 is met
    And REG-53-EX-POST is not applicable
    And REG-AUTH is met
    And UNC-2-4 is met
    And the legality verdict is lawful

  Scenario: Regional enforcement without the Council's authorisation is unlawful, whatever the regional treaty says
    Given a proposed intervention based on regional enforcement
    And regional.organisation is african_union
    And regional.treaty_basis is au_art_4h
    And regional.council_authorisation is none
    When the case is assessed
    Then REG-53-1 is breached
    And the reason for REG-53-1 mentions "Article 53(1) forbids"
    And REG-103 is breached
    And the reason for REG-103 mentions "the treaty alone is no legal basis for force"
    And REG-AUTH is breached
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: Regional enforcement endorsed by the Council only afterwards is contested
    Given a proposed intervention based on regional enforcement
    And regional.organisation is ecowas
    And regional.treaty_basis is ecowas_mechanism
    And regional.council_authorisation is ex_post_endorsement
    And regional.council_resolutions is S/RES/9996 (2016) commending the organisation
    When the case is assessed
    Then REG-53-1 is breached
    And REG-53-EX-POST is met
    And the reason for REG-53-EX-POST mentions "only after it was taken"
    And REG-AUTH is breached
    And the legality verdict is contested

  Scenario: A later endorsement cannot support action the competent organ never decided
    Given a proposed intervention based on regional enforcement
    And regional.council_authorisation is ex_post_endorsement
    And regional.competent_organ_decided is false
    When the case is assessed
    Then REG-ORGAN is breached
    And REG-53-EX-POST is breached
    And the legality verdict is unlawful

  Scenario: A later endorsement cannot support action against a state outside the organisation's treaty
    Given a proposed intervention based on regional enforcement
    And regional.council_authorisation is ex_post_endorsement
    And regional.target_is_member is false
    When the case is assessed
    Then REG-COMPETENCE is breached
    And REG-53-EX-POST is breached
    And the legality verdict is unlawful

  Scenario: Whether the treaty's conditions are met is unknown, so a later-endorsed action is undetermined
    Given a proposed intervention based on regional enforcement
    And regional.council_authorisation is ex_post_endorsement
    And regional.treaty_conditions_met is unknown
    When the case is assessed
    Then REG-COMPETENCE is undetermined
    And REG-53-EX-POST is undetermined
    And REG-53-EX-POST needs regional.treaty_conditions_met
    And the legality verdict is undetermined

  Scenario: An organisation that is not a Chapter VIII arrangement cannot rely on Article 53
    Given a proposed intervention based on regional enforcement
    And regional.organisation is nato
    And regional.chapter_viii_arrangement is false
    When the case is assessed
    Then REG-52-1 is breached
    And REG-AUTH is breached
    And the legality verdict is unlawful

  Scenario: A decision not taken by the organ the treaty names does not bind the organisation
    Given a proposed intervention based on regional enforcement
    And regional.competent_organ_decided is false
    When the case is assessed
    Then REG-ORGAN is breached
    And REG-AUTH is breached
    And the legality verdict is unlawful

  Scenario: Failing to attempt peaceful settlement first breaches Article 52(2) but does not take away the Council's authorisation
    Given a proposed intervention based on regional enforcement
    And regional.pacific_settlement_attempted is false
    When the case is assessed
    Then REG-52-2 is breached
    And REG-AUTH is met
    And the legality verdict is lawful

  Scenario: Failing to keep the Council informed breaches Article 54 but does not take away its authorisation
    Given a proposed intervention based on regional enforcement
    And regional.council_informed is false
    When the case is assessed
    Then REG-54 is breached
    And REG-AUTH is met
    And the legality verdict is lawful

  Scenario: Action outside the organisation's treaty is outside its competence
    Given a proposed intervention based on regional enforcement
    And regional.treaty_basis is none
    When the case is assessed
    Then REG-COMPETENCE is breached
    And REG-103 is not applicable

  Scenario: Whether the Council authorised the regional action is unknown, so its legality is undetermined
    Given a proposed intervention based on regional enforcement
    And regional.council_authorisation is unknown
    When the case is assessed
    Then REG-53-1 is undetermined
    And REG-103 is undetermined
    And REG-53-EX-POST is undetermined
    And REG-AUTH is undetermined
    And REG-AUTH needs regional.council_authorisation
    And the legality verdict is undetermined

  Scenario: Whether the organisation is a Chapter VIII arrangement is unknown, so its legality is undetermined
    Given a proposed intervention based on regional enforcement
    And regional.chapter_viii_arrangement is unknown
    When the case is assessed
    Then REG-52-1 is undetermined
    And REG-AUTH needs regional.chapter_viii_arrangement
    And the legality verdict is undetermined

  Scenario: Whether the competent organ decided is unknown, so its legality is undetermined
    Given a proposed intervention based on regional enforcement
    And regional.competent_organ_decided is unknown
    When the case is assessed
    Then REG-ORGAN is undetermined
    And REG-AUTH needs regional.competent_organ_decided
    And the legality verdict is undetermined

  Scenario: Unknown procedural facts leave those findings open but not the verdict
    Given a proposed intervention based on regional enforcement
    And regional.pacific_settlement_attempted is unknown
    And regional.council_informed is unknown
    When the case is assessed
    Then REG-52-2 is undetermined
    And REG-54 is undetermined
    And REG-AUTH is met
    And the legality verdict is lawful

  Scenario: A regional mission deployed with the government's consent is assessed under consent, not Article 53
    Given a proposed intervention based on regional enforcement
    And claimed_bases is [regional_enforcement, consent]
    And regional.enforcement_action is false
    And regional.council_authorisation is none
    And consent.given is true
    And consent.by is the President of State B
    And consent.authority is government_in_effective_control
    And consent.freely_given is true
    And consent.given_before_action is true
    And consent.within_scope is true
    And consent.withdrawn is false
    When the case is assessed
    Then REG-53-1 is not applicable
    And REG-AUTH is not applicable
    And REG-103 is not applicable
    And CONSENT-VALID is met
    And the legality verdict is lawful

  Scenario: The regional pathway is not in issue when regional enforcement is not claimed
    Given a proposed intervention based on consent
    When the case is assessed
    Then REG-52-1 is not applicable
    And REG-52-2 is not applicable
    And REG-54 is not applicable
    And REG-COMPETENCE is not applicable
    And REG-ORGAN is not applicable
    And REG-53-1 is not applicable
    And REG-53-EX-POST is not applicable
    And REG-103 is not applicable
    And REG-AUTH is not applicable
