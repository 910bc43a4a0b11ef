package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.extract.FileFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invoice files corrections were filled from: kept when read, tied to the correction their clerk submits. */
@Repository
class CorrectionFileRows {

    /** Served by what the bytes are, never by what the browser that sent them claimed. */
    private static final Map<FileFormat, String> MEDIA_TYPES = Map.of(
            FileFormat.PDF, "application/pdf",
            FileFormat.PNG, "image/png",
            FileFormat.JPEG, "image/jpeg",
            FileFormat.XML, "application/xml",
            FileFormat.OFD, "application/ofd");

    record StoredFile(long id, String fileName, String mediaType, byte[] content) {

        boolean showsInline() {
            return mediaType.equals("application/pdf") || mediaType.startsWith("image/");
        }
    }

    private final JdbcClient jdbc;

    CorrectionFileRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long keep(String fileName, FileFormat format, byte[] content, String uploadedBy) {
        return jdbc.sql("""
                        INSERT INTO correction_file (file_name, media_type, content, uploaded_by)
                        VALUES (:name, :type, :content, :by)
                        RETURNING id
                        """)
                .param("name", fileName)
                .param("type", MEDIA_TYPES.getOrDefault(format, "application/octet-stream"))
                .param("content", content)
                .param("by", uploadedBy)
                .query(Long.class)
                .single();
    }

    /** Only the clerk who uploaded a file, and only once, ties it to a correction. */
    void attach(long fileId, long correctionId, String author) {
        jdbc.sql("""
                        UPDATE correction_file SET correction_id = :correction
                         WHERE id = :id AND uploaded_by = :author AND correction_id IS NULL
                        """)
                .param("correction", correctionId)
                .param("id", fileId)
                .param("author", author)
                .update();
    }

    Optional<StoredFile> forCorrection(long correctionId) {
        return jdbc.sql("SELECT id, file_name, media_type, content FROM correction_file WHERE correction_id = :id")
                .param("id", correctionId)
                .query((rs, row) -> new StoredFile(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getBytes("content")))
                .optional();
    }
}
