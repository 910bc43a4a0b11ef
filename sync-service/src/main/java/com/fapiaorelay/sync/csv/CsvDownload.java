package com.fapiaorelay.sync.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV file as RFC 4180 writes it (CRLF, quotes doubled), prefixed with the UTF-8 byte-order mark: without it
 * Excel on a Chinese Windows reads the file as GBK and garbles every Chinese name.
 */
public final class CsvDownload {

    private static final String BOM = "\uFEFF";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StringBuilder text = new StringBuilder(BOM);

    public CsvDownload(List<String> header) {
        row(header);
    }

    /** Appends a row; null cells are left empty. */
    public CsvDownload row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(escape(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public ResponseEntity<byte[]> as(String filename) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A text cell a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
     * leading apostrophe, after OWASP's "CSV Injection" advice; numbers, negative amounts included, stay numbers.
     */
    static String neutralised(Object cell) {
        String value = cell == null ? "" : cell.toString();
        boolean formula = !(cell instanceof Number)
                && !value.isEmpty()
                && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
                && !NUMBER.matcher(value).matches();
        return formula ? "'" + value : value;
    }

    private static String escape(Object cell) {
        String value = neutralised(cell);
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
