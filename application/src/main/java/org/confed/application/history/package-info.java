/**
 * What the registry said, and when ({@link org.confed.application.history.History}): the change log, one record's
 * history, and the registry as recorded at an instant ({@link org.confed.application.history.Recorded}).
 */
package org.confed.application.history;
