package se.ekonomiuppfoljning.persistence.reports;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.ReportDocument;

/**
 * A {@link ReportDocument} as JSON and back, exactly: the blocks are records, written with a {@code type} name,
 * amounts as plain decimals. Kept here so that the domain stays free of the mapping.
 */
final class ReportDocumentJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Fields.class, name = "fields"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
        @JsonSubTypes.Type(value = Block.LineChart.class, name = "lineChart"),
        @JsonSubTypes.Type(value = Block.BarChart.class, name = "barChart")
    })
    private interface BlockMixin {}

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addMixIn(Block.class, BlockMixin.class)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReportDocumentJson() {}

    static String write(ReportDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the document could not be written as JSON", e);
        }
    }

    static ReportDocument read(String json) {
        try {
            return MAPPER.readValue(json, ReportDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document could not be read", e);
        }
    }
}
