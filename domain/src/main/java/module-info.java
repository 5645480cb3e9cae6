/**
 * The confed model, its rules and its temporal queries, with the JDK alone: the records of the interchange
 * format, the rules that span records, the "as of" answers (who presided on a day, who presides next), the ports
 * a store implements and a registry held in memory.
 *
 * <p>The exported packages are the public API, under semantic versioning: a version whose major part is
 * unchanged keeps every exported type and member a program compiles or links against.
 *
 * <ul>
 *   <li>{@link org.confed.domain.model}: the records and their identifiers, dates and exceptions</li>
 *   <li>{@link org.confed.domain.meta}: the annotations through which the records declare keys, references and
 *       constraints</li>
 *   <li>{@link org.confed.domain.schema}: the record types as data, read from those annotations</li>
 *   <li>{@link org.confed.domain.rules}: the rules that span records</li>
 *   <li>{@link org.confed.domain.query}: answers computed from records: presidency history and forecast,
 *       member rolls, plan histories, timelines</li>
 *   <li>{@link org.confed.domain.port}: what the domain needs of a store</li>
 *   <li>{@link org.confed.domain.memory}: a store held in memory</li>
 * </ul>
 *
 * <p>Nothing in the module does I/O, logs or starts a thread. It reflects only on its own classes, never on a
 * caller's: the identifier records and {@code RecordSchemas} read the model's annotations when first used, and
 * {@code FieldSchema.valueOf} calls record accessors.
 */
module org.confed.domain {
    exports org.confed.domain.model;
    exports org.confed.domain.meta;
    exports org.confed.domain.schema;
    exports org.confed.domain.rules;
    exports org.confed.domain.query;
    exports org.confed.domain.port;
    exports org.confed.domain.memory;
}
