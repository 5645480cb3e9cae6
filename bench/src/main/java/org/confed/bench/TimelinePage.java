package org.confed.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.confed.application.asking.Questions;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.port.Period;
import org.confed.domain.query.TimelineQuery;
import org.confed.persistence.Store;

/**
 * {@code timeline-page STORE RECORDS REPEATS}: a page of the timeline (the API's default size, 50) asked of the store
 * {@code bench/run} imported, as {@code GET /api/timeline} asks it: the first page of the confederation, the first
 * from the middle of its meetings' years, and the page after that one (by its cursor); and, for the page's bars,
 * the meeting counts per month over every year of the dataset. Prints the medians in ms: first, middle, next, counts.
 * Each page is asked ten times untimed first, the counts once.
 */
final class TimelinePage {
    private static final int PAGE = 50;
    /** Calls before a page is timed, as a running server has answered a few: the first ones run before the JIT. */
    private static final int PAGE_WARM_UP = 10;

    private TimelinePage() {
    }

    public static void main(String... args) {
        String url = "jdbc:h2:file:" + args[0];
        int repeats = Integer.parseInt(args[2]);
        ConfederationCode confederation = ConfederationCode.of(Dataset.CONFEDERATION);
        LocalDate middle = Dataset.FIRST_DAY.plusDays(Dataset.DAYS / 2);
        LocalDate last = Dataset.FIRST_DAY.plusDays(Dataset.DAYS);
        try (Store store = Store.open(url, RecordJson.codec())) {
            Questions questions = new Questions(store);
            double first = median(repeats, PAGE_WARM_UP, () -> questions.timeline(new TimelineQuery(confederation, null, null, true, null, PAGE)).items().size());
            TimelineQuery fromMiddle = new TimelineQuery(confederation, middle, null, true, null, PAGE);
            double mid = median(repeats, PAGE_WARM_UP, () -> questions.timeline(fromMiddle).items().size());
            var next = questions.timeline(fromMiddle).next();
            double after = median(repeats, PAGE_WARM_UP, () -> questions.timeline(new TimelineQuery(confederation, middle, null, true, next, PAGE)).items().size());
            double counts = median(repeats, 1, () -> questions.meetingCounts(confederation, Dataset.FIRST_DAY, last, Period.MONTH).size());
            System.out.printf(Locale.ROOT, "%.1f %.1f %.1f %.1f%n", first, mid, after, counts);
        }
    }

    /** The median of {@code repeats} timed calls after {@code warmUp} untimed ones; each must give something. */
    private static double median(int repeats, int warmUp, Supplier<Integer> call) {
        double[] millis = new double[repeats];
        for (int i = -warmUp; i < repeats; i++) {
            long started = System.nanoTime();
            int found = call.get();
            if (found == 0) {
                throw new IllegalStateException("the timeline gave nothing");
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis[repeats / 2];
    }
}
