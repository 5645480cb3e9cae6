package org.confed.domain.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.confed.domain.model.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

    @ParameterizedTest
    @ValueSource(strings = {"cli", "token-newsroom", "Analyste Bamako"})
    void an_actor_is_a_short_name(String name) {
        assertEquals(name, new Actor(name).name());
        assertEquals(name, new Actor(name).toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "a\u0000b", "line\nbreak"})
    void an_absent_blank_or_control_character_name_is_refused(String name) {
        assertEquals("actor", assertThrows(InvalidFieldException.class, () -> new Actor(name)).field());
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 1000})
    void a_name_over_100_characters_is_refused(int length) {
        assertThrows(InvalidFieldException.class, () -> new Actor("a".repeat(length)));
    }
}
