package org.receptorsim.records;

/**
 * A record component with a value it may not have, naming the component as data: a file loader places the error at
 * that field of the file. The message is {@code "field: problem"} (just the problem when no single field is at fault).
 */
public final class InvalidFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * @param field the component at fault, or "" when the problem concerns the record as a whole
     * @param problem what was expected, and what was found
     */
    public InvalidFieldException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The component at fault, "" for the record as a whole. */
    public String field() {
        return field;
    }

    /** What was expected, without the field. */
    public String problem() {
        return problem;
    }
}
