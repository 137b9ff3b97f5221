package io.interdict.lists.common;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;

/** StAX reader factory shared by the XML importers. */
public final class Xml {
    private static final XMLInputFactory FACTORY = create();

    private Xml() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // List files come from the network: a DOCTYPE with external entities could make the parser
        // read local files or call other hosts (XXE), and nested entities could exhaust memory
        // ("billion laughs"). No list format needs a DTD, so both are switched off.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    public static XMLStreamReader open(ListFile file) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new ByteArrayInputStream(file.bytes()));
    }

    /** Reads the text of the current element (positioned at START_ELEMENT), trimmed; null when blank. */
    public static String text(XMLStreamReader r) throws XMLStreamException {
        return Text.clean(r.getElementText());
    }

    /** Skips the current element and all its children. */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    public static long line(XMLStreamReader r) {
        return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
    }
}
