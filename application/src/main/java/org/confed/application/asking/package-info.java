/**
 * The questions people ask of the registry, each once ({@link org.confed.application.asking.Questions}), with their
 * typed answers and the one JSON shape of each ({@link org.confed.application.asking.AnswerJson}).
 */
package org.confed.application.asking;
