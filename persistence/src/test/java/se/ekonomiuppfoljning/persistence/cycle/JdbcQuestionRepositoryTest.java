package se.ekonomiuppfoljning.persistence.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionRepository;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.persistence.StoredSeed;

@PersistenceTest
class JdbcQuestionRepositoryTest {

    private static final Period FEBRUARY = new Period(2026, 2);
    private static final Instant NOW = Instant.parse("2026-03-05T08:00:00Z");

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    FigureRepository figures;

    @Autowired
    QuestionRepository questions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void storeTheSeed() {
        StoredSeed.store(organisations, figures);
        jdbc.update(
                "INSERT INTO app_user (username, display_name, password_hash) VALUES (?, ?, 'x'), (?, ?, 'x')",
                "q-anna",
                "Anna Berg",
                "q-eva",
                "Eva Lind");
    }

    @Test
    void a_question_names_who_asked_and_answered_by_their_display_names_and_a_gone_user_by_the_user_name() {
        long id =
                questions.add(OVERFORMYNDAR, FEBRUARY, "Varför?", "q-anna", NOW).id();
        questions.answer(id, "Därför.", "q-eva", NOW);
        long orphan =
                questions.add(OVERFORMYNDAR, FEBRUARY, "Och?", "q-removed", NOW).id();

        Question answered = questions.find(id).orElseThrow();
        assertThat(answered.askedBy()).isEqualTo("q-anna");
        assertThat(answered.askedByName()).isEqualTo("Anna Berg");
        assertThat(answered.answeredByName()).isEqualTo("Eva Lind");
        assertThat(questions.forUnit(OVERFORMYNDAR, FEBRUARY))
                .extracting(Question::askedByName)
                .containsExactly("Anna Berg", "q-removed");
        assertThat(questions.find(orphan).orElseThrow().answeredByName()).isNull();
    }

    @Test
    void the_unanswered_questions_are_those_of_the_units_asked_for_of_every_period() {
        long february =
                questions.add(OVERFORMYNDAR, FEBRUARY, "Varför?", "q-anna", NOW).id();
        long march = questions
                .add(OVERFORMYNDAR, new Period(2026, 3), "Och i mars?", "q-anna", NOW)
                .id();
        long answered = questions
                .add(OVERFORMYNDAR, FEBRUARY, "Besvarad?", "q-anna", NOW)
                .id();
        questions.answer(answered, "Ja.", "q-eva", NOW);
        questions.add(IT, FEBRUARY, "IT?", "q-anna", NOW);

        assertThat(questions.unanswered(Set.of(OVERFORMYNDAR)))
                .extracting(Question::id)
                .containsExactly(february, march);
        assertThat(questions.unanswered(Set.of())).isEmpty();
    }
}
