package com.fapiaorelay.common.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Text of an OFD page ({@code ofd:TextObject} with its {@code Boundary} and {@code ofd:TextCode} X/Y inside it, in
 * millimetres) as lines: runs whose baselines are within half a line of each other form one line, left to right.
 */
final class OfdText {

    private static final double SAME_LINE_MM = 1.5;

    record Run(double x, double y, String text) {}

    private OfdText() {}

    static List<Run> runs(byte[] contentXml) {
        List<Run> runs = new ArrayList<>();
        for (Element object : textObjects(contentXml)) {
            double[] boundary = numbers(object.getAttribute("Boundary"));
            NodeList codes = object.getElementsByTagNameNS("*", "TextCode");
            for (int j = 0; j < codes.getLength(); j++) {
                Element code = (Element) codes.item(j);
                runs.add(new Run(
                        boundary[0] + number(code.getAttribute("X")),
                        boundary[1] + number(code.getAttribute("Y")),
                        code.getTextContent()));
            }
        }
        return runs;
    }

    static List<String> lines(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::y));
        List<String> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        for (Run run : sorted) {
            if (!line.isEmpty() && run.y() - line.get(0).y() > SAME_LINE_MM) {
                lines.add(join(line));
                line.clear();
            }
            line.add(run);
        }
        if (!line.isEmpty()) {
            lines.add(join(line));
        }
        return lines;
    }

    private static String join(List<Run> line) {
        line.sort(Comparator.comparingDouble(Run::x));
        StringBuilder text = new StringBuilder();
        for (Run run : line) {
            text.append(text.isEmpty() ? "" : " ").append(run.text());
        }
        return text.toString();
    }

    private static double[] numbers(String text) {
        String[] parts = text.isBlank() ? new String[0] : text.strip().split("\\s+");
        return new double[] {parts.length > 0 ? number(parts[0]) : 0, parts.length > 1 ? number(parts[1]) : 0};
    }

    private static double number(String text) {
        return text == null || text.isBlank() ? 0 : Double.parseDouble(text);
    }

    private static List<Element> textObjects(byte[] xml) {
        List<Element> objects = new ArrayList<>();
        try {
            NodeList found = SafeXml.parse(xml).getElementsByTagNameNS("*", "TextObject");
            for (int i = 0; i < found.getLength(); i++) {
                objects.add((Element) found.item(i));
            }
        } catch (SAXException | IOException e) {
            return objects;
        }
        return objects;
    }
}
