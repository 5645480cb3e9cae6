/**
 * A registry held in memory: {@link org.confed.domain.memory.InMemoryRegistry} implements every port of
 * {@code org.confed.domain.port} and is the reference the stores' contract tests hold the others to.
 */
package org.confed.domain.memory;
