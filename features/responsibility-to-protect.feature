Feature: Legitimacy under the Responsibility to Protect
  Where atrocity crimes are alleged, military intervention is legitimate only if it meets the ICISS
  criteria: just cause, right authority, right intention, last resort, proportional means and
  reasonable prospects (ICISS 2001, synopsis XII; A/RES/60/1 paras 138-139). Legitimacy is a
  separate question from legality.

  Scenario: Council-authorised force to protect civilians from crimes against humanity is lawful and legitimate
    Given a proposed intervention based on Security Council authorisation to protect civilians
    When the case is assessed
    Then WSO-138 is met
    And WSO-139 is met
    And ICISS-JUST-CAUSE is met
    And ICISS-RIGHT-AUTHORITY is met
    And ICISS-ALT-AUTHORITY is not applicable
    And ICISS-RIGHT-INTENTION is met
    And ICISS-LAST-RESORT is met
    And ICISS-PROPORTIONAL is met
    And ICISS-PROSPECTS is met
    And ESSAY-POLITICAL-WILL is met
    And R2P-PREVENT is met
    And R2P-REBUILD is met
    And RWP-ACCOUNTABILITY is met
    And the legality verdict is lawful
    And the legitimacy verdict is legitimate

  Scenario: Without an atrocity claim, the Responsibility to Protect is not engaged
    Given a proposed intervention based on Security Council authorisation
    When the case is assessed
    Then WSO-138 is not applicable
    And WSO-139 is not applicable
    And ICISS-JUST-CAUSE is not applicable
    And ICISS-ALT-AUTHORITY is not applicable
    And ICISS-RIGHT-AUTHORITY is not applicable
    And ICISS-RIGHT-INTENTION is not applicable
    And ICISS-LAST-RESORT is not applicable
    And ICISS-PROPORTIONAL is not applicable
    And ICISS-PROSPECTS is not applicable
    And ESSAY-POLITICAL-WILL is not applicable
    And R2P-PREVENT is not applicable
    And R2P-REBUILD is not applicable
    And RWP-ACCOUNTABILITY is not applicable
    And the legitimacy verdict is not applicable

  Scenario: Unilateral humanitarian intervention without any authority is unlawful and lacks right authority
    Given a proposed intervention based on humanitarian intervention
    When the case is assessed
    Then ICISS-ALT-AUTHORITY is breached
    And ICISS-RIGHT-AUTHORITY is breached
    And the legality verdict is unlawful
    And the legitimacy verdict is not legitimate

  Scenario: Intervention decided by a regional organisation after the Council failed to act is illegal but legitimate
    Given a proposed intervention based on humanitarian intervention
    And regional.competent_organ_decided is true
    When the case is assessed
    Then ICISS-ALT-AUTHORITY is met
    And the reason for ICISS-ALT-AUTHORITY mentions "remains contested"
    And ICISS-RIGHT-AUTHORITY is met
    And REJ-HUMANITARIAN is breached
    And the legality verdict is unlawful
    And the legitimacy verdict is legitimate

  Scenario: Intervention recommended by the General Assembly after a veto is of contested legality but legitimate
    Given a proposed intervention based on humanitarian intervention
    And claimed_bases is [uniting_for_peace]
    And general_assembly.council_failed_by_veto is true
    And general_assembly.emergency_session_convened is true
    And general_assembly.adopted_by_two_thirds is true
    And general_assembly.recommends is use_of_force
    When the case is assessed
    Then UFP-BASIS is met
    And ICISS-ALT-AUTHORITY is met
    And ICISS-RIGHT-AUTHORITY is met
    And the legality verdict is contested
    And the legitimacy verdict is legitimate

  Scenario: Whether a regional organisation's competent organ decided is unknown, so right authority is undetermined
    Given a proposed intervention based on humanitarian intervention
    And regional.competent_organ_decided is unknown
    When the case is assessed
    Then ICISS-ALT-AUTHORITY is undetermined
    And ICISS-RIGHT-AUTHORITY is undetermined
    And ICISS-RIGHT-AUTHORITY needs regional.competent_organ_decided
    And the legitimacy verdict is undetermined

  Scenario: A state protecting its population is not manifestly failing, so there is no just cause
    Given a proposed intervention based on Security Council authorisation to protect civilians, where the state protects them
    When the case is assessed
    Then WSO-138 is breached
    And ICISS-JUST-CAUSE is breached
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: Harm that is not large-scale does not meet the just cause threshold
    Given a proposed intervention based on Security Council authorisation to protect civilians from limited harm
    When the case is assessed
    Then WSO-138 is met
    And ICISS-JUST-CAUSE is breached
    And the reason for ICISS-JUST-CAUSE mentions "not large-scale loss of life or ethnic cleansing"
    And the legitimacy verdict is not legitimate

  Scenario: Large-scale ethnic cleansing that is apprehended meets the just cause threshold
    Given a proposed intervention based on Security Council authorisation to protect civilians from apprehended ethnic cleansing
    When the case is assessed
    Then ICISS-JUST-CAUSE is met
    And the legitimacy verdict is legitimate

  Scenario: Force before peaceful means are shown inadequate is premature and not the last resort
    Given a proposed intervention based on Security Council authorisation to protect civilians before peaceful means are exhausted
    When the case is assessed
    Then WSO-139 is breached
    And ICISS-LAST-RESORT is breached
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: An intervention whose primary purpose is not humanitarian lacks right intention
    Given a proposed intervention based on Security Council authorisation to protect civilians with an ulterior purpose
    When the case is assessed
    Then ICISS-RIGHT-INTENTION is breached
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: Force beyond the minimum necessary for the humanitarian objective is not proportional
    Given a proposed intervention based on Security Council authorisation to protect civilians by disproportionate means
    When the case is assessed
    Then ICISS-PROPORTIONAL is breached
    And the reason for ICISS-PROPORTIONAL mentions "occupation of the capital"
    And the legitimacy verdict is not legitimate

  Scenario: Action likely to be worse than inaction has no reasonable prospects
    Given a proposed intervention based on Security Council authorisation to protect civilians without reasonable prospects
    When the case is assessed
    Then ICISS-PROSPECTS is breached
    And the legitimacy verdict is not legitimate

  Scenario: Weak political will, no prevention, no plan to rebuild and no monitoring are reported but do not decide legitimacy
    Given a proposed intervention based on Security Council authorisation to protect civilians without political will, prevention, rebuilding or monitoring
    When the case is assessed
    Then ESSAY-POLITICAL-WILL is breached
    And R2P-PREVENT is breached
    And R2P-REBUILD is breached
    And RWP-ACCOUNTABILITY is breached
    And the legitimacy verdict is legitimate

  Scenario: Where the facts of the atrocity claim are unknown, legitimacy is undetermined and the facts are named
    Given a proposed intervention based on Security Council authorisation to protect civilians with the atrocity facts unknown
    When the case is assessed
    Then WSO-138 is undetermined
    And WSO-139 is undetermined
    And ICISS-JUST-CAUSE is undetermined
    And ICISS-RIGHT-AUTHORITY is met
    And ICISS-RIGHT-INTENTION is undetermined
    And ICISS-LAST-RESORT is undetermined
    And ICISS-PROPORTIONAL is undetermined
    And ICISS-PROSPECTS is undetermined
    And ESSAY-POLITICAL-WILL is undetermined
    And R2P-PREVENT is undetermined
    And R2P-REBUILD is undetermined
    And RWP-ACCOUNTABILITY is undetermined
    And the legality verdict is lawful
    And the legitimacy verdict is undetermined
