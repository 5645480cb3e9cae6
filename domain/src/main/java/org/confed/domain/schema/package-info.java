/**
 * The record types of the interchange format as data: fields, keys, references, temporal roles and
 * constraints, all read from the model's annotations. Outer layers derive columns, CSV headers,
 * JSON schemas and messages from here.
 */
package org.confed.domain.schema;
