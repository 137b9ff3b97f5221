package io.interdict.lists.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One list record as a small tree, read with StAX: the file is streamed, only the current record is
 * held, and the mapper can look at children by name. {@link #toXml()} gives the raw record for audit.
 */
public final class XmlNode {
    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlNode> children = new ArrayList<>();
    private final long line;
    private String text;

    private XmlNode(String name, Map<String, String> attributes, long line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    /** Reads the element the reader is positioned on (START_ELEMENT) and leaves it after its END_ELEMENT. */
    public static XmlNode read(XMLStreamReader r) throws XMLStreamException {
        XmlNode node = start(r);
        List<XmlNode> stack = new ArrayList<>();
        stack.add(node);
        StringBuilder sb = new StringBuilder();
        while (!stack.isEmpty()) {
            int ev = r.next();
            XmlNode top = stack.get(stack.size() - 1);
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlNode child = start(r);
                    top.children.add(child);
                    stack.add(child);
                    sb.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> sb.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (top.children.isEmpty()) {
                        top.text = Text.clean(sb.toString());
                    }
                    sb.setLength(0);
                    stack.remove(stack.size() - 1);
                }
                default -> {
                }
            }
        }
        return node;
    }

    /** The current element's name and attributes only; the reader does not move. */
    public static XmlNode shallow(XMLStreamReader r) {
        return start(r);
    }

    private static XmlNode start(XMLStreamReader r) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return new XmlNode(r.getLocalName(), attrs, Xml.line(r));
    }

    public String name() {
        return name;
    }

    public long line() {
        return line;
    }

    /** The element's own text (leaf elements only), cleaned; null when blank. */
    public String text() {
        return text;
    }

    public String attr(String key) {
        return Text.clean(attributes.get(key));
    }

    public List<XmlNode> children() {
        return children;
    }

    public List<XmlNode> all(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    public XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** Text of the first child with this name, or null. */
    public String text(String childName) {
        XmlNode c = child(childName);
        return c == null ? null : c.text;
    }

    /** Follows a path of child names ("translations/translation/formattedFullName"); null if absent. */
    public XmlNode path(String path) {
        XmlNode n = this;
        for (String p : path.split("/")) {
            n = n.child(p);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    public String toXml() {
        StringBuilder sb = new StringBuilder();
        write(sb);
        return sb.toString();
    }

    private void write(StringBuilder sb) {
        sb.append('<').append(name);
        attributes.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        if (children.isEmpty() && text == null) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        if (text != null) {
            sb.append(escape(text));
        }
        for (XmlNode c : children) {
            c.write(sb);
        }
        sb.append("</").append(name).append('>');
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
