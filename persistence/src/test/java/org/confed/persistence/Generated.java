package org.confed.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntConsumer;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Participant;
import org.confed.domain.port.RecordWrite;

/** Generated records for long writes, made one at a time as they are iterated, so the test holds none of them. */
final class Generated {
    private Generated() {
    }

    /** Meeting number {@code n}: it refers to the AES facts, so they must be stored first. */
    static Meeting meeting(int n) {
        return new Meeting(MeetingId.of(String.format("bulk-%07d", n)), AesFacts.AES, MeetingKind.COMMITTEE,
                PartialDate.ofDay(LocalDate.of(2020, 1, 1).plusDays(n % 3000)), null, "Niamey",
                "Réunion de travail n° " + n,
                List.of(new Participant(AesFacts.GOITA, null, "Président de la Confédération"), new Participant(AesFacts.BARMOU, null, null)),
                List.of("Sécurité", "Logistique " + (n % 17)), AesFacts.cites(AesFacts.APA), null);
    }

    /**
     * Hands {@code writes} on {@code size} at a time, with how many were handed on so far, the chunk included; no
     * more than a chunk is held at once.
     */
    static void inChunks(Iterable<RecordWrite> writes, int size, ChunkConsumer each) {
        List<RecordWrite> chunk = new ArrayList<>(size);
        int handed = 0;
        for (RecordWrite write : writes) {
            chunk.add(write);
            if (chunk.size() == size) {
                handed += chunk.size();
                each.accept(handed, List.copyOf(chunk));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            each.accept(handed + chunk.size(), List.copyOf(chunk));
        }
    }

    /** What {@link #inChunks} does with each chunk. */
    interface ChunkConsumer {
        void accept(int handedSoFar, List<RecordWrite> chunk);
    }

    /**
     * {@code count} upserts of generated meetings; {@code progress} hears the number of each record as it is made.
     * The iterable can be iterated again, as the port allows.
     */
    static Iterable<RecordWrite> meetings(int count, IntConsumer progress) {
        return () -> new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public RecordWrite next() {
                if (next > count) {
                    throw new NoSuchElementException();
                }
                progress.accept(next);
                return RecordWrite.upsert(meeting(next++));
            }
        };
    }
}
