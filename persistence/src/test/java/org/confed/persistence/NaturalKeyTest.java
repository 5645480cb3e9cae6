package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.RecordKey;
import org.junit.jupiter.api.Test;

/** Key bytes compare as their keys do, so the database's byte order is {@link RecordKey#compareTo}; they read back. */
class NaturalKeyTest {
    private static final String[] PIECES = {"", "a", "A", "b", "é", "E", "É", "-", " ", "_", ".", "~", "0", "9", "Ω", "中",
        "\uD83C\uDF0D", "\uFFFD", "\uE000", "ab", "a b", "2024", "2024-07", "2024-07-06", "\t", "z"};

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @Test
    void bytes_order_like_record_keys_for_keys_of_one_to_three_parts() {
        Random random = new Random(20_241_106);
        for (int parts = 1; parts <= 3; parts++) {
            List<RecordKey> keys = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                List<String> values = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    values.add(text(random));
                }
                keys.add(new RecordKey(OfficeTerm.class, values));
            }
            for (RecordKey one : keys) {
                for (RecordKey other : keys) {
                    assertEquals(Integer.signum(one.compareTo(other)),
                            Integer.signum(NaturalKey.of(one).compareTo(NaturalKey.of(other))), one + " against " + other);
                    assertEquals(one.equals(other), NaturalKey.of(one).equals(NaturalKey.of(other)));
                }
                assertEquals(one.parts(), NaturalKey.of(one).parts(), "read back from the bytes");
            }
        }
    }
}
