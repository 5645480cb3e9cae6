/**
 * What reading and writing the interchange format share: the file formats, the CSV shape of each record type
 * ({@link org.confed.application.format.CsvTable}, {@link org.confed.application.format.CsvCells}) and the words of
 * the Popolo standard.
 */
package org.confed.application.format;
