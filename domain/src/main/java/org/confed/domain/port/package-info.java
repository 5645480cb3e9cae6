/**
 * The ports: what the domain needs of a store. The {@code persistence} module implements them on H2 and
 * PostgreSQL, {@code org.confed.domain.memory} in memory.
 */
package org.confed.domain.port;
