package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionService;

/**
 * Politicians' questions with their answers. A reader who may not edit nor review (a politician) gets a field to ask
 * and, until it is answered, to change their question; the unit's chief and the reviewers get a field to answer each
 * open question. A change reloads the questions only.
 */
class QuestionsPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Stockholm"));

    private final QuestionService questions;
    private final ReportMessage message;
    private final VerticalLayout list = new VerticalLayout();
    private final TextArea ask = area("questions.yourQuestion", "question-text");
    private final Button send = new Button(getTranslation("questions.ask"), e -> ask());
    private @Nullable MonthlyReport current;

    QuestionsPanel(QuestionService questions, ReportMessage message) {
        this.questions = questions;
        this.message = message;
        setPadding(false);
        setWidthFull();
        list.setPadding(false);
        list.setWidthFull();
        send.setId("question-ask");
        add(new H3(getTranslation("questions.title")), list, ask, send);
    }

    private TextArea area(String labelKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(MonthlyReportForm.MAX_TEXT);
        area.setWidthFull();
        return area;
    }

    void show(MonthlyReport report) {
        current = report;
        ask.clear();
        ask.setVisible(!answerer(report));
        send.setVisible(!answerer(report));
        refresh();
    }

    private static boolean answerer(MonthlyReport report) {
        return report.mayEdit() || report.mayReview();
    }

    /** Reloads the month's questions. */
    void refresh() {
        MonthlyReport report = current;
        list.removeAll();
        if (report == null) {
            return;
        }
        for (Question question : questions.questions(report.unit().code(), report.period())) {
            addEntry(question, answerer(report));
        }
        list.setVisible(list.getComponentCount() > 0); // no empty gap where no question is asked
    }

    private void addEntry(Question question, boolean answerer) {
        Paragraph asked = new Paragraph(getTranslation(
                "questions.asked", question.askedByName(), DAY.format(question.askedAt()), question.text()));
        asked.setId("question-" + question.id());
        list.add(asked);
        if (question.answered()) {
            Paragraph answer =
                    new Paragraph(getTranslation("questions.answer", question.answeredByName(), question.answer()));
            answer.setId("answer-" + question.id());
            list.add(answer);
        } else if (answerer) {
            TextArea answer = area("questions.yourAnswer", "answer-text-" + question.id());
            Button send = new Button(
                    getTranslation("questions.send"),
                    e -> message.run(() -> {
                        questions.answer(question.id(), answer.getValue());
                        changed(getTranslation("questions.answered"));
                    }));
            send.setId("answer-send-" + question.id());
            list.add(answer, send);
        } else if (questions.mayChange(question)) {
            TextArea text = area("questions.change", "question-edit-text-" + question.id());
            text.setValue(question.text());
            Button change = new Button(
                    getTranslation("questions.changeSave"),
                    e -> message.run(() -> {
                        questions.edit(question.id(), text.getValue());
                        changed(getTranslation("questions.changed"));
                    }));
            change.setId("question-edit-save-" + question.id());
            list.add(new Paragraph(getTranslation("questions.unanswered")), text, change);
        } else {
            list.add(new Paragraph(getTranslation("questions.unanswered")));
        }
    }

    private void ask() {
        MonthlyReport report = current;
        if (report == null) {
            return;
        }
        message.run(() -> {
            questions.ask(report.unit().code(), report.period(), ask.getValue());
            ask.clear();
            changed(getTranslation("questions.asked.done"));
        });
    }

    private void changed(String text) {
        refresh();
        message.show(text);
    }
}
