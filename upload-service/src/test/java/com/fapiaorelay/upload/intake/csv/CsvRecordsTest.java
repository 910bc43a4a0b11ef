package com.fapiaorelay.upload.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<CsvRow> rows = CsvRecords.parse("a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).containsExactly("x,1", "say \"hi\"", "two\nlines");
    }

    @Test
    void blankRecordsAreSkippedButStillCountedAsRows() {
        List<CsvRow> rows = CsvRecords.parse("h1,h2\n\n1,2\n,\n3,4");

        assertThat(rows).extracting(CsvRow::number).containsExactly(1, 3, 5);
        assertThat(rows.get(2).cells()).containsExactly("3", "4");
    }

    @Test
    void emptyTrailingFieldIsKept() {
        assertThat(CsvRecords.parse("a,b,\n").get(0).cells()).containsExactly("a", "b", "");
    }
}
