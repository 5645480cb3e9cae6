package org.confed.domain.query;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.BARMOU;
import static org.confed.domain.fixtures.AesFacts.BFA;
import static org.confed.domain.fixtures.AesFacts.MLI;
import static org.confed.domain.fixtures.AesFacts.NER;
import static org.confed.domain.fixtures.AesFacts.date;
import static org.confed.domain.fixtures.AesFacts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PersonId;
import org.junit.jupiter.api.Test;

class MemberRollTest {
    private static final List<Membership> AES_MEMBERSHIPS = AesFacts.memberships().stream()
            .filter(membership -> membership.confederation().equals(AES)).toList();
    private static final String CEMGA = "Chef d’état-major général des armées";

    private static List<Object> states(List<Membership> memberships) {
        return memberships.stream().map(membership -> (Object) membership.state()).toList();
    }

    @Test
    void members_come_in_state_code_order() {
        assertEquals(List.of(BFA, MLI, NER), states(MemberRoll.membersOn(AES_MEMBERSHIPS, day("2024-11-06"))));
    }

    @Test
    void nobody_is_a_member_before_the_charter_is_signed() {
        assertEquals(List.of(), MemberRoll.membersOn(AES_MEMBERSHIPS, day("2023-09-15")));
        assertEquals(List.of(BFA, MLI, NER), states(MemberRoll.membersOn(AES_MEMBERSHIPS, day("2023-09-16"))));
    }

    @Test
    void a_state_is_a_member_on_the_last_day_of_its_membership_and_not_the_day_after() {
        List<Membership> memberships = new ArrayList<>(AES_MEMBERSHIPS);
        memberships.set(2, new Membership(AES, NER, date("2023-09-16"), date("2026-06"), null, null, null, List.of(), null));

        assertEquals(List.of(BFA, MLI, NER), states(MemberRoll.membersOn(memberships, day("2026-06-30"))));
        assertEquals(List.of(BFA, MLI), states(MemberRoll.membersOn(memberships, day("2026-07-01"))));
    }

    @Test
    void the_chief_of_defence_staff_of_niger_on_2024_11_06_is_barmou() {
        List<OfficeTerm> holders = MemberRoll.holdersOn(AesFacts.officeTerms(), CEMGA, NER,
                day("2024-11-06"));

        assertEquals(List.of(BARMOU), holders.stream().map(OfficeTerm::person).toList());
    }

    @Test
    void an_office_is_matched_exactly_as_written_and_of_the_state_asked() {
        assertEquals(List.of(), MemberRoll.holdersOn(AesFacts.officeTerms(), "chef d’état-major général des armées", NER,
                day("2024-11-06")));
        assertEquals(List.of(), MemberRoll.holdersOn(AesFacts.officeTerms(), CEMGA, MLI,
                day("2024-11-06")));
    }

    @Test
    void an_office_of_any_state_lists_every_holder_by_start() {
        OfficeTerm malian = new OfficeTerm(PersonId.of("someone"), CEMGA, MLI, null, date("2022"),
                null, List.of(), null);
        List<OfficeTerm> terms = new ArrayList<>(AesFacts.officeTerms());
        terms.add(malian);

        List<OfficeTerm> holders = MemberRoll.holdersOn(terms, CEMGA, null, day("2024-11-06"));

        // by start: Barmou's is known only as on or before 2024-11-06, so it is read from the first day there is
        assertEquals(List.of(BARMOU, PersonId.of("someone")), holders.stream().map(OfficeTerm::person).toList());
    }

    @Test
    void an_office_held_from_a_month_is_held_from_its_first_day() {
        List<OfficeTerm> terms = List.of(new OfficeTerm(BARMOU, CEMGA, NER, null, date("2023-08"), null, List.of(), null));

        assertEquals(List.of(), MemberRoll.holdersOn(terms, CEMGA, NER, day("2023-07-31")));
        assertEquals(1, MemberRoll.holdersOn(terms, CEMGA, NER, day("2023-08-01")).size());
    }
}
