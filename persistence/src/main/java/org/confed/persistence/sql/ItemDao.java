package org.confed.persistence.sql;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The list tables. Every list of one shape is stored alike, so one statement serves each shape; {@code table}
 * names the list table ({@code meeting_source}) and is always one of the names in {@link RecordTable}s, never
 * input.
 */
public interface ItemDao {

    @SqlUpdate("DELETE FROM <table> WHERE owner_key IN (<owners>)")
    int delete(@Define("table") String table, @BindList("owners") List<byte[]> owners);

    @SqlBatch("INSERT INTO <table> (owner_key, item_index, item) VALUES (:ownerKey, :itemIndex, :item)")
    void insertTexts(@Define("table") String table, @BindMethods List<Items.Text> items);

    @SqlQuery("SELECT owner_key, item_index, item FROM <table> WHERE owner_key IN (<owners>) ORDER BY owner_key, item_index")
    List<Items.Text> texts(@Define("table") String table, @BindList("owners") List<byte[]> owners);

    @SqlBatch("INSERT INTO <table> (owner_key, item_index, language, name) VALUES (:ownerKey, :itemIndex, :language, :name)")
    void insertNames(@Define("table") String table, @BindMethods List<Items.Name> items);

    @SqlQuery("SELECT owner_key, item_index, language, name FROM <table> WHERE owner_key IN (<owners>) ORDER BY owner_key, item_index")
    List<Items.Name> names(@Define("table") String table, @BindList("owners") List<byte[]> owners);

    @SqlBatch("INSERT INTO meeting_participant (owner_key, item_index, person_id, capacity) "
            + "VALUES (:ownerKey, :itemIndex, :personId, :capacity)")
    void insertParticipants(@BindMethods List<Items.Participant> items);

    @SqlQuery("SELECT owner_key, item_index, person_id, capacity FROM meeting_participant WHERE owner_key IN (<owners>) "
            + "ORDER BY owner_key, item_index")
    List<Items.Participant> participants(@BindList("owners") List<byte[]> owners);

    @SqlBatch("INSERT INTO meeting_topic (owner_key, item_index, item, folded) VALUES (:ownerKey, :itemIndex, :item, :folded)")
    void insertTopics(@BindMethods List<Items.Topic> items);

    @SqlQuery("SELECT owner_key, item_index, item, folded FROM meeting_topic WHERE owner_key IN (<owners>) ORDER BY owner_key, item_index")
    List<Items.Topic> topics(@BindList("owners") List<byte[]> owners);
}
