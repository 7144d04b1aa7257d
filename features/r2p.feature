Feature: The Responsibility to Protect criteria, rule by rule
  Where atrocity crimes are alleged, military intervention for human protection is legitimate only
  if it meets the ICISS criteria: just cause, right authority, right intention, last resort,
  proportional means and reasonable prospects (ICISS, The Responsibility to Protect (2001),
  synopsis XII; A/RES/60/1 paras 138-139). Domestic political will, prevention, rebuilding and
  accountability are reported but do not decide legitimacy. Legitimacy is a separate axis from
  legality: R2P created no new legal basis for force.

  # --- The baseline: every criterion met ---------------------------------------------------------

  Scenario: A Council-authorised protective intervention meeting every criterion is lawful and legitimate
    Given a proposed intervention based on r2p council-authorised protection
    When the case is assessed
    Then WSO-138 is met
    And WSO-139 is met
    And ICISS-JUST-CAUSE is met
    And ICISS-ALT-AUTHORITY is not applicable
    And ICISS-RIGHT-AUTHORITY is met
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

  Scenario: Without an atrocity claim no R2P criterion applies and legitimacy is not applicable
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.crimes_alleged is []
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
    And the reason for ICISS-JUST-CAUSE mentions "no atrocity claim"
    And the legality verdict is lawful
    And the legitimacy verdict is not applicable

  # --- WSO-138: manifest failure of the national authorities -------------------------------------

  Scenario: A state protecting its population is not manifestly failing, which defeats just cause
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.state_role is protecting
    When the case is assessed
    Then WSO-138 is breached
    And the reason for WSO-138 mentions "The state is protecting its population"
    And ICISS-JUST-CAUSE is breached
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: A state unable to protect its population is manifestly failing, and just cause can be met
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.state_role is unable
    When the case is assessed
    Then WSO-138 is met
    And the reason for WSO-138 mentions "the state is unable to protect its population"
    And ICISS-JUST-CAUSE is met
    And the legitimacy verdict is legitimate

  Scenario: A failed state, where no authority can protect the population, is manifestly failing
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.state_role is failed_state
    When the case is assessed
    Then WSO-138 is met
    And ICISS-JUST-CAUSE is met
    And the legitimacy verdict is legitimate

  Scenario: An unknown role of the state leaves manifest failure and just cause undetermined
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.state_role is unknown
    When the case is assessed
    Then WSO-138 is undetermined
    And WSO-138 needs r2p.state_role
    And ICISS-JUST-CAUSE is undetermined
    And ICISS-JUST-CAUSE needs r2p.state_role
    And the legality verdict is lawful
    And the legitimacy verdict is undetermined

  # --- WSO-139: peaceful means inadequate ---------------------------------------------------------

  Scenario: Force while peaceful means remain unexplored is premature and not the last resort
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.peaceful_means_inadequate is false
    And r2p.non_military_options_explored is false
    When the case is assessed
    Then WSO-139 is breached
    And the reason for WSO-139 mentions "premature"
    And ICISS-LAST-RESORT is breached
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: Whether peaceful means are inadequate is unknown
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.peaceful_means_inadequate is unknown
    When the case is assessed
    Then WSO-139 is undetermined
    And WSO-139 needs r2p.peaceful_means_inadequate

  # --- ICISS-JUST-CAUSE ---------------------------------------------------------------------------

  Scenario: Loss of life that is not large-scale does not meet the just cause threshold
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.loss_of_life is limited
    When the case is assessed
    Then WSO-138 is met
    And ICISS-JUST-CAUSE is breached
    And the reason for ICISS-JUST-CAUSE mentions "not large-scale loss of life or ethnic cleansing"
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: Limited ethnic cleansing with no loss of life does not meet the just cause threshold
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.crimes_alleged is [ethnic_cleansing]
    And r2p.loss_of_life is none
    And r2p.ethnic_cleansing is limited
    When the case is assessed
    Then ICISS-JUST-CAUSE is breached
    And the legitimacy verdict is not legitimate

  Scenario: Large-scale loss of life that is occurring meets the just cause threshold
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.loss_of_life is large_scale_actual
    When the case is assessed
    Then ICISS-JUST-CAUSE is met
    And the reason for ICISS-JUST-CAUSE mentions "large-scale loss of life is occurring"
    And the legitimacy verdict is legitimate

  Scenario: Apprehended large-scale ethnic cleansing meets the just cause threshold without loss of life
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.crimes_alleged is [ethnic_cleansing]
    And r2p.loss_of_life is none
    And r2p.ethnic_cleansing is large_scale_apprehended
    When the case is assessed
    Then ICISS-JUST-CAUSE is met
    And the reason for ICISS-JUST-CAUSE mentions "large-scale ethnic cleansing is apprehended"
    And the legitimacy verdict is legitimate

  Scenario: An unknown scale of loss of life leaves just cause and legitimacy undetermined
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.loss_of_life is unknown
    When the case is assessed
    Then ICISS-JUST-CAUSE is undetermined
    And ICISS-JUST-CAUSE needs r2p.loss_of_life
    And the legality verdict is lawful
    And the legitimacy verdict is undetermined

  Scenario: An unknown criterion does not matter once another criterion fails
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.loss_of_life is unknown
    And r2p.primary_purpose_humanitarian is false
    When the case is assessed
    Then ICISS-JUST-CAUSE is undetermined
    And ICISS-RIGHT-INTENTION is breached
    And the legitimacy verdict is not legitimate

  # --- ICISS-RIGHT-AUTHORITY and ICISS-ALT-AUTHORITY ----------------------------------------------

  Scenario: Authorisation by the Security Council gives right authority
    Given a proposed intervention based on r2p council-authorised protection
    When the case is assessed
    Then UNSC-AUTH is met
    And ICISS-RIGHT-AUTHORITY is met
    And the reason for ICISS-RIGHT-AUTHORITY mentions "authorised by the Security Council"
    And ICISS-ALT-AUTHORITY is not applicable
    And the reason for ICISS-ALT-AUTHORITY mentions "the Council authorised the action"

  Scenario: Regional enforcement authorised by the Council in advance gives right authority
    Given a proposed intervention based on r2p unauthorised protection
    And regional.council_authorisation is prior
    And regional.council_resolutions is S/RES/9996 (2011), authorising the regional action
    And r2p.council_failed_to_act is false
    When the case is assessed
    Then REG-AUTH is met
    And ICISS-ALT-AUTHORITY is not applicable
    And ICISS-RIGHT-AUTHORITY is met
    And the reason for ICISS-RIGHT-AUTHORITY mentions "authorised by the Council"
    And the legality verdict is lawful
    And the legitimacy verdict is legitimate

  Scenario: A regional organisation's competent organ deciding after the Council failed gives contested right authority
    Given a proposed intervention based on r2p unauthorised protection
    When the case is assessed
    Then REG-AUTH is breached
    And ICISS-ALT-AUTHORITY is met
    And the reason for ICISS-ALT-AUTHORITY mentions "contested"
    And ICISS-RIGHT-AUTHORITY is met
    And the reason for ICISS-RIGHT-AUTHORITY mentions "contested"
    And the legality verdict is unlawful
    And the legitimacy verdict is legitimate

  Scenario: The General Assembly recommending force under Uniting for Peace after a veto gives contested right authority
    Given a proposed intervention based on r2p protection recommended under Uniting for Peace
    When the case is assessed
    Then UFP-BASIS is met
    And ICISS-ALT-AUTHORITY is met
    And the reason for ICISS-ALT-AUTHORITY mentions "contested"
    And ICISS-RIGHT-AUTHORITY is met
    And the legality verdict is contested
    And the legitimacy verdict is legitimate

  Scenario: A General Assembly resolution recommending only measures short of force gives no right authority for force
    Given a proposed intervention based on r2p protection recommended under Uniting for Peace
    And general_assembly.recommends is non_forcible_measures
    When the case is assessed
    Then UFP-BASIS is breached
    And ICISS-ALT-AUTHORITY is breached
    And ICISS-RIGHT-AUTHORITY is breached
    And the legitimacy verdict is not legitimate

  Scenario: With no authority at all, right authority is breached
    Given a proposed intervention based on r2p unauthorised protection
    And claimed_bases is [humanitarian_intervention]
    And regional.competent_organ_decided is false
    When the case is assessed
    Then REJ-HUMANITARIAN is breached
    And ICISS-ALT-AUTHORITY is breached
    And the reason for ICISS-ALT-AUTHORITY mentions "No alternative authority"
    And ICISS-RIGHT-AUTHORITY is breached
    And the reason for ICISS-RIGHT-AUTHORITY mentions "lacks right authority"
    And the legality verdict is unlawful
    And the legitimacy verdict is not legitimate

  Scenario: A regional organisation acting before the Council has failed to act lacks right authority
    Given a proposed intervention based on r2p unauthorised protection
    And r2p.council_failed_to_act is false
    When the case is assessed
    Then ICISS-ALT-AUTHORITY is breached
    And ICISS-RIGHT-AUTHORITY is breached
    And the legality verdict is unlawful
    And the legitimacy verdict is not legitimate

  Scenario: Whether the Council failed to act is unknown, so right authority is undetermined and names the fact
    Given a proposed intervention based on r2p unauthorised protection
    And r2p.council_failed_to_act is unknown
    When the case is assessed
    Then ICISS-ALT-AUTHORITY is undetermined
    And ICISS-ALT-AUTHORITY needs r2p.council_failed_to_act
    And ICISS-RIGHT-AUTHORITY is undetermined
    And ICISS-RIGHT-AUTHORITY needs r2p.council_failed_to_act
    And the legality verdict is unlawful
    And the legitimacy verdict is undetermined

  Scenario: Whether the Council's resolution was adopted under Chapter VII is unknown, so right authority is undetermined
    Given a proposed intervention based on r2p council-authorised protection
    And security_council.chapter_vii is unknown
    When the case is assessed
    Then UNSC-AUTH is undetermined
    And ICISS-RIGHT-AUTHORITY is undetermined
    And ICISS-RIGHT-AUTHORITY needs security_council.chapter_vii
    And the legality verdict is undetermined
    And the legitimacy verdict is undetermined

  # --- ICISS-RIGHT-INTENTION ----------------------------------------------------------------------

  Scenario: An intervention whose primary purpose is not humanitarian lacks right intention
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.primary_purpose_humanitarian is false
    When the case is assessed
    Then ICISS-RIGHT-INTENTION is breached
    And the reason for ICISS-RIGHT-INTENTION mentions "the primary purpose is not to halt or avert human suffering"
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: Without multilateralism or regional and victims' support, a humanitarian primary purpose is still right intention
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.multilateral is false
    And r2p.regional_support is false
    And r2p.victims_support is false
    When the case is assessed
    Then ICISS-RIGHT-INTENTION is met
    And the reason for ICISS-RIGHT-INTENTION mentions "multilateral: no"
    And the legitimacy verdict is legitimate

  Scenario: An unknown primary purpose leaves right intention and legitimacy undetermined
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.primary_purpose_humanitarian is unknown
    When the case is assessed
    Then ICISS-RIGHT-INTENTION is undetermined
    And ICISS-RIGHT-INTENTION needs r2p.primary_purpose_humanitarian
    And the legitimacy verdict is undetermined

  # --- ICISS-LAST-RESORT --------------------------------------------------------------------------

  Scenario: Force before every non-military option is explored is not the last resort
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.non_military_options_explored is false
    When the case is assessed
    Then ICISS-LAST-RESORT is breached
    And the reason for ICISS-LAST-RESORT mentions "not the last resort"
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: Force where lesser measures could succeed is not the last resort
    Given a proposed intervention based on r2p unauthorised protection
    And r2p.lesser_measures_would_fail is false
    When the case is assessed
    Then ICISS-LAST-RESORT is breached
    And the legality verdict is unlawful
    And the legitimacy verdict is not legitimate

  Scenario: Whether lesser measures would fail is unknown, so last resort and legitimacy are undetermined
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.lesser_measures_would_fail is unknown
    When the case is assessed
    Then ICISS-LAST-RESORT is undetermined
    And ICISS-LAST-RESORT needs r2p.lesser_measures_would_fail
    And the legitimacy verdict is undetermined

  # --- ICISS-PROPORTIONAL -------------------------------------------------------------------------

  Scenario: Force beyond the minimum necessary for the humanitarian objective is not proportional
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.force_planned is a ground campaign to overthrow the government, for as long as it takes
    And r2p.minimum_necessary is false
    When the case is assessed
    Then ICISS-PROPORTIONAL is breached
    And the reason for ICISS-PROPORTIONAL mentions "to overthrow the government"
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: Whether the force is the minimum necessary is unknown, so proportionality and legitimacy are undetermined
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.minimum_necessary is unknown
    When the case is assessed
    Then ICISS-PROPORTIONAL is undetermined
    And ICISS-PROPORTIONAL needs r2p.minimum_necessary
    And the legitimacy verdict is undetermined

  # --- ICISS-PROSPECTS ----------------------------------------------------------------------------

  Scenario: No reasonable chance of halting the suffering means no reasonable prospects
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.reasonable_prospects is false
    When the case is assessed
    Then ICISS-PROSPECTS is breached
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: Action likely to be worse than inaction has no reasonable prospects
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.consequences_not_worse is false
    When the case is assessed
    Then ICISS-PROSPECTS is breached
    And the reason for ICISS-PROSPECTS mentions "worse than inaction"
    And the legitimacy verdict is not legitimate

  Scenario: Whether action would be worse than inaction is unknown, so prospects and legitimacy are undetermined
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.consequences_not_worse is unknown
    When the case is assessed
    Then ICISS-PROSPECTS is undetermined
    And ICISS-PROSPECTS needs r2p.consequences_not_worse
    And the legitimacy verdict is undetermined

  # --- Reported, but not deciding legitimacy ------------------------------------------------------

  Scenario: Without a domestic mandate political will is breached, but legitimacy does not turn on it
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.domestic_mandate is false
    When the case is assessed
    Then ESSAY-POLITICAL-WILL is breached
    And the reason for ESSAY-POLITICAL-WILL mentions "weakens the prospects of success"
    And ICISS-PROSPECTS is met
    And the legitimacy verdict is legitimate

  Scenario: Unknown sustained commitment leaves political will undetermined, but not legitimacy
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.sustained_commitment is unknown
    When the case is assessed
    Then ESSAY-POLITICAL-WILL is undetermined
    And ESSAY-POLITICAL-WILL needs r2p.sustained_commitment
    And the legitimacy verdict is legitimate

  Scenario: Prevention not attempted first is reported, but does not decide legitimacy
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.prevention_attempted is false
    When the case is assessed
    Then R2P-PREVENT is breached
    And the reason for R2P-PREVENT mentions "Prevention was not attempted"
    And the legitimacy verdict is legitimate

  Scenario: Unknown prevention leaves the responsibility to prevent undetermined, but not legitimacy
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.prevention_attempted is unknown
    When the case is assessed
    Then R2P-PREVENT is undetermined
    And R2P-PREVENT needs r2p.prevention_attempted
    And the legitimacy verdict is legitimate

  Scenario: No plan to rebuild is reported, but does not decide legitimacy
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.post_conflict_plan is false
    When the case is assessed
    Then R2P-REBUILD is breached
    And the reason for R2P-REBUILD mentions "no post-intervention plan"
    And the legitimacy verdict is legitimate

  Scenario: An unknown plan to rebuild leaves the responsibility to rebuild undetermined, but not legitimacy
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.post_conflict_plan is unknown
    When the case is assessed
    Then R2P-REBUILD is undetermined
    And R2P-REBUILD needs r2p.post_conflict_plan
    And the legitimacy verdict is legitimate

  Scenario: No monitoring of the mandate is reported, but does not decide legitimacy
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.monitoring_and_reporting is false
    When the case is assessed
    Then RWP-ACCOUNTABILITY is breached
    And the reason for RWP-ACCOUNTABILITY mentions "no monitoring"
    And the legality verdict is lawful
    And the legitimacy verdict is legitimate

  Scenario: Unknown monitoring leaves accountability undetermined, but not legitimacy
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.monitoring_and_reporting is unknown
    When the case is assessed
    Then RWP-ACCOUNTABILITY is undetermined
    And RWP-ACCOUNTABILITY needs r2p.monitoring_and_reporting
    And the legitimacy verdict is legitimate

  Scenario: All four reported factors failing together still leave a legitimate intervention legitimate
    Given a proposed intervention based on r2p unauthorised protection
    And r2p.domestic_mandate is false
    And r2p.prevention_attempted is false
    And r2p.post_conflict_plan is false
    And r2p.monitoring_and_reporting is false
    When the case is assessed
    Then ESSAY-POLITICAL-WILL is breached
    And R2P-PREVENT is breached
    And R2P-REBUILD is breached
    And RWP-ACCOUNTABILITY is breached
    And the legality verdict is unlawful
    And the legitimacy verdict is legitimate
