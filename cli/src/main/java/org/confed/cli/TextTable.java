package org.confed.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small table for people: columns padded to their widest cell, two spaces apart, the last column left ragged.
 * Widths count code points, so {@code Goïta} lines up with {@code Goita}. A missing value prints as {@code -}.
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    private TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    static TextTable withHeader(String... header) {
        return new TextTable(header);
    }

    /** Rows of label and value, no header: a record shown one field a line. */
    static TextTable fields() {
        return new TextTable(new String[2]);
    }

    TextTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(cell -> cell == null ? "-" : cell.toString()).toArray(String[]::new));
        return this;
    }

    boolean isEmpty() {
        return rows.size() == 1;
    }

    void print(PrintWriter out) {
        int[] widths = new int[columns];
        for (String[] row : printed()) {
            for (int column = 0; column < columns; column++) {
                widths[column] = Math.max(widths[column], width(row[column]));
            }
        }
        for (String[] row : printed()) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < columns; column++) {
                line.append(row[column]);
                if (column < columns - 1) {
                    line.append(" ".repeat(widths[column] - width(row[column]) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    // A fields() table has no header to print.
    private List<String[]> printed() {
        return rows.get(0)[0] == null ? rows.subList(1, rows.size()) : rows;
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
