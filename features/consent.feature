Feature: Consent of the territorial state (intervention by invitation)
  Force used with the valid consent of the government in effective control, given freely and
  beforehand, not withdrawn, and within its scope, does not breach Article 2(4) (ILC ARSIWA art 20;
  Armed Activities (DRC v Uganda), ICJ Reports 2005, paras 47-54, 105).

  Scenario: Force at the prior, free and standing invitation of the government in effective control is lawful
    Given a proposed intervention based on consent
    When the case is assessed
    Then CONSENT-AUTHORITY is met
    And CONSENT-FREE is met
    And CONSENT-PRIOR is met
    And CONSENT-SCOPE is met
    And CONSENT-WITHDRAWN is met
    And CONSENT-VALID is met
    And CONSENT-CONTESTED is not applicable
    And CONSENT-CONTESTED-AUTHORITY is not applicable
    And UNC-2-4 is met
    And the legality verdict is lawful

  Scenario: Force after the consent was withdrawn is unlawful
    Given a proposed intervention based on consent
    And consent.withdrawn is true
    And consent.withdrawn_date is 2015-05-28
    When the case is assessed
    Then CONSENT-WITHDRAWN is breached
    And the reason for CONSENT-WITHDRAWN mentions "2015-05-28"
    And CONSENT-VALID is breached
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: Consent given only after the action began cannot make it lawful
    Given a proposed intervention based on consent
    And consent.given_before_action is false
    When the case is assessed
    Then CONSENT-PRIOR is breached
    And the reason for CONSENT-PRIOR mentions "only after the action began"
    And CONSENT-VALID is breached
    And the legality verdict is unlawful

  Scenario: Consent extracted by coercion is no consent
    Given a proposed intervention based on consent
    And consent.freely_given is false
    When the case is assessed
    Then CONSENT-FREE is breached
    And CONSENT-VALID is breached
    And the legality verdict is unlawful

  Scenario: Action beyond the purposes, area or period of the consent has no basis in it
    Given a proposed intervention based on consent
    And consent.within_scope is false
    When the case is assessed
    Then CONSENT-SCOPE is breached
    And the reason for CONSENT-SCOPE mentions "northern province"
    And CONSENT-VALID is breached
    And the legality verdict is unlawful

  Scenario: Consent by an authority that is not the government, such as an opposition leader, is no consent
    Given a proposed intervention based on consent
    And consent.by is the leader of an opposition movement in State B
    And consent.authority is other
    When the case is assessed
    Then CONSENT-AUTHORITY is breached
    And CONSENT-CONTESTED-AUTHORITY is not applicable
    And CONSENT-VALID is breached
    And CONSENT-CONTESTED is breached
    And the legality verdict is unlawful

  Scenario: Where no consent was given at all, the use of force is unlawful
    Given a proposed intervention based on consent
    And consent.given is false
    When the case is assessed
    Then CONSENT-AUTHORITY is breached
    And CONSENT-VALID is breached
    And the legality verdict is unlawful

  Scenario: An invitation by a recognised government that has lost effective control is contested
    Given a proposed intervention based on consent
    And consent.by is the internationally recognised President of State B, in exile
    And consent.authority is government_without_effective_control
    When the case is assessed
    Then CONSENT-AUTHORITY is breached
    And CONSENT-CONTESTED-AUTHORITY is met
    And the reason for CONSENT-CONTESTED-AUTHORITY mentions "is contested"
    And CONSENT-VALID is breached
    And CONSENT-CONTESTED is met
    And the legality verdict is contested

  Scenario: An invitation by a president-elect not yet in office is contested
    Given a proposed intervention based on consent
    And consent.by is the president-elect of State B
    And consent.authority is president_elect
    When the case is assessed
    Then CONSENT-CONTESTED-AUTHORITY is met
    And CONSENT-CONTESTED is met
    And the legality verdict is contested

  Scenario: A government without effective control that gave no consent offers no basis, even a contested one
    Given a proposed intervention based on consent
    And consent.authority is government_without_effective_control
    And consent.given is false
    When the case is assessed
    Then CONSENT-CONTESTED-AUTHORITY is breached
    And CONSENT-CONTESTED is breached
    And the legality verdict is unlawful

  Scenario: An invitation of contested authority that is outside its scope gives no basis
    Given a proposed intervention based on consent
    And consent.authority is president_elect
    And consent.within_scope is false
    When the case is assessed
    Then CONSENT-CONTESTED-AUTHORITY is met
    And CONSENT-CONTESTED is breached
    And the legality verdict is unlawful

  Scenario: Whether a government without effective control gave consent is unknown, so the contested claim is undetermined
    Given a proposed intervention based on consent
    And consent.authority is government_without_effective_control
    And consent.given is unknown
    When the case is assessed
    Then CONSENT-CONTESTED-AUTHORITY is undetermined
    And CONSENT-CONTESTED is undetermined
    And CONSENT-CONTESTED needs consent.given
    And the legality verdict is undetermined

  Scenario: Whether consent was given is unknown, so the use of force is undetermined
    Given a proposed intervention based on consent
    And consent.given is unknown
    When the case is assessed
    Then CONSENT-AUTHORITY is undetermined
    And CONSENT-AUTHORITY needs consent.given
    And CONSENT-VALID is undetermined
    And CONSENT-VALID needs consent.given
    And UNC-2-4 is undetermined
    And the legality verdict is undetermined

  Scenario: Whether the consenting authority is the government in effective control is unknown
    Given a proposed intervention based on consent
    And consent.authority is unknown
    When the case is assessed
    Then CONSENT-AUTHORITY is undetermined
    And CONSENT-CONTESTED-AUTHORITY is undetermined
    And CONSENT-VALID needs consent.authority
    And the legality verdict is undetermined

  Scenario: Whether the consent was freely given is unknown
    Given a proposed intervention based on consent
    And consent.freely_given is unknown
    When the case is assessed
    Then CONSENT-FREE is undetermined
    And CONSENT-VALID needs consent.freely_given
    And the legality verdict is undetermined

  Scenario: Whether the consent came before the action is unknown
    Given a proposed intervention based on consent
    And consent.given_before_action is unknown
    When the case is assessed
    Then CONSENT-PRIOR is undetermined
    And CONSENT-VALID needs consent.given_before_action
    And the legality verdict is undetermined

  Scenario: Whether the action stays within the consent's scope is unknown
    Given a proposed intervention based on consent
    And consent.within_scope is unknown
    When the case is assessed
    Then CONSENT-SCOPE is undetermined
    And CONSENT-VALID needs consent.within_scope
    And the legality verdict is undetermined

  Scenario: Whether the consent has been withdrawn is unknown
    Given a proposed intervention based on consent
    And consent.withdrawn is unknown
    When the case is assessed
    Then CONSENT-WITHDRAWN is undetermined
    And CONSENT-WITHDRAWN needs consent.withdrawn
    And CONSENT-VALID is undetermined
    And the legality verdict is undetermined

  Scenario: Consent is not in issue when it is not claimed
    Given a proposed intervention based on individual self-defence
    When the case is assessed
    Then CONSENT-AUTHORITY is not applicable
    And CONSENT-FREE is not applicable
    And CONSENT-PRIOR is not applicable
    And CONSENT-SCOPE is not applicable
    And CONSENT-WITHDRAWN is not applicable
    And CONSENT-VALID is not applicable
    And CONSENT-CONTESTED is not applicable
