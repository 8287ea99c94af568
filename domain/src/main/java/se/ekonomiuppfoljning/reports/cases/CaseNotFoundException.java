package se.ekonomiuppfoljning.reports.cases;

/** No case has the id. The message is Swedish. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(long id) {
        super("case " + id + " does not exist"); // for the log: pages answer with their not-found view
    }
}
