package org.receptorsim.scenario;

/**
 * A user error in a scenario or library file, located at file, line, column and field. Its message is the one line
 * a user sees: {@code FILE:LINE:COLUMN: FIELD: what was expected}.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    /**
     * @param file the file, as the user named it
     * @param line 1-based line, or 0 if unknown
     * @param column 1-based column, or 0 if unknown
     * @param field dotted path of the field, e.g. {@code cellOverrides.phosphorylationRate}
     * @param problem what was expected
     */
    public ScenarioException(String file, int line, int column, String field, String problem) {
        super(format(file, line, column, field, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String field, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(problem.replace('\n', ' ')).toString();
    }

    /** The file at fault. */
    public String file() {
        return file;
    }

    /** 1-based line, 0 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 if unknown. */
    public int column() {
        return column;
    }

    /** Dotted field path. */
    public String field() {
        return field;
    }

    /** What was expected. */
    public String problem() {
        return problem;
    }
}
