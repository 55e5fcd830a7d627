package se.platskompassen.compass;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reading the compass SVGs back in tests: as XML, elements by tag and class, path points. */
final class SvgDocuments {

    private SvgDocuments() {
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The points of a path's M and L commands, as x, y pairs. */
    static List<double[]> points(String pathData) {
        List<double[]> points = new ArrayList<>();
        Matcher m = Pattern.compile("[ML](-?[\\d.]+) (-?[\\d.]+)").matcher(pathData);
        while (m.find()) {
            points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return points;
    }

    /** The elements with this tag and, unless it is null, exactly this class. */
    static List<Element> elements(Document doc, String tag, @Nullable String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (cssClass == null || cssClass.equals(element.getAttribute("class"))) {
                found.add(element);
            }
        }
        return found;
    }

    /** Every text element's content, in document order. */
    static List<String> texts(Document doc) {
        return elements(doc, "text", null).stream().map(Element::getTextContent).toList();
    }
}
