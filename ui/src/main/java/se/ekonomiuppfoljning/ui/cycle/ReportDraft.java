package se.ekonomiuppfoljning.ui.cycle;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;

/** What {@link MonthlyReportForm} binds: the report's texts and the forecast as typed, in tkr. */
final class ReportDraft {

    private @Nullable FollowUpStatus status;
    private String followUpText;
    private String analysis;
    private @Nullable BigDecimal forecastTkr;

    ReportDraft(
            @Nullable FollowUpStatus status, String followUpText, String analysis, @Nullable BigDecimal forecastTkr) {
        this.status = status;
        this.followUpText = followUpText;
        this.analysis = analysis;
        this.forecastTkr = forecastTkr;
    }

    @Nullable
    FollowUpStatus getStatus() {
        return status;
    }

    void setStatus(@Nullable FollowUpStatus status) {
        this.status = status;
    }

    String getFollowUpText() {
        return followUpText;
    }

    void setFollowUpText(String followUpText) {
        this.followUpText = followUpText;
    }

    String getAnalysis() {
        return analysis;
    }

    void setAnalysis(String analysis) {
        this.analysis = analysis;
    }

    @Nullable
    BigDecimal getForecastTkr() {
        return forecastTkr;
    }

    void setForecastTkr(@Nullable BigDecimal forecastTkr) {
        this.forecastTkr = forecastTkr;
    }
}
