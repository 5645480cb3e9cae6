/**
 * Writing one record at a time ({@link org.confed.application.recording.Recording}): a record named by its key, and a
 * plan's status change.
 */
package org.confed.application.recording;
