package com.fapiaorelay.upload;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A class whose string constants (its SQL) insert into, update or delete from {@code table}. ArchUnit's model holds no
 * constants, so the condition reads them from the class file, where they are stored as written.
 */
final class WriteSql extends ArchCondition<JavaClass> {

    private final String table;
    private final Pattern write;

    WriteSql(String table) {
        super("write table " + table);
        this.table = table;
        this.write =
                Pattern.compile("(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+" + table + "\\b", Pattern.CASE_INSENSITIVE);
    }

    @Override
    public void check(JavaClass javaClass, ConditionEvents events) {
        boolean writes = write.matcher(constants(javaClass)).find();
        events.add(new SimpleConditionEvent(
                javaClass, writes, javaClass.getName() + (writes ? " writes" : " does not write") + " table " + table));
    }

    private static String constants(JavaClass javaClass) {
        String resource = "/" + javaClass.getName().replace('.', '/') + ".class";
        try (InputStream in = javaClass.reflect().getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
