package org.confed.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The moves FORMAT.md allows: {@code drafted → validated → presented → adopted → in_progress → completed}, skipping
 * forwards allowed; {@code validated} back to {@code drafted}; any status but {@code completed} to {@code abandoned}.
 * A status does not move to itself, and {@code abandoned} is final like {@code completed}.
 */
class PlanStatusTest {

    /** Rows: from; columns: to. */
    private static final String MOVES = """
            from \\ to    drafted  validated  presented  adopted  in_progress  completed  abandoned
            drafted      no       yes        yes        yes      yes          yes        yes
            validated    yes      no         yes        yes      yes          yes        yes
            presented    no       no         no         yes      yes          yes        yes
            adopted      no       no         no         no       yes          yes        yes
            in_progress  no       no         no         no       no           yes        yes
            completed    no       no         no         no       no           no         no
            abandoned    no       no         no         no       no           no         no
            """;

    static Stream<Arguments> moves() {
        List<String> lines = MOVES.lines().filter(line -> !line.isBlank()).toList();
        String[] header = lines.get(0).trim().split("\\s+");
        List<Arguments> moves = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            for (int column = 1; column < cells.length; column++) {
                moves.add(Arguments.of(PlanStatus.parse(cells[0]), PlanStatus.parse(header[column + 2]), cells[column].equals("yes")));
            }
        }
        return moves.stream();
    }

    @Test
    void the_table_covers_every_pair_of_statuses() {
        int statuses = PlanStatus.values().length;

        assertEquals(statuses * statuses, moves().count());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("moves")
    void a_plan_moves_only_as_the_format_allows(PlanStatus from, PlanStatus to, boolean allowed) {
        assertEquals(allowed, from.mayMoveTo(to), from.code() + " -> " + to.code());
    }

    @Test
    void statuses_read_and_print_their_format_codes() {
        for (PlanStatus status : PlanStatus.values()) {
            assertEquals(status, PlanStatus.parse(status.code()));
        }
        assertEquals(List.of("drafted", "validated", "presented", "adopted", "in_progress", "completed", "abandoned"),
                Stream.of(PlanStatus.values()).map(PlanStatus::code).toList());
    }
}
