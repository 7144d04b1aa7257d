Feature: Authorisation by the Security Council under Chapter VII
  A use of force authorised by a validly adopted Chapter VII resolution, carried out by those it
  authorises within its mandate, is an exception to Article 2(4) (UN Charter arts 39, 42, 27(3)).

  Scenario: A resolution meeting every condition authorises the use of force
    Given a proposed intervention based on Security Council authorisation
    When the case is assessed
    Then UNSC-AUTH is met
    And UNC-2-4 is met
    And the legality verdict is lawful

  Scenario: A Chapter VII resolution vetoed by a permanent member authorises nothing
    Given a proposed intervention based on Security Council authorisation
    And security_council.permanent_members_against is [russia]
    When the case is assessed
    Then UNSC-27-3 is breached
    And UNSC-AUTH is breached
    And the legality verdict is unlawful

  Scenario: An abstaining permanent member is not a veto
    Given a proposed intervention based on Security Council authorisation
    And security_council.votes_for is 10
    And security_council.permanent_members_abstaining_or_absent is [china, russia]
    When the case is assessed
    Then UNSC-27-3 is met
    And the legality verdict is lawful
