package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A part of a page with its own message line: a refusal thrown by a listener inside it is shown there (by the
 * {@link PortalErrorHandler}) rather than in the page's message or a notification.
 */
public class ProblemArea extends VerticalLayout implements ShowsProblems {

    private final SerializableConsumer<String> message;

    public ProblemArea(SerializableConsumer<String> message, Component... children) {
        super(children);
        this.message = message;
    }

    @Override
    public void showProblem(String text) {
        message.accept(text);
    }
}
