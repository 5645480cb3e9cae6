package org.confed.api.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;

/**
 * The cursor of a page of meetings in date then id order, as the meeting search gives it out: a person's meetings
 * continue with the same cursors, on the person's page or in {@code /api/meetings?person=}.
 */
final class MeetingCursors {
    /** The kind {@link MeetingRoutes} writes in its cursors. */
    private static final String KIND = "meeting-search";

    private MeetingCursors() {
    }

    /** The first meetings of any kind after the request's {@code cursor}; its filters are left to the caller. */
    static MeetingQuery query(Context ctx, int limit) {
        Optional<String> cursor = Params.text(ctx, "cursor");
        if (cursor.isEmpty()) {
            return MeetingQuery.all(limit);
        }
        List<String> position = Cursors.decode(cursor.get(), KIND, 2);
        try {
            return new MeetingQuery(null, null, null, null, null, null, MeetingId.of(position.get(1)),
                    LocalDate.parse(position.get(0)), limit);
        } catch (RuntimeException e) {
            throw ProblemException.badParameter("cursor", "is not a cursor this list gave out");
        }
    }

    /** The cursor of the page after this one, when more follow. */
    static Optional<String> next(Page<Meeting> page) {
        if (!page.more() || page.items().isEmpty()) {
            return Optional.empty();
        }
        Meeting last = page.items().get(page.items().size() - 1);
        return Optional.of(Cursors.encode(KIND, List.of(last.date().firstDay().toString(), last.id().value())));
    }
}
