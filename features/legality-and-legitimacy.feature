Feature: Legality and legitimacy are separate axes
  Legality asks whether the use of force has a basis under the UN Charter; legitimacy asks whether
  it meets the Responsibility to Protect criteria (ICISS 2001, synopsis XII). R2P created no new
  legal basis for force (A/RES/60/1 para 139; A/63/677 para 10(b)), so legitimacy never makes
  unlawful force lawful, and lawfulness never makes an intervention legitimate. Every pairing can
  occur: the Independent International Commission on Kosovo called NATO's 1999 campaign "illegal
  but legitimate" (Kosovo Report (2000), p 4).

  Scenario: Lawful and legitimate - Council-authorised protection meeting every criterion
    Given a proposed intervention based on r2p council-authorised protection
    When the case is assessed
    Then UNSC-AUTH is met
    And ICISS-RIGHT-AUTHORITY is met
    And the legality verdict is lawful
    And the legitimacy verdict is legitimate

  Scenario: Lawful but not legitimate - the Council authorises force for harm below the just cause threshold
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.loss_of_life is limited
    When the case is assessed
    Then UNSC-AUTH is met
    And ICISS-JUST-CAUSE is breached
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: Lawful but not legitimate - a Council authorisation used for an ulterior purpose
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.primary_purpose_humanitarian is false
    When the case is assessed
    Then UNSC-AUTH is met
    And ICISS-RIGHT-INTENTION is breached
    And the legality verdict is lawful
    And the legitimacy verdict is not legitimate

  Scenario: Unlawful but legitimate - a Kosovo-like regional intervention after the Council failed to act
    Given a proposed intervention based on r2p unauthorised protection
    When the case is assessed
    Then REJ-HUMANITARIAN is breached
    And REG-53-1 is breached
    And REG-AUTH is breached
    And UNC-2-4 is breached
    And ICISS-ALT-AUTHORITY is met
    And the reason for ICISS-ALT-AUTHORITY mentions "contested"
    And ICISS-RIGHT-AUTHORITY is met
    And ICISS-JUST-CAUSE is met
    And the legality verdict is unlawful
    And the legitimacy verdict is legitimate

  Scenario: Unlawful and not legitimate - unilateral intervention with no authority and an ulterior purpose
    Given a proposed intervention based on r2p unauthorised protection
    And claimed_bases is [humanitarian_intervention]
    And regional.competent_organ_decided is false
    And r2p.primary_purpose_humanitarian is false
    When the case is assessed
    Then REJ-HUMANITARIAN is breached
    And UNC-2-4 is breached
    And ICISS-RIGHT-AUTHORITY is breached
    And ICISS-RIGHT-INTENTION is breached
    And the legality verdict is unlawful
    And the legitimacy verdict is not legitimate

  Scenario: Unlawful and not legitimate - a regional intervention by disproportionate means
    Given a proposed intervention based on r2p unauthorised protection
    And r2p.minimum_necessary is false
    When the case is assessed
    Then ICISS-RIGHT-AUTHORITY is met
    And ICISS-PROPORTIONAL is breached
    And the legality verdict is unlawful
    And the legitimacy verdict is not legitimate

  Scenario: Contested and legitimate - a Uniting for Peace recommendation after a veto
    Given a proposed intervention based on r2p protection recommended under Uniting for Peace
    When the case is assessed
    Then UFP-BASIS is met
    And ICISS-RIGHT-AUTHORITY is met
    And the legality verdict is contested
    And the legitimacy verdict is legitimate

  Scenario: Meeting the legitimacy criteria does not make unlawful force lawful
    Given a proposed intervention based on r2p unauthorised protection
    And claimed_bases is [humanitarian_intervention]
    When the case is assessed
    Then ICISS-RIGHT-AUTHORITY is met
    And the legitimacy verdict is legitimate
    And REJ-HUMANITARIAN is breached
    And the reason for REJ-HUMANITARIAN mentions "bears on legitimacy, not on legality"
    And the legality verdict is unlawful

  Scenario: Lawful force without an atrocity claim - legitimacy is not applicable
    Given a proposed intervention based on r2p council-authorised protection
    And r2p.crimes_alleged is []
    When the case is assessed
    Then the legality verdict is lawful
    And the legitimacy verdict is not applicable

  Scenario: Unlawful force without an atrocity claim - legitimacy is not applicable
    Given a proposed intervention based on r2p unauthorised protection
    And r2p.crimes_alleged is []
    When the case is assessed
    Then the legality verdict is unlawful
    And the legitimacy verdict is not applicable

  Scenario: An unknown fact can leave both axes undetermined
    Given a proposed intervention based on r2p council-authorised protection
    And security_council.chapter_vii is unknown
    When the case is assessed
    Then UNSC-AUTH needs security_council.chapter_vii
    And ICISS-RIGHT-AUTHORITY needs security_council.chapter_vii
    And the legality verdict is undetermined
    And the legitimacy verdict is undetermined

  Scenario: An unknown R2P fact leaves legitimacy undetermined without touching legality
    Given a proposed intervention based on r2p unauthorised protection
    And r2p.reasonable_prospects is unknown
    When the case is assessed
    Then ICISS-PROSPECTS needs r2p.reasonable_prospects
    And the legality verdict is unlawful
    And the legitimacy verdict is undetermined

  # The R2P instruments date from 2001 (ICISS) and 2005 (World Summit Outcome). They are a framework
  # of criteria rather than binding law, so they are applied to earlier cases retrospectively, as an
  # anachronistic reading (domain brief, section 7); legality is judged by the law of the date.

  Scenario: A 1994 Council-authorised intervention against genocide is read under the R2P criteria retrospectively
    Given a proposed intervention based on r2p council-authorised protection
    And date is 1994-05-01
    And r2p.crimes_alleged is [genocide]
    And r2p.loss_of_life is large_scale_actual
    When the case is assessed
    Then WSO-138 is met
    And WSO-139 is met
    And ICISS-JUST-CAUSE is met
    And ICISS-RIGHT-AUTHORITY is met
    And ICISS-RIGHT-INTENTION is met
    And ICISS-LAST-RESORT is met
    And ICISS-PROPORTIONAL is met
    And ICISS-PROSPECTS is met
    And R2P-PREVENT is met
    And R2P-REBUILD is met
    And RWP-ACCOUNTABILITY is met
    And the legality verdict is lawful
    And the legitimacy verdict is legitimate

  Scenario: A 1994 intervention without any authority is read under the R2P criteria retrospectively and fails them
    Given a proposed intervention based on r2p unauthorised protection
    And date is 1994-05-01
    And claimed_bases is [humanitarian_intervention]
    And regional.competent_organ_decided is false
    And r2p.crimes_alleged is [genocide]
    When the case is assessed
    Then ICISS-JUST-CAUSE is met
    And ICISS-ALT-AUTHORITY is breached
    And ICISS-RIGHT-AUTHORITY is breached
    And the legality verdict is unlawful
    And the legitimacy verdict is not legitimate

  Scenario: A 1994 regional intervention after the Council failed to act is illegal but legitimate on a retrospective reading
    Given a proposed intervention based on r2p unauthorised protection
    And date is 1994-05-01
    When the case is assessed
    Then ICISS-ALT-AUTHORITY is met
    And ICISS-RIGHT-AUTHORITY is met
    And the legality verdict is unlawful
    And the legitimacy verdict is legitimate
