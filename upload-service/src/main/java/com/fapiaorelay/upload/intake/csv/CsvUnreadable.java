package com.fapiaorelay.upload.intake.csv;

import com.fapiaorelay.kit.web.ApiProblem;
import java.nio.charset.Charset;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A file that cannot be imported at all, as opposed to rows that fail validation. */
class CsvUnreadable extends ApiProblem {

    private CsvUnreadable(HttpStatus status, String detail) {
        super(status, "csv-unreadable", "CSV file cannot be imported", detail);
    }

    static CsvUnreadable notDecodable(Charset charset) {
        return new CsvUnreadable(
                HttpStatus.BAD_REQUEST, "文件不是有效的 " + charset + " 文本 / the file is not valid " + charset + " text");
    }

    static CsvUnreadable unknownCharset(String contentType) {
        return new CsvUnreadable(
                HttpStatus.BAD_REQUEST, "不支持的内容类型或字符集 / unsupported content type or charset: " + contentType);
    }

    static CsvUnreadable empty() {
        return new CsvUnreadable(HttpStatus.BAD_REQUEST, "文件没有数据行 / the file has no data rows");
    }

    static CsvUnreadable missingColumns(List<String> columns) {
        return new CsvUnreadable(
                HttpStatus.BAD_REQUEST, "表头缺少列 / the header lacks columns: " + String.join(", ", columns));
    }

    static CsvUnreadable tooManyRows(int rows, int limit) {
        return new CsvUnreadable(
                HttpStatus.CONTENT_TOO_LARGE,
                "每个文件最多 " + limit + " 行，收到 " + rows + " 行 / at most " + limit + " rows per file, got " + rows);
    }
}
