package org.confed.domain.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.confed.domain.publicapi.ApiComparison.Verdict;
import org.junit.jupiter.api.Test;

/** The rules by which a change of the public API breaks programs, shown on small dumps that break them on purpose. */
class ApiComparisonTest {
    private static final List<String> BASELINE = List.of(
            "exports org.example",
            "org.example.Port: public interface",
            "org.example.Port: method public abstract java.lang.String name()",
            "org.example.Closed: public sealed interface permits org.example.Value",
            "org.example.Closed: method public abstract int size()",
            "org.example.Value: public final record",
            "org.example.Value: implements org.example.Closed",
            "org.example.Value: constructor public Value(int)",
            "org.example.Value: method public int size()",
            "org.example.Base: public abstract class",
            "org.example.Base: constructor protected Base()",
            "org.example.Marker: public @interface",
            "org.example.Marker: method public abstract int value()");

    private static List<String> with(List<String> lines, String... more) {
        List<String> out = new ArrayList<>(lines);
        out.addAll(List.of(more));
        return out;
    }

    private static List<String> without(List<String> lines, String line) {
        List<String> out = new ArrayList<>(lines);
        out.remove(line);
        return out;
    }

    @Test
    void the_same_api_is_the_same() {
        assertEquals(Verdict.SAME, ApiComparison.of(BASELINE, BASELINE).verdict("1.0.0", "1.2.0-SNAPSHOT"));
    }

    @Test
    void a_removed_method_breaks_within_a_major_version() {
        ApiComparison comparison = ApiComparison.of(BASELINE, without(BASELINE, "org.example.Value: method public int size()"));

        assertEquals(List.of("org.example.Value: method public int size()"), comparison.removed());
        assertEquals(Verdict.BREAKING, comparison.verdict("1.0.0-SNAPSHOT", "1.0.0-SNAPSHOT"));
    }

    @Test
    void a_renamed_method_is_one_line_gone_and_one_added_and_breaks() {
        List<String> renamed = with(without(BASELINE, "org.example.Value: method public int size()"), "org.example.Value: method public int length()");

        ApiComparison comparison = ApiComparison.of(BASELINE, renamed);

        assertEquals(1, comparison.removed().size());
        assertEquals(List.of("org.example.Value: method public int length()"), comparison.added());
        assertEquals(Verdict.BREAKING, comparison.verdict("1.0.0", "1.1.0"));
    }

    @Test
    void a_break_is_allowed_once_the_major_version_moves_on_but_the_baseline_must_follow() {
        ApiComparison comparison = ApiComparison.of(BASELINE, without(BASELINE, "org.example.Value: method public int size()"));

        assertEquals(Verdict.NEW_MAJOR, comparison.verdict("1.4.2", "2.0.0-SNAPSHOT"));
    }

    @Test
    void a_new_method_of_a_final_class_is_a_compatible_addition() {
        ApiComparison comparison = ApiComparison.of(BASELINE, with(BASELINE, "org.example.Value: method public boolean isEmpty()"));

        assertEquals(List.of(), comparison.breakingAdditions());
        assertEquals(Verdict.ADDITIONS, comparison.verdict("1.0.0", "1.0.0"));
    }

    @Test
    void a_new_abstract_method_of_an_interface_programs_implement_breaks_them() {
        String added = "org.example.Port: method public abstract int size()";

        ApiComparison comparison = ApiComparison.of(BASELINE, with(BASELINE, added));

        assertEquals(List.of(added), comparison.breakingAdditions());
        assertEquals(Verdict.BREAKING, comparison.verdict("1.0.0", "1.0.0"));
    }

    @Test
    void a_new_default_method_of_an_interface_is_compatible() {
        ApiComparison comparison = ApiComparison.of(BASELINE, with(BASELINE, "org.example.Port: method public default int size()"));

        assertEquals(Verdict.ADDITIONS, comparison.verdict("1.0.0", "1.0.0"));
    }

    @Test
    void a_new_abstract_method_of_a_sealed_interface_is_compatible_as_only_the_module_implements_it() {
        ApiComparison comparison = ApiComparison.of(BASELINE, with(BASELINE, "org.example.Closed: method public abstract boolean isEmpty()"));

        assertEquals(Verdict.ADDITIONS, comparison.verdict("1.0.0", "1.0.0"));
    }

    @Test
    void a_new_abstract_method_of_a_class_programs_extend_breaks_them() {
        ApiComparison comparison = ApiComparison.of(BASELINE, with(BASELINE, "org.example.Base: method protected abstract void close()"));

        assertEquals(Verdict.BREAKING, comparison.verdict("1.0.0", "1.0.0"));
    }

    @Test
    void a_new_annotation_member_breaks_unless_it_has_a_default() {
        String required = "org.example.Marker: method public abstract java.lang.String note()";
        String optional = "org.example.Marker: method public abstract java.lang.String note() default \"\"";

        assertEquals(Verdict.BREAKING, ApiComparison.of(BASELINE, with(BASELINE, required)).verdict("1.0.0", "1.0.0"));
        assertEquals(Verdict.ADDITIONS, ApiComparison.of(BASELINE, with(BASELINE, optional)).verdict("1.0.0", "1.0.0"));
    }

    @Test
    void a_new_interface_with_abstract_methods_is_compatible() {
        ApiComparison comparison = ApiComparison.of(BASELINE, with(BASELINE,
                "org.example.Other: public interface", "org.example.Other: method public abstract void run()"));

        assertEquals(Verdict.ADDITIONS, comparison.verdict("1.0.0", "1.0.0"));
    }

    @Test
    void an_export_withdrawn_breaks() {
        assertEquals(Verdict.BREAKING, ApiComparison.of(BASELINE, without(BASELINE, "exports org.example")).verdict("1.0.0", "1.0.0"));
    }

    @Test
    void the_major_part_is_what_comes_before_the_first_dot() {
        assertEquals("1", ApiComparison.major("1.0.0-SNAPSHOT"));
        assertEquals("12", ApiComparison.major("12.3"));
        assertEquals("2", ApiComparison.major("2-SNAPSHOT"));
    }
}
