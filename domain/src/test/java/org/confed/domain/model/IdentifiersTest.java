package org.confed.domain.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"MLI", "BFA", "NER", "FRA", "TCD", "MRT"})
    void a_state_code_is_an_iso_alpha_3_code_in_upper_case(String code) {
        assertEquals(code, StateCode.of(code).value());
        assertEquals(code, StateCode.of(code).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mli", "Mli", "XXX", "ML", "MLIX", "ML1", " MLI", "MLI ", "M-L"})
    void a_state_code_that_is_not_an_upper_case_iso_code_is_refused(String code) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> StateCode.of(code));

        assertEquals("state code", refused.field());
        assertTrue(refused.problem().contains("\"" + code + "\""), refused.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"assimi-goita", "goita", "moussa-saloua-barmou", "a", "john-smith-2", "007"})
    void a_person_id_is_a_lower_case_slug(String id) {
        assertEquals(id, PersonId.of(id).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Assimi-Goita", "assimi goita", "assimi--goita", "-goita", "goita-", "goïta",
            "assimi_goita", "assimi.goita", "ASSIMI"})
    void a_person_id_that_is_not_a_slug_is_refused(String id) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> PersonId.of(id));

        assertEquals("person id", refused.field());
        assertTrue(refused.problem().contains("for example assimi-goita"), refused.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AES", "G5S", "ECOWAS", "EU-COUNCIL", "AB", "ABCDEFGHIJKLMNOP"})
    void a_confederation_code_is_an_upper_case_letter_then_letters_digits_or_dashes(String code) {
        assertEquals(code, ConfederationCode.of(code).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"aes", "A", "5GS", "-AES", "AE S", "ABCDEFGHIJKLMNOPQ", "AES_1", "Aes"})
    void a_confederation_code_of_another_form_is_refused(String code) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> ConfederationCode.of(code));

        assertEquals("confederation code", refused.field());
    }

    @Test
    void identifiers_longer_than_the_limit_are_refused() {
        String longest = "a".repeat(Checks.MAX_IDENTIFIER);
        String tooLong = "a".repeat(Checks.MAX_IDENTIFIER + 1);

        assertDoesNotThrow(() -> PersonId.of(longest));
        assertDoesNotThrow(() -> SourceId.of(longest));
        assertDoesNotThrow(() -> MeetingId.of(longest));
        assertDoesNotThrow(() -> PlanId.of(longest));
        assertThrows(InvalidFieldException.class, () -> PersonId.of(tooLong));
        assertThrows(InvalidFieldException.class, () -> SourceId.of(tooLong));
        assertThrows(InvalidFieldException.class, () -> MeetingId.of(tooLong));
        assertThrows(InvalidFieldException.class, () -> PlanId.of(tooLong));
    }

    @Test
    void a_long_bad_value_is_shortened_in_the_message() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> PersonId.of("X".repeat(500)));

        assertTrue(refused.getMessage().length() < 200, refused.getMessage());
        assertTrue(refused.getMessage().contains("..."), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"apa-2024-11-06-koulouba", "APA_1", "a.b.c", "x"})
    void source_meeting_and_plan_ids_are_letters_and_digits_with_single_separators(String id) {
        assertEquals(id, SourceId.of(id).value());
        assertEquals(id, MeetingId.of(id).value());
        assertEquals(id, PlanId.of(id).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a--b", "-a", "a.", "é", "a/b", "a..b"})
    void source_meeting_and_plan_ids_of_another_form_are_refused(String id) {
        assertEquals("source id", assertThrows(InvalidFieldException.class, () -> SourceId.of(id)).field());
        assertEquals("meeting id", assertThrows(InvalidFieldException.class, () -> MeetingId.of(id)).field());
        assertEquals("plan id", assertThrows(InvalidFieldException.class, () -> PlanId.of(id)).field());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void an_absent_or_empty_identifier_is_refused(String value) {
        assertThrows(InvalidFieldException.class, () -> StateCode.of(value));
        assertThrows(InvalidFieldException.class, () -> PersonId.of(value));
        assertThrows(InvalidFieldException.class, () -> ConfederationCode.of(value));
        assertThrows(InvalidFieldException.class, () -> SourceId.of(value));
        assertThrows(InvalidFieldException.class, () -> MeetingId.of(value));
        assertThrows(InvalidFieldException.class, () -> PlanId.of(value));
        assertThrows(InvalidFieldException.class, () -> PillarCode.of(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"defence_security", "diplomacy", "development", "d2"})
    void a_pillar_code_is_lower_case_with_underscores(String code) {
        assertEquals(code, PillarCode.of(code).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Defence", "defence-security", "_defence", "2d", "défense"})
    void a_pillar_code_of_another_form_is_refused(String code) {
        assertEquals("pillar code", assertThrows(InvalidFieldException.class, () -> PillarCode.of(code)).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1Y", "P6M", "P1Y6M", "P2W", "P180D"})
    void a_term_length_is_a_positive_iso_period(String text) {
        TermLength length = TermLength.parse(text);

        assertEquals(Period.parse(text), length.period());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P", "P0Y", "P0D", "1Y", "P-1Y", "PT12H", "p1y", "P1.5Y", "P99999999999Y", "", " P1Y"})
    void a_term_length_that_is_not_a_positive_period_is_refused(String text) {
        assertEquals("term length", assertThrows(InvalidFieldException.class, () -> TermLength.parse(text)).field());
    }

    @Test
    void a_term_of_one_year_ends_the_day_before_the_same_date_a_year_later() {
        TermLength year = TermLength.parse("P1Y");

        assertEquals(LocalDate.of(2026, 12, 22), year.lastDayFrom(LocalDate.of(2025, 12, 23)));
        assertEquals(LocalDate.of(2025, 2, 27), year.lastDayFrom(LocalDate.of(2024, 2, 28)));
        assertEquals(LocalDate.of(2024, 6, 30), TermLength.parse("P6M").lastDayFrom(LocalDate.of(2024, 1, 1)));
    }

    @Test
    void a_zero_or_negative_period_is_refused() {
        assertThrows(InvalidFieldException.class, () -> new TermLength(Period.ZERO));
        assertThrows(InvalidFieldException.class, () -> new TermLength(Period.of(1, -1, 0)));
        assertThrows(InvalidFieldException.class, () -> new TermLength(null));
    }

    @Test
    void meeting_kinds_and_plan_statuses_read_their_codes_only() {
        assertEquals(MeetingKind.AUDIENCE, MeetingKind.parse("audience"));
        assertEquals(PlanStatus.IN_PROGRESS, PlanStatus.parse("in_progress"));
        assertEquals("in_progress", PlanStatus.IN_PROGRESS.code());
        assertEquals("kind", assertThrows(InvalidFieldException.class, () -> MeetingKind.parse("SUMMIT")).field());
        assertEquals("status", assertThrows(InvalidFieldException.class, () -> PlanStatus.parse("in progress")).field());
        assertThrows(InvalidFieldException.class, () -> PlanStatus.parse(null));
    }
}
