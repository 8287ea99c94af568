package se.ekonomiuppfoljning.imports;

/**
 * The column names of the organisation file, as the file format has them: other systems write them, so they are
 * the format's words (not translated), listed in {@code DomainHoldsNoUserTextTest}'s format words. They also name
 * the field of a problem ({@link ImportProblem#field()}), as the file does.
 */
public final class ImportColumns {

    public static final String CODE = "kod";
    public static final String NAME = "namn";
    public static final String SHORT_NAME = "kortnamn";
    public static final String PARENT = "överordnad";
    public static final String COMMITTEE = "nämnd";

    private ImportColumns() {}
}
