package se.ekonomiuppfoljning.reports;

import java.util.Properties;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;

/** The Swedish words a document prints for an åtgärd's level and status and a month's verdict ({@code labels.properties}). */
final class DocumentLabels {

    private static final Properties LABELS = DocumentResources.load(DocumentLabels.class, "labels.properties");

    private DocumentLabels() {}

    static String of(DecisionLevel level) {
        return label("decisionLevel." + level.name());
    }

    static String of(ActionStatus status) {
        return label("actionStatus." + status.name());
    }

    static String of(FollowUpStatus status) {
        return label("followUpStatus." + status.name());
    }

    private static String label(String key) {
        String label = LABELS.getProperty(key);
        if (label == null) {
            throw new IllegalStateException("labels.properties has no " + key);
        }
        return label;
    }
}
