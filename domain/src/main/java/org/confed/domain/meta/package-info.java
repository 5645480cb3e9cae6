/**
 * The annotations with which the model declares what it is: record types, natural keys, references,
 * temporal validity and field constraints. Outer layers read them instead of restating them.
 */
package org.confed.domain.meta;
