Feature: Enforcement action by regional arrangements (Chapter VIII)
  No enforcement action may be taken under regional arrangements without the authorisation of the
  Security Council (UN Charter arts 52-54); a regional treaty cannot dispense with it (art 103), and
  an endorsement given only afterwards (Liberia, S/RES/788 (1992)) is a contested basis.

  Scenario: Regional enforcement authorised beforehand by the Council and decided by the competent organ is lawful
    Given a proposed intervention based on regional enforcement with Council authorisation
    When the case is assessed
    Then REG-52-1 is met
    And REG-52-2 is met
    And REG-53-1 is met
    And REG-54 is met
    And REG-COMPETENCE is met
    And REG-ORGAN is met
    And REG-103 is met
    And the reason for REG-103 mentions "with the Council's prior authorisation"
    And REG-53-EX-POST is not applicable
    And REG-AUTH is met
    And UNC-2-4 is met
    And the legality verdict is lawful

  Scenario: Regional enforcement without the Council's authorisation is unlawful
    Given a proposed intervention based on regional enforcement without Council authorisation
    When the case is assessed
    Then REG-53-1 is breached
    And the reason for REG-53-1 mentions "Article 53(1) forbids"
    And REG-53-EX-POST is not applicable
    And REG-103 is breached
    And REG-AUTH is breached
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: A treaty right to intervene in grave circumstances (AU art 4(h)) does not replace the Council's authorisation
    Given a proposed intervention based on regional enforcement without Council authorisation
    And parties.acting is [African Union]
    And regional.organisation is african_union
    And regional.treaty_basis is au_art_4h
    And regional.decision is decision of the AU Assembly on the Peace and Security Council's recommendation
    When the case is assessed
    Then REG-COMPETENCE is met
    And REG-ORGAN is met
    And REG-103 is breached
    And the reason for REG-103 mentions "Article 103"
    And the reason for REG-103 mentions "the treaty alone is no legal basis for force"
    And REG-53-1 is breached
    And REG-AUTH is breached
    And the legality verdict is unlawful

  Scenario: Regional enforcement the Council commended only afterwards, as it commended ECOWAS in Liberia, is contested
    Given a proposed intervention based on regional enforcement without Council authorisation
    And date is 1990-08-24
    And parties.target is Liberia
    And regional.treaty_basis is other
    And regional.pacific_settlement_efforts is the ECOWAS peace plan for Liberia, Banjul, August 1990
    And regional.decision is decision A/DEC.1/8/90 of the ECOWAS Standing Mediation Committee, 7 August 1990
    And regional.council_authorisation is ex_post_endorsement
    And regional.council_resolutions is S/RES/788 (1992), para 1, commending ECOWAS
    When the case is assessed
    Then REG-53-1 is breached
    And REG-53-EX-POST is met
    And the reason for REG-53-EX-POST mentions "S/RES/788 (1992)"
    And the reason for REG-53-EX-POST mentions "only after it was taken"
    And REG-103 is breached
    And REG-AUTH is breached
    And UNC-2-4 is breached
    And the legality verdict is contested

  Scenario: A later endorsement cannot support action the competent organ never decided
    Given a proposed intervention based on regional enforcement without Council authorisation
    And regional.council_authorisation is ex_post_endorsement
    And regional.competent_organ_decided is false
    When the case is assessed
    Then REG-ORGAN is breached
    And REG-53-EX-POST is breached
    And the reason for REG-53-EX-POST mentions "cannot support the action"
    And the legality verdict is unlawful

  Scenario: A later endorsement cannot support action against a state outside the organisation's treaty
    Given a proposed intervention based on regional enforcement without Council authorisation
    And regional.council_authorisation is ex_post_endorsement
    And regional.target_is_member is false
    When the case is assessed
    Then REG-COMPETENCE is breached
    And REG-53-EX-POST is breached
    And the legality verdict is unlawful

  Scenario: A later endorsement cannot support action by an organisation that is not a Chapter VIII arrangement
    Given a proposed intervention based on regional enforcement without Council authorisation
    And regional.council_authorisation is ex_post_endorsement
    And regional.chapter_viii_arrangement is false
    When the case is assessed
    Then REG-52-1 is breached
    And REG-53-EX-POST is breached
    And the legality verdict is unlawful

  Scenario: Whether the treaty's conditions are met is unknown, so a later-endorsed action is undetermined
    Given a proposed intervention based on regional enforcement without Council authorisation
    And regional.council_authorisation is ex_post_endorsement
    And regional.treaty_conditions_met is unknown
    When the case is assessed
    Then REG-COMPETENCE is undetermined
    And REG-COMPETENCE needs regional.treaty_conditions_met
    And REG-53-EX-POST is undetermined
    And REG-53-EX-POST needs regional.treaty_conditions_met
    And the legality verdict is undetermined

  Scenario: Whether the Council authorised the regional action is unknown, so its legality is undetermined
    Given a proposed intervention based on regional enforcement with Council authorisation
    And regional.council_authorisation is unknown
    When the case is assessed
    Then REG-53-1 is undetermined
    And REG-53-1 needs regional.council_authorisation
    And REG-103 is undetermined
    And REG-103 needs regional.council_authorisation
    And REG-53-EX-POST is undetermined
    And REG-AUTH is undetermined
    And REG-AUTH needs regional.council_authorisation
    And UNC-2-4 is undetermined
    And the legality verdict is undetermined

  Scenario: An organisation that is not a Chapter VIII arrangement (NATO) cannot rely on Article 53
    Given a proposed intervention based on regional enforcement without Council authorisation
    And parties.acting is [North Atlantic Treaty Organization]
    And regional.organisation is nato
    And regional.chapter_viii_arrangement is false
    And regional.treaty_basis is other
    When the case is assessed
    Then REG-52-1 is breached
    And the reason for REG-52-1 mentions "does not act here as a regional arrangement under Chapter VIII"
    And REG-AUTH is breached
    And the legality verdict is unlawful

  Scenario: An organisation outside Chapter VIII may still act on a Chapter VII authorisation, which rests on the Council directly
    Given a proposed intervention based on regional enforcement with Council authorisation
    And claimed_bases is [regional_enforcement, security_council_authorisation]
    And parties.acting is [North Atlantic Treaty Organization]
    And regional.organisation is nato
    And regional.chapter_viii_arrangement is false
    And regional.treaty_basis is other
    When the case is assessed
    Then REG-52-1 is breached
    And REG-AUTH is breached
    And UNSC-AUTH is met
    And UNC-2-4 is met
    And the legality verdict is lawful

  Scenario: Whether the organisation is a Chapter VIII arrangement is unknown, so its legality is undetermined
    Given a proposed intervention based on regional enforcement with Council authorisation
    And regional.chapter_viii_arrangement is unknown
    When the case is assessed
    Then REG-52-1 is undetermined
    And REG-AUTH is undetermined
    And REG-AUTH needs regional.chapter_viii_arrangement
    And the legality verdict is undetermined

  Scenario: A decision not taken by the organ the treaty names does not commit the organisation
    Given a proposed intervention based on regional enforcement with Council authorisation
    And regional.competent_organ_decided is false
    And regional.decision is a statement of the ECOWAS Commission President of 25 May 2015
    When the case is assessed
    Then REG-ORGAN is breached
    And the reason for REG-ORGAN mentions "not taken by the organ the treaty names"
    And REG-AUTH is breached
    And the legality verdict is unlawful

  Scenario: Whether the competent organ decided is unknown, so its legality is undetermined
    Given a proposed intervention based on regional enforcement with Council authorisation
    And regional.competent_organ_decided is unknown
    When the case is assessed
    Then REG-ORGAN is undetermined
    And REG-AUTH needs regional.competent_organ_decided
    And the legality verdict is undetermined

  Scenario: Failing to attempt peaceful settlement first breaches Article 52(2) but does not take away the Council's authorisation
    Given a proposed intervention based on regional enforcement with Council authorisation
    And regional.pacific_settlement_attempted is false
    When the case is assessed
    Then REG-52-2 is breached
    And REG-AUTH is met
    And the legality verdict is lawful

  Scenario: Failing to keep the Council informed breaches Article 54 but does not change a lawful verdict
    Given a proposed intervention based on regional enforcement with Council authorisation
    And regional.council_informed is false
    When the case is assessed
    Then REG-54 is breached
    And the reason for REG-54 mentions "as Article 54 requires"
    And REG-AUTH is met
    And the legality verdict is lawful

  Scenario: Unknown procedural facts leave those findings open but not the verdict
    Given a proposed intervention based on regional enforcement with Council authorisation
    And regional.pacific_settlement_attempted is unknown
    And regional.council_informed is unknown
    When the case is assessed
    Then REG-52-2 is undetermined
    And REG-52-2 needs regional.pacific_settlement_attempted
    And REG-54 is undetermined
    And REG-54 needs regional.council_informed
    And REG-AUTH is met
    And the legality verdict is lawful

  Scenario: Without any provision of its treaty for the measure, unauthorised regional action is outside the organisation's competence
    Given a proposed intervention based on regional enforcement without Council authorisation
    And regional.treaty_basis is none
    When the case is assessed
    Then REG-COMPETENCE is breached
    And the reason for REG-COMPETENCE mentions "outside the organisation's competence"
    And REG-103 is not applicable
    And REG-53-1 is breached
    And the legality verdict is unlawful

  Scenario: A treaty intervention whose own conditions are not met is outside the organisation's competence
    Given a proposed intervention based on regional enforcement without Council authorisation
    And regional.organisation is african_union
    And regional.treaty_basis is au_art_4h
    And regional.treaty_conditions_met is false
    When the case is assessed
    Then REG-COMPETENCE is breached
    And REG-103 is breached
    And the legality verdict is unlawful

  Scenario: With the Council's prior authorisation, the Charter basis does not depend on the organisation's own treaty competence
    Given a proposed intervention based on regional enforcement with Council authorisation
    And regional.target_is_member is false
    When the case is assessed
    Then REG-COMPETENCE is breached
    And REG-53-1 is met
    And REG-AUTH is met
    And the legality verdict is lawful

  Scenario: A regional mission deployed with the government's consent is assessed under consent, not Article 53
    Given a proposed intervention based on regional mission deployed with consent
    When the case is assessed
    Then REG-53-1 is not applicable
    And the reason for REG-53-1 mentions "assessed under consent"
    And REG-53-EX-POST is not applicable
    And REG-103 is not applicable
    And REG-AUTH is not applicable
    And CONSENT-VALID is met
    And UNC-2-4 is met
    And the legality verdict is lawful

  Scenario: Whether a consensual regional mission is enforcement action is open, but its valid consent makes it lawful
    Given a proposed intervention based on regional mission deployed with consent
    And regional.enforcement_action is unknown
    When the case is assessed
    Then REG-53-1 is undetermined
    And REG-53-1 needs regional.enforcement_action
    And REG-AUTH is undetermined
    And CONSENT-VALID is met
    And the legality verdict is lawful

  Scenario: The regional pathway is not in issue when regional enforcement is not claimed, even under a regional treaty
    Given a proposed intervention based on Collective Defence Treaty
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
