package org.confed.application.recording;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.port.WriteSession;
import org.confed.domain.rules.Consistency;
import org.confed.domain.rules.RuleViolationException;
import org.confed.domain.rules.Violation;
import org.confed.domain.rules.ViolationKind;
import org.confed.domain.schema.Retargeting;

/**
 * Two records of one person become one, in one write: every record naming the one that goes names the survivor
 * instead (a record whose key named it is written under its new key, the old one retracted), the survivor's aliases
 * gain the other's names, and the other is withdrawn as merged, so that later reads and writes of its id find the
 * survivor. The rules across records are checked on the result: a merge that would give one office two overlapping
 * terms is refused, and nothing changes.
 */
public final class PersonMerge {
    private final Registry registry;

    /**
     * Merges in a registry.
     *
     * @param registry where the persons are
     */
    public PersonMerge(Registry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * What a merge did.
     *
     * @param survivor the person that stays, as now stored
     * @param merged   the person that went, as it was
     * @param moved    the keys of the records that now name the survivor, as they are now
     */
    public record Merged(Person survivor, Person merged, List<RecordKey> moved) {
        /**
         * Keeps an unmodifiable copy of the keys.
         *
         * @param survivor the person that stays
         * @param merged   the person that went
         * @param moved    the records that now name the survivor
         */
        public Merged {
            moved = List.copyOf(moved);
        }
    }

    /**
     * Merges {@code from} into {@code into}.
     *
     * @param into  the person that stays
     * @param from  the person that goes
     * @param actor who merges
     * @return what the merge did
     * @throws NoSuchRecordException  when either person is not stored
     * @throws InvalidFieldException  (field {@code from}) when the two are one person
     * @throws org.confed.domain.rules.RuleViolationException naming the rules the merge would break; nothing changes
     */
    public Merged merge(PersonId into, PersonId from, Actor actor) {
        if (into.equals(from)) {
            throw new InvalidFieldException("from", "names the person merged into; name another");
        }
        RecordKey intoKey = RecordKey.of(Person.class, into);
        RecordKey fromKey = RecordKey.of(Person.class, from);
        return registry.transact(actor, session -> {
            Person survivor = person(session, intoKey);
            Person merged = person(session, fromKey);
            Person renamed = survivor.alsoKnownAs(merged.name());
            for (String alias : merged.aliases()) {
                renamed = renamed.alsoKnownAs(alias);
            }
            List<ConfedRecord> rewritten = new ArrayList<>();
            List<RecordKey> rekeyed = new ArrayList<>();
            List<ConfedRecord> underNewKeys = new ArrayList<>();
            for (ConfedRecord referrer : session.referring(ConfedRecord.class, fromKey)) {
                ConfedRecord moved = Retargeting.retargeted(referrer, fromKey, survivor);
                rewritten.add(moved);
                if (!moved.key().equals(referrer.key())) {
                    rekeyed.add(referrer.key());
                    underNewKeys.add(moved);
                }
            }
            refuseClashes(session, intoKey, rewritten, underNewKeys);
            List<ConfedRecord> written = new ArrayList<>(rewritten);
            written.add(renamed);
            rekeyed.forEach(session::retract);
            session.merge(fromKey, intoKey);
            Consistency.require(written, session);
            session.putAll(written.stream().map(RecordWrite::upsert).toList());
            return new Merged(renamed, merged, rewritten.stream().map(ConfedRecord::key).toList());
        });
    }

    /**
     * What the rules across records cannot see once written: a record whose new key is one the survivor already has
     * (it would replace it), and two terms of one office that the two persons held at once.
     */
    private static void refuseClashes(WriteSession session, RecordKey into, List<ConfedRecord> moved,
                                      List<ConfedRecord> rekeyed) {
        List<Violation> violations = new ArrayList<>();
        for (ConfedRecord record : rekeyed) {
            if (session.find(ConfedRecord.class, record.key()).isPresent()) {
                violations.add(new Violation(record.key(), record.key().typeName(), ViolationKind.DUPLICATE_KEY,
                        record.key().text() + " is stored already: both records of the person hold it; retract one of "
                                + "the two before merging"));
            }
        }
        Set<RecordKey> movedKeys = new HashSet<>();
        List<OfficeTerm> terms = new ArrayList<>(session.referring(OfficeTerm.class, into));
        for (ConfedRecord record : moved) {
            movedKeys.add(record.key());
            if (record instanceof OfficeTerm term) {
                terms.add(term);
            }
        }
        violations.addAll(Consistency.overlappingOfficeTerms(terms, movedKeys::contains));
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static Person person(WriteSession session, RecordKey key) {
        return session.find(Person.class, key).map(stored -> stored.record()).orElseThrow(() -> new NoSuchRecordException(key));
    }
}
