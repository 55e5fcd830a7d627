package se.platskompassen.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A copy of the server's element tree, as a browser tab's Flow client keeps it, built from the
 * {@code changes} of every UIDL response: enough to find buttons and fields by what they say
 * (their text, their label), never by node ids.
 */
final class ElementTree {

    /** Feature ids of Flow's state tree (com.vaadin.flow.internal.nodefeature.NodeFeatures). */
    private static final int TAG = 0;
    static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int VIRTUAL_CHILDREN = 24;

    /** The node id of the UI itself, the root of everything shown. */
    static final int ROOT = 1;

    /** A node of the server's element tree, as far as the flow needs to know it. */
    private static final class Node {
        String tag = "";
        String text;
        Integer parent;
        final List<Integer> children = new ArrayList<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
    }

    private final Map<Integer, Node> tree = new HashMap<>();

    void clear() {
        tree.clear();
    }

    /** Applies one of a UIDL response's changes. */
    void apply(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asText();
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "attach" -> tree.putIfAbsent(id, new Node());
            case "detach" -> tree.remove(id);
            case "put" -> put(node(id), feature, change.path("key").asText(), change.get("value"));
            case "remove" -> {
                Node node = node(id);
                node.properties.remove(change.path("key").asText());
                node.attributes.remove(change.path("key").asText());
            }
            case "splice" -> {
                if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
                    splice(node(id), id, change);
                }
            }
            case "clear" -> {
                if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
                    Node node = node(id);
                    node.children.forEach(child -> orphan(child, id));
                    node.children.clear();
                }
            }
            default -> { }
        }
    }

    private void put(Node node, int feature, String key, JsonNode value) {
        if (value == null) {
            return;
        }
        switch (feature) {
            case TAG -> {
                if (key.equals("tag")) {
                    node.tag = value.asText();
                }
            }
            case TEXT -> node.text = value.asText();
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value.asText());
            default -> { }
        }
    }

    private void splice(Node parent, int parentId, JsonNode change) {
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < parent.children.size(); i++) {
            orphan(parent.children.remove(index), parentId);
        }
        int at = index;
        for (JsonNode added : change.path("addNodes")) {
            int child = added.asInt();
            node(child).parent = parentId;
            parent.children.add(Math.min(at++, parent.children.size()), child);
        }
    }

    private void orphan(int child, int parentId) {
        Node node = tree.get(child);
        if (node != null && Integer.valueOf(parentId).equals(node.parent)) {
            node.parent = null;
        }
    }

    private Node node(int id) {
        return tree.computeIfAbsent(id, key -> new Node());
    }

    private boolean shown(int id) {
        Integer at = id;
        for (int depth = 0; at != null && depth < 200; depth++) {
            if (at == ROOT) {
                return true;
            }
            Node node = tree.get(at);
            at = node == null ? null : node.parent;
        }
        return false;
    }

    /** Whether some text on the screen says exactly this. */
    boolean showsText(String text) {
        return tree.entrySet().stream()
                .anyMatch(entry -> text.equals(entry.getValue().text) && shown(entry.getKey()));
    }

    /** The one button on the screen whose text (or a text inside it) says this. */
    int button(String text) {
        Set<Integer> found = new LinkedHashSet<>();
        tree.forEach((id, node) -> {
            if (text.equals(node.text) && shown(id)) {
                Integer at = node.parent;
                for (int depth = 0; at != null && depth < 5; depth++) {
                    Node ancestor = tree.get(at);
                    if (ancestor != null && ancestor.tag.equals("vaadin-button")) {
                        found.add(at);
                        break;
                    }
                    at = ancestor == null ? null : ancestor.parent;
                }
            }
        });
        if (found.size() != 1) {
            throw new ProtocolException(found.size() + " buttons say \"" + text + "\"");
        }
        return found.iterator().next();
    }

    /** The one field of this tag on the screen with this label. */
    int field(String tag, String label) {
        List<Integer> found = new ArrayList<>();
        tree.forEach((id, node) -> {
            JsonNode nodeLabel = node.properties.get("label");
            if (node.tag.equals(tag) && nodeLabel != null && label.equals(nodeLabel.asText()) && shown(id)) {
                found.add(id);
            }
        });
        if (found.size() != 1) {
            throw new ProtocolException(found.size() + " fields labelled \"" + label + "\"");
        }
        return found.get(0);
    }

    /** An attribute of a node as the server last set it, or null. */
    String attribute(int node, String name) {
        Node found = tree.get(node);
        return found == null ? null : found.attributes.get(name);
    }
}
