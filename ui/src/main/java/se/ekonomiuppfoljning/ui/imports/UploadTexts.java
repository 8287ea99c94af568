package se.ekonomiuppfoljning.ui.imports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own texts (button, file list, errors, units) from the bundles, every one of them set. */
final class UploadTexts {

    private UploadTexts() {}

    /** The texts in the view's language. */
    static UploadI18N of(Component view) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(view.getTranslation("upload.status.connecting"))
                        .setStalled(view.getTranslation("upload.status.stalled"))
                        .setProcessing(view.getTranslation("upload.status.processing"))
                        .setHeld(view.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(view.getTranslation("upload.remaining.prefix"))
                        .setUnknown(view.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(view.getTranslation("upload.error.serverUnavailable"))
                        .setUnexpectedServerError(view.getTranslation("upload.error.unexpectedServerError"))
                        .setForbidden(view.getTranslation("upload.error.forbidden")));
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(view.getTranslation("import.drop"))
                        .setMany(view.getTranslation("import.drop")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(view.getTranslation("upload.addFile"))
                        .setMany(view.getTranslation("upload.addFile")))
                .setFile(new UploadI18N.File()
                        .setRetry(view.getTranslation("upload.file.retry"))
                        .setStart(view.getTranslation("upload.file.start"))
                        .setRemove(view.getTranslation("upload.file.remove")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(view.getTranslation("upload.error.tooManyFiles"))
                        .setFileIsTooBig(view.getTranslation("upload.error.fileIsTooBig"))
                        .setIncorrectFileType(view.getTranslation("upload.error.incorrectFileType")))
                .setUploading(uploading)
                .setUnits(List.of(view.getTranslation("upload.units").split(",")));
    }
}
