package org.confed.application.exporting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
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
