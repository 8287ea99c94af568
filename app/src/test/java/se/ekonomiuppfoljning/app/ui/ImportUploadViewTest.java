package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.ui.imports.ImportView;

/** The Import page's upload: the limit holds while the file arrives, and no temporary file outlives an import. */
class ImportUploadViewTest extends KaribuTest {

    private static long uploadFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("import-upload-"))
                    .count();
        }
    }

    @SuppressWarnings("unchecked")
    private static void upload(ImportKind kind, String fileName, byte[] content) {
        _get(Select.class, spec -> spec.withId("import-kind")).setValue(kind);
        Upload upload = _get(Upload.class);
        try {
            UploadKt._upload(upload, fileName, "text/csv", content);
        } catch (Exception stopped) {
            // the receiver's stream failed at the limit. Vaadin's upload handler catches that and fires the failed
            // event; Karibu's _upload lets the exception out instead, so the test fires the event as Vaadin does
            assertThat(stopped).isInstanceOf(IOException.class);
            UploadKt._uploadFail(upload, fileName, "text/csv", stopped);
        }
        MockVaadin.clientRoundtrip();
    }

    private static List<String> problems() {
        return _get(UnorderedList.class, spec -> spec.withId("import-problems"))
                .getChildren()
                .map(c -> ((ListItem) c).getText())
                .toList();
    }

    @Test
    void an_upload_past_the_limit_is_stopped_while_it_arrives_and_leaves_no_temporary_file() throws IOException {
        login("ekonomichef");
        UI.getCurrent().navigate(ImportView.class);
        long before = uploadFiles();
        byte[] eleven = new byte[11 << 20]; // the test profile's limit is 10 MB
        java.util.Arrays.fill(eleven, (byte) 'a');

        upload(ImportKind.ACTUALS_CSV, "stor.csv", eleven);

        assertThat(problems())
                .containsExactly("stor.csv: Filen är större än gränsen 10 MB och togs inte emot." + " Inget sparades.");
        assertThat(uploadFiles()).isEqualTo(before);
        assertThat(_get(Upload.class).getMaxFileSize()).isEqualTo(10 << 20);
    }

    @Test
    void a_previewed_or_refused_upload_leaves_no_temporary_file() throws IOException {
        login("ekonomichef");
        UI.getCurrent().navigate(ImportView.class);
        long before = uploadFiles();

        upload(
                ImportKind.ACTUALS_CSV,
                "ok.csv",
                "ansvar;konto;period;belopp\n1150;5011;2031-02;1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(uploadFiles()).isEqualTo(before);
        upload(ImportKind.ACTUALS_CSV, "fel.csv", "ansvar;konto\n".getBytes(StandardCharsets.UTF_8));
        assertThat(problems()).isNotEmpty();
        assertThat(uploadFiles()).isEqualTo(before);
        upload(ImportKind.ORGANISATION_CSV, "org.csv", "kod;namn\n".getBytes(StandardCharsets.UTF_8));
        assertThat(uploadFiles()).isEqualTo(before);
    }

    @Test
    void an_actuals_file_naming_sbf_in_lower_case_previews_the_existing_sbf_and_offers_no_placement() {
        login("controller");
        UI.getCurrent().navigate(ImportView.class);

        upload(
                ImportKind.ACTUALS_CSV,
                "sbf.csv",
                "ansvar;konto;period;belopp\nsbf;5011;2031-02;1000\n".getBytes(StandardCharsets.UTF_8));

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("import-units"));
        List<String> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join("|", GridKt._getFormattedRow(grid, i)))
                .toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).startsWith("SBF|Samhällsbyggnadsförvaltningen|").doesNotContain("(ny)");
        assertThat(LocatorJ._find(ComboBox.class)).isEmpty();
    }
}
