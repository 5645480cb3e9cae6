package org.confed.application.exporting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.Post;
import org.confed.domain.model.PostId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.Source;
import org.confed.domain.model.SourceId;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Versioned;

/** Names and addresses an export shows beside references, from small caches so that memory stays flat. */
final class Lookups {
    private static final int CAPACITY = 10_000;
    private static final String NONE = "";

    private final RecordView repository;
    private final Map<String, String> sourceUrls = cache();
    private final Map<String, String> personNames = cache();
    private final Map<String, String> postLabels = cache();

    Lookups(RecordView repository) {
        this.repository = repository;
    }

    /** The source's address, or {@code null}. */
    String sourceUrl(SourceId id) {
        String url = sourceUrls.computeIfAbsent(id.value(), key -> repository.find(Source.class, RecordKey.of(Source.class, key))
                .map(Versioned::record).map(Source::url).orElse(NONE));
        return url.isEmpty() ? null : url;
    }

    /** The person's name, or {@code null} when the person is not stored. */
    String personName(PersonId id) {
        String name = personNames.computeIfAbsent(id.value(), key -> repository.find(Person.class, RecordKey.of(Person.class, key))
                .map(Versioned::record).map(Person::name).orElse(NONE));
        return name.isEmpty() ? null : name;
    }

    /** The post's label, or {@code null} when the post is not stored. */
    String postLabel(PostId id) {
        String label = postLabels.computeIfAbsent(id.value(), key -> repository.find(Post.class, RecordKey.of(Post.class, key))
                .map(Versioned::record).map(Post::label).orElse(NONE));
        return label.isEmpty() ? null : label;
    }

    /** Who a participant is, in words: the person's name, else the post's label, else the id. */
    String participantName(Participant participant) {
        if (participant.person() != null) {
            String name = personName(participant.person());
            return name != null ? name : participant.person().value();
        }
        String label = postLabel(participant.post());
        return label != null ? label : participant.post().value();
    }

    private static Map<String, String> cache() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > CAPACITY;
            }
        };
    }
}
