package io.interdict.lists.common;

import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams an XML list file: the root is reported first, then every record element as a tree. */
public final class XmlRecords {
    private XmlRecords() {
    }

    /**
     * @param recordNames local names of record elements (at any depth)
     * @param root        receives the root element's attributes (an empty node)
     * @param onRecord    receives each record
     * @return false when the file is not well-formed (an error with its line is recorded)
     */
    public static boolean stream(ListFile file, Set<String> recordNames, Consumer<XmlNode> root, Consumer<XmlNode> onRecord,
                                 Set<String> headerNames, Problems problems) {
        XMLStreamReader r = null;
        boolean first = true;
        try {
            r = Xml.open(file);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (first) {
                    first = false;
                    if (root != null) {
                        root.accept(rootNode(r));
                    }
                    continue;
                }
                String n = r.getLocalName();
                if (recordNames.contains(n) || (headerNames != null && headerNames.contains(n))) {
                    onRecord.accept(XmlNode.read(r));
                }
            }
            if (first) {
                problems.error(file.name(), 0, null, "no XML root element (empty file?)");
                return false;
            }
            return true;
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problems.error(file.name(), line, null, "malformed XML: " + firstLine(e.getMessage()));
            return false;
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a byte-array reader cannot lose data
                }
            }
        }
    }

    private static XmlNode rootNode(XMLStreamReader r) {
        // Only the root's attributes are wanted: read a shallow copy without consuming the children.
        return XmlNode.shallow(r);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String m = nl >= 0 ? s.substring(s.lastIndexOf('\n') + 1) : s;
        return m.strip();
    }
}
