/**
 * The tables and their statements (Jdbi 3 SqlObject, rows mapped by constructor), and how a write goes
 * ({@link org.confed.persistence.sql.RecordWriter}). Internal to the persistence module: public only because Jdbi
 * builds its statement objects from public interfaces.
 *
 * <p>Table and list names that statements splice in with {@code <table>} are constants of these classes, never input;
 * every value is a bound parameter.
 */
package org.confed.persistence.sql;
