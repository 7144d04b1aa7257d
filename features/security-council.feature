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

  Scenario: Without a determination under Article 39 the Council cannot authorise force
    Given a proposed intervention based on Security Council authorisation
    And security_council.determination is none
    When the case is assessed
    Then UNSC-39 is breached
    And the reason for UNSC-39 mentions "no determination under Article 39"
    And UNSC-AUTH is breached
    And UNC-2-4 is breached
    And the legality verdict is unlawful

  Scenario: A determination of a breach of the peace satisfies Article 39
    Given a proposed intervention based on Security Council authorisation
    And security_council.determination is breach_of_the_peace
    When the case is assessed
    Then UNSC-39 is met
    And UNSC-42 is met
    And UNSC-48 is met
    And UNSC-MANDATE is met
    And the legality verdict is lawful

  Scenario: A condemnation is not an authorisation to use force
    Given a proposed intervention based on Security Council authorisation
    And security_council.authorising_language is condemnation
    When the case is assessed
    Then UNSC-42 is breached
    And the reason for UNSC-42 mentions "is not an authorisation"
    And UNSC-AUTH is breached
    And the legality verdict is unlawful

  Scenario: A warning of "serious consequences" is not an authorisation to use force
    Given a proposed intervention based on Security Council authorisation
    And security_council.authorising_language is serious_consequences
    When the case is assessed
    Then UNSC-42 is breached
    And the reason for UNSC-42 mentions "serious consequences"
    And the legality verdict is unlawful

  Scenario: A determination alone, without operative words authorising force, is not an authorisation
    Given a proposed intervention based on Security Council authorisation
    And security_council.authorising_language is determination_only
    When the case is assessed
    Then UNSC-39 is met
    And UNSC-42 is breached
    And the legality verdict is unlawful

  Scenario: A resolution not adopted under Chapter VII does not authorise force
    Given a proposed intervention based on Security Council authorisation
    And security_council.chapter_vii is false
    When the case is assessed
    Then UNSC-42 is breached
    And UNSC-AUTH is breached
    And the legality verdict is unlawful

  Scenario: Other express words authorising force are enough under Article 42
    Given a proposed intervention based on Security Council authorisation
    And security_council.authorising_language is other_express_authorisation
    When the case is assessed
    Then UNSC-42 is met
    And the legality verdict is lawful

  Scenario: Eight votes in favour of fifteen do not adopt a resolution
    Given a proposed intervention based on Security Council authorisation
    And security_council.votes_for is 8
    And security_council.abstentions is 7
    When the case is assessed
    Then UNSC-27-3 is breached
    And the reason for UNSC-27-3 mentions "it had 8 in favour"
    And UNSC-AUTH is breached
    And the legality verdict is unlawful

  Scenario: Nine votes in favour with no permanent member against adopt a resolution
    Given a proposed intervention based on Security Council authorisation
    And security_council.votes_for is 9
    And security_council.abstentions is 6
    When the case is assessed
    Then UNSC-27-3 is met
    And the legality verdict is lawful

  Scenario: Before the 1965 enlargement, seven votes of eleven adopted a resolution, the absent USSR no veto
    Given a proposed intervention based on Security Council authorisation
    And date is 1950-07-07
    And security_council.determination is breach_of_the_peace
    And security_council.votes_for is 7
    And security_council.votes_against is 1
    And security_council.abstentions is 2
    And security_council.permanent_members_abstaining_or_absent is [russia]
    When the case is assessed
    Then UNSC-27-3-1945 is met
    And the reason for UNSC-27-3-1945 mentions "of the eleven members"
    And UNSC-AUTH is met
    And the legality verdict is lawful

  Scenario: Before the 1965 enlargement, six votes of eleven did not adopt a resolution
    Given a proposed intervention based on Security Council authorisation
    And date is 1950-07-07
    And security_council.votes_for is 6
    When the case is assessed
    Then UNSC-27-3-1945 is breached
    And UNSC-AUTH is breached
    And the legality verdict is unlawful

  Scenario: Before the 1965 enlargement, a permanent member's negative vote was a veto
    Given a proposed intervention based on Security Council authorisation
    And date is 1950-07-07
    And security_council.votes_for is 9
    And security_council.permanent_members_against is [russia]
    When the case is assessed
    Then UNSC-27-3-1945 is breached
    And the legality verdict is unlawful

  Scenario: Before the 1965 enlargement, an unknown vote leaves the adoption undetermined
    Given a proposed intervention based on Security Council authorisation
    And date is 1950-07-07
    And security_council.votes_for is unknown
    When the case is assessed
    Then UNSC-27-3-1945 is undetermined
    And UNSC-27-3-1945 needs security_council.votes_for
    And UNSC-AUTH is undetermined
    And the legality verdict is undetermined

  Scenario: The voting rule of 1945 is not in issue when Council authorisation is not claimed
    Given a proposed intervention based on individual self-defence
    And date is 1950-07-07
    When the case is assessed
    Then UNSC-27-3-1945 is not applicable
    And ART51-SD is met
    And the legality verdict is lawful

  Scenario: A state the resolution does not authorise cannot rely on it
    Given a proposed intervention based on Security Council authorisation
    And security_council.authorised is the member states of Regional Organisation R
    And security_council.actor_authorised is false
    When the case is assessed
    Then UNSC-48 is breached
    And the reason for UNSC-48 mentions "not among those the resolution authorises"
    And UNSC-AUTH is breached
    And the legality verdict is unlawful

  Scenario: Action outside the purposes and limits of the mandate is not authorised
    Given a proposed intervention based on Security Council authorisation
    And security_council.mandate_purpose is to protect civilians under threat of attack
    And security_council.mandate_limits is no foreign occupation force of any form
    And security_council.within_mandate is false
    When the case is assessed
    Then UNSC-MANDATE is breached
    And the reason for UNSC-MANDATE mentions "no foreign occupation force"
    And UNSC-AUTH is breached
    And the legality verdict is unlawful

  Scenario: Whether the resolution was adopted under Chapter VII is unknown, so authorisation is undetermined
    Given a proposed intervention based on Security Council authorisation
    And security_council.chapter_vii is unknown
    When the case is assessed
    Then UNSC-42 is undetermined
    And UNSC-42 needs security_council.chapter_vii
    And UNSC-AUTH is undetermined
    And UNSC-AUTH needs security_council.chapter_vii
    And UNC-2-4 is undetermined
    And the legality verdict is undetermined

  Scenario: An unknown determination leaves authorisation undetermined and names the fact
    Given a proposed intervention based on Security Council authorisation
    And security_council.determination is unknown
    When the case is assessed
    Then UNSC-39 is undetermined
    And UNSC-AUTH needs security_council.determination
    And the legality verdict is undetermined

  Scenario: An unknown vote leaves the adoption undetermined
    Given a proposed intervention based on Security Council authorisation
    And security_council.permanent_members_against is unknown
    When the case is assessed
    Then UNSC-27-3 is undetermined
    And UNSC-27-3 needs security_council.permanent_members_against
    And the legality verdict is undetermined

  Scenario: Whether the acting state is among those authorised is unknown, so authorisation is undetermined
    Given a proposed intervention based on Security Council authorisation
    And security_council.actor_authorised is unknown
    When the case is assessed
    Then UNSC-48 is undetermined
    And UNSC-AUTH needs security_council.actor_authorised
    And the legality verdict is undetermined

  Scenario: Whether the action stays within the mandate is unknown, so authorisation is undetermined
    Given a proposed intervention based on Security Council authorisation
    And security_council.within_mandate is unknown
    When the case is assessed
    Then UNSC-MANDATE is undetermined
    And UNSC-AUTH needs security_council.within_mandate
    And the legality verdict is undetermined

  Scenario: An unknown fact does not matter once another condition of authorisation fails
    Given a proposed intervention based on Security Council authorisation
    And security_council.chapter_vii is unknown
    And security_council.authorising_language is condemnation
    When the case is assessed
    Then UNSC-42 is breached
    And UNSC-AUTH is breached
    And the legality verdict is unlawful

  Scenario: The Council pathway is not in issue when its authorisation is not claimed
    Given a proposed intervention based on consent
    When the case is assessed
    Then UNSC-39 is not applicable
    And UNSC-42 is not applicable
    And UNSC-27-3 is not applicable
    And UNSC-48 is not applicable
    And UNSC-MANDATE is not applicable
    And UNSC-AUTH is not applicable
