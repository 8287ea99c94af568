package se.ekonomiuppfoljning.app.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void a_value_refused_deep_in_the_code_is_answered_without_its_developers_text() {
        var answer = handler.badValue(new IllegalArgumentException("Column 'app_user.password_hash' cannot be null"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var error = answer.getBody().errors().get(0);
        assertThat(error.message()).isEqualTo("ogiltig parameter").doesNotContain("password_hash");
        assertThat(error.code()).isEqualTo("BAD_PARAMETER");
    }

    @Test
    void a_parameter_the_api_could_not_read_is_answered_with_its_swedish_explanation() {
        assertThatThrownBy(() -> ApiParameters.period("feb")).isInstanceOfSatisfying(BadParameterException.class, e -> {
            var error = handler.badParameter(e).getBody().errors().get(0);
            assertThat(error.message())
                    .isEqualTo("ogiltig parameter: perioden \"feb\" ska skrivas ÅÅÅÅ-MM, till exempel 2026-02");
        });
    }
}
