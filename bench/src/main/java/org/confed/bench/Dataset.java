package org.confed.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The benchmark's records, drawn from a seeded {@link Random}: the same size and seed give the same records, so the
 * import and the JDBC baseline write the same rows. A dataset of N records holds one confederation, its three states
 * and their memberships, N/100 sources, N/100 persons, and meetings for the rest, each with two to four participants,
 * one to three topics and a source. Meeting ids are random strings, as keys coming from outside would be.
 */
final class Dataset {
    static final String CONFEDERATION = "SAH";
    static final List<String> STATES = List.of("MLI", "BFA", "NER");
    static final String[] KINDS = {"summit", "audience", "ministerial", "committee", "other"};
    static final String[] PLACES = {"Niamey", "Bamako", "Ouagadougou", "Koulouba", "Ségou", "Tombouctou", "Agadez",
        "Bobo-Dioulasso", "Kayes", "Zinder", "Mopti", "Dori"};
    static final String[] TOPICS = {"Défense et sécurité", "Diplomatie", "Développement", "Énergie", "Élection",
        "Sécurité alimentaire", "Transport et routes", "Monnaie commune", "Passeport confédéral", "Télévision",
        "Réfugiés", "Coopération militaire", "Mines et pétrole", "Santé publique", "Éducation", "Eau et irrigation"};
    static final String[] FIRST_NAMES = {"Assimi", "Ibrahim", "Abdourahamane", "Aminata", "Moussa", "Fatoumata",
        "Salif", "Aïssata", "Boubacar", "Mariam", "Hamidou", "Zénabou"};
    static final String[] LAST_NAMES = {"Goïta", "Traoré", "Tiani", "Barmou", "Diarra", "Ouédraogo", "Maïga",
        "Sawadogo", "Keïta", "Kaboré", "Issoufou", "Touré"};
    static final String[] CAPACITIES = {"Chef de l'État", "Ministre des Affaires étrangères", "Ministre de la Défense",
        "Chef d'état-major général des armées", "Ambassadeur"};
    static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    static final int DAYS = 36 * 365;

    final long records;
    final int sources;
    final int persons;
    final long meetings;
    private final long seed;

    Dataset(long records, long seed) {
        if (records < 1000) {
            throw new IllegalArgumentException("at least 1000 records: " + records);
        }
        this.records = records;
        this.seed = seed;
        this.sources = (int) (records / 100);
        this.persons = (int) (records / 100);
        this.meetings = records - sources - persons - 1 - 2L * STATES.size();
    }

    /** A participant: a person, or a post (a holder the sources do not name), or both. */
    record Participant(String person, String post, String capacity) {
    }

    record Meeting(String id, String kind, LocalDate date, String place, String title, List<Participant> participants,
                   List<String> topics, String source) {
    }

    record Person(String id, String name, String source) {
    }

    static String sourceId(int index) {
        return "src-" + index;
    }

    Person person(int index) {
        String first = FIRST_NAMES[index % FIRST_NAMES.length];
        String last = LAST_NAMES[(index / FIRST_NAMES.length) % LAST_NAMES.length];
        return new Person("p" + index, first + " " + last, sourceId(index % sources));
    }

    /** Calls {@code each} with every meeting, in file order. */
    void meetings(Consumer<Meeting> each) {
        Random random = new Random(seed);
        char[] id = new char[14];
        for (long i = 0; i < meetings; i++) {
            id[0] = 'm';
            id[1] = '-';
            for (int c = 2; c < id.length; c++) {
                id[c] = Character.forDigit(random.nextInt(36), 36);
            }
            String kind = KINDS[random.nextInt(KINDS.length)];
            LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
            String place = PLACES[random.nextInt(PLACES.length)];
            // a word of its own per meeting ("dossier k3f9x2ab"), so a search can look for one meeting among all
            String title = "Réunion de " + place + ", dossier " + titleWord(i);
            int attending = 2 + random.nextInt(3);
            Set<Integer> who = new LinkedHashSet<>();
            while (who.size() < attending) {
                who.add(random.nextInt(persons));
            }
            List<Participant> participants = new ArrayList<>(attending);
            for (int person : who) {
                participants.add(new Participant("p" + person, null, CAPACITIES[random.nextInt(CAPACITIES.length)]));
            }
            int discussed = 1 + random.nextInt(3);
            Set<String> topics = new LinkedHashSet<>();
            while (topics.size() < discussed) {
                topics.add(TOPICS[random.nextInt(TOPICS.length)]);
            }
            each.accept(new Meeting(new String(id), kind, date, place, title, participants, List.copyOf(topics),
                    sourceId(random.nextInt(sources))));
        }
    }

    /** The title word of meeting number {@code index}: found in that meeting only. */
    static String titleWord(long index) {
        // an odd multiplier prime to 36 is a bijection modulo 36^7: distinct words, 8 base-36 digits each
        return Long.toString(index * 2654435761L % 78364164096L + 78364164096L, 36);
    }

    /** Every record as NDJSON lines, referenced records first. */
    void lines(Consumer<String> each) {
        Json json = new Json();
        for (int i = 0; i < sources; i++) {
            each.accept(json.source(i));
        }
        for (String state : STATES) {
            each.accept(json.object(g -> {
                g.writeStringField("type", "state");
                g.writeStringField("code", state);
                g.writeStringField("name", "État " + state);
            }));
        }
        each.accept(json.object(g -> {
            g.writeStringField("type", "confederation");
            g.writeStringField("code", CONFEDERATION);
            g.writeStringField("name", "Confédération de banc d'essai");
            g.writeStringField("presidency_term", "P1Y");
            g.writeArrayFieldStart("rotation");
            for (String state : STATES) {
                g.writeString(state);
            }
            g.writeEndArray();
        }));
        for (String state : STATES) {
            each.accept(json.object(g -> {
                g.writeStringField("type", "membership");
                g.writeStringField("confederation", CONFEDERATION);
                g.writeStringField("state", state);
                g.writeStringField("start", "1989-01-01");
            }));
        }
        for (int i = 0; i < persons; i++) {
            each.accept(json.person(person(i)));
        }
        meetings(meeting -> each.accept(json.meeting(meeting)));
    }

    /** Writes records as JSON lines, with a reused generator per line. */
    static final class Json {
        private final JsonFactory factory = new JsonFactory();

        interface Fields {
            void write(JsonGenerator generator) throws IOException;
        }

        String object(Fields fields) {
            StringWriter out = new StringWriter(256);
            try (JsonGenerator g = factory.createGenerator(out)) {
                g.writeStartObject();
                fields.write(g);
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }

        String source(int index) {
            return object(g -> {
                g.writeStringField("type", "source");
                g.writeStringField("id", sourceId(index));
                g.writeStringField("publisher", "APA");
                g.writeStringField("title", "Dépêche numéro " + index);
                g.writeStringField("language", "fr");
            });
        }

        String person(Person person) {
            return object(g -> {
                g.writeStringField("type", "person");
                g.writeStringField("id", person.id());
                g.writeStringField("name", person.name());
                g.writeArrayFieldStart("sources");
                g.writeString(person.source());
                g.writeEndArray();
            });
        }

        String meeting(Meeting meeting) {
            return object(g -> {
                g.writeStringField("type", "meeting");
                g.writeStringField("id", meeting.id());
                g.writeStringField("confederation", CONFEDERATION);
                g.writeStringField("kind", meeting.kind());
                g.writeStringField("date", meeting.date().toString());
                g.writeStringField("place", meeting.place());
                g.writeStringField("title", meeting.title());
                g.writeArrayFieldStart("participants");
                for (Participant participant : meeting.participants()) {
                    g.writeStartObject();
                    if (participant.person() != null) {
                        g.writeStringField("person", participant.person());
                    }
                    if (participant.post() != null) {
                        g.writeStringField("post", participant.post());
                    }
                    g.writeStringField("capacity", participant.capacity());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("topics");
                for (String topic : meeting.topics()) {
                    g.writeString(topic);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("sources");
                g.writeString(meeting.source());
                g.writeEndArray();
            });
        }
    }
}
