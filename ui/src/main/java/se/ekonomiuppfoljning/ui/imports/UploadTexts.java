package se.ekonomiuppfoljning.ui.imports;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts (button, file list, errors, units) from the bundles, every one of them set. */
final class UploadTexts {

    private UploadTexts() {
    }

    /** @param text a bundle key's text, e.g. the view's {@code getTranslation} */
    static UploadI18N of(Function<String, String> text) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(text.apply("upload.status.connecting"))
                        .setStalled(text.apply("upload.status.stalled"))
                        .setProcessing(text.apply("upload.status.processing"))
                        .setHeld(text.apply("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(text.apply("upload.remaining.prefix"))
                        .setUnknown(text.apply("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(text.apply("upload.error.serverUnavailable"))
                        .setUnexpectedServerError(text.apply("upload.error.unexpectedServerError"))
                        .setForbidden(text.apply("upload.error.forbidden")));
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(text.apply("import.drop"))
                        .setMany(text.apply("import.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(text.apply("upload.addFile"))
                        .setMany(text.apply("upload.addFile")))
                .setFile(new UploadI18N.File().setRetry(text.apply("upload.file.retry"))
                        .setStart(text.apply("upload.file.start")).setRemove(text.apply("upload.file.remove")))
                .setError(new UploadI18N.Error().setTooManyFiles(text.apply("upload.error.tooManyFiles"))
                        .setFileIsTooBig(text.apply("upload.error.fileIsTooBig"))
                        .setIncorrectFileType(text.apply("upload.error.incorrectFileType")))
                .setUploading(uploading)
                .setUnits(List.of(text.apply("upload.units").split(",")));
    }
}
