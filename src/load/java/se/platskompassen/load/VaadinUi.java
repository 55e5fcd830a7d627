package se.platskompassen.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One browser tab's side of Vaadin Flow's UIDL protocol, as far as a resident's flow needs it:
 * the CSRF token, the UI id, the server's sync id and the client's message id, and the
 * {@link ElementTree} built from the {@code changes} of every response. Like a browser tab it
 * keeps what the page stores in {@code localStorage} and {@code sessionStorage} (the resume
 * secret of a resident's own device, {@code response.ui.ResumeOnDevice}) across page loads, and
 * answers the page's reads of it.
 *
 * <p>A response that is not the one expected next (a resync, an expired session, an error, a
 * sync id out of order) throws {@link ProtocolException}: the Gatling check that called it
 * fails, and {@link LoadCounts} counts it.
 */
final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ElementTree tree = new ElementTree();
    private final List<PendingReturn> pendingReturns = new ArrayList<>();
    /** The phone's local storage: survives a new page, a new session, another server. */
    private final Map<String, String> localStorage = new HashMap<>();
    /** The tab's session storage: a resident who loses their server loads the page again in the same tab. */
    private final Map<String, String> sessionStorage = new HashMap<>();
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;

    /** Reads the answer to {@code ?v-r=init}: the UI id, the token and the first changes. */
    void init(String body) {
        JsonNode appConfig = read(body).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        if (!appConfig.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new ProtocolException("init without a UI id or security key");
        }
        uiId = appConfig.get("v-uiId").asInt();
        csrfToken = uidl.get("Vaadin-Security-Key").asText();
        tree.clear();
        pendingReturns.clear();
        syncId = -1;
        clientId = 0;
        apply(uidl);
    }

    int uiId() {
        return uiId;
    }

    /** Reads the answer to a UIDL request; throws when it is anything but the next message in order. */
    void receive(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode message = read(json);
        if (message.isArray()) {
            message = message.path(0);
        }
        JsonNode meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new ProtocolException(ProtocolException.SESSION_EXPIRED);
        }
        if (message.path("resynchronize").asBoolean(false)) {
            throw new ProtocolException(ProtocolException.RESYNC);
        }
        if (meta.has("appError")) {
            throw new ProtocolException("application error: " + meta.get("appError"));
        }
        apply(message);
    }

    private void apply(JsonNode message) {
        int serverSync = message.path("syncId").asInt(-2);
        if (syncId >= 0 && serverSync != syncId + 1) {
            throw new ProtocolException(ProtocolException.RESYNC + " (sync id " + serverSync + " after " + syncId + ")");
        }
        syncId = serverSync;
        int expectedClient = message.path("clientId").asInt(-1);
        if (expectedClient != clientId) {
            throw new ProtocolException(ProtocolException.RESYNC + " (client id " + expectedClient + ", sent " + clientId + ")");
        }
        for (JsonNode change : message.path("changes")) {
            tree.apply(change);
        }
        for (JsonNode invocation : message.path("execute")) {
            run(invocation);
        }
    }

    /**
     * Runs what a script of the page does to {@code localStorage} (its parameters are the
     * invocation's elements before the script, {@code $0} first). A script whose result the
     * server waits for ({@code executeJs(...).then}) is answered on its return channel with the
     * value it reads, or null.
     */
    private void run(JsonNode invocation) {
        String script = invocation.path(invocation.size() - 1).asText("");
        String first = invocation.path(0).asText(null);
        String second = invocation.size() > 2 ? invocation.path(1).asText(null) : null;
        String result = null;
        if (script.contains("localStorage.setItem($0, $1)") && first != null && second != null) {
            localStorage.put(first, second);
            if (script.contains("sessionStorage.setItem($0, $1)")) {
                sessionStorage.put(first, second);
            }
        } else if (script.contains("localStorage.removeItem($0)") && first != null) {
            localStorage.remove(first);
            sessionStorage.remove(first);
        } else if (script.contains("localStorage.getItem($0)") && first != null) {
            result = localStorage.get(first);
            // response.ui.ResumeOnDevice: a secret this very tab stored comes back marked with $2.
            String mark = invocation.size() > 3 ? invocation.path(2).asText(null) : null;
            if (result != null && mark != null && script.contains("sessionStorage.getItem($0) === stored")
                    && result.equals(sessionStorage.get(first))) {
                result = mark + result;
            }
        }
        for (JsonNode argument : invocation) {
            if (argument.has("@v-return")) {
                pendingReturns.add(new PendingReturn(argument.get("@v-return"), result));
                break;
            }
        }
    }

    /** Whether the page has stored something to resume with (a response started on this phone). */
    boolean storedSomething() {
        return !localStorage.isEmpty();
    }

    private record PendingReturn(JsonNode channel, String value) {
    }

    /** Whether some text on the screen says exactly this. */
    boolean showsText(String text) {
        return tree.showsText(text);
    }

    /** The one button on the screen whose text (or a text inside it) says this. */
    int button(String text) {
        return tree.button(text);
    }

    /** The one field of this tag on the screen with this label. */
    int field(String tag, String label) {
        return tree.field(tag, label);
    }

    /** An attribute of a node as the server last set it, or null. */
    String attribute(int node, String name) {
        return tree.attribute(node, name);
    }

    /** The body of a UIDL request with a click on this node (and any script results still owed). */
    String click(int node) {
        ObjectNode data = NODES.objectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 180);
        data.put("event.clientY", 640);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 700);
        data.put("event.screenX", 180);
        return message(event(node, "click", data));
    }

    /** The body of a UIDL request that only answers the page's scripts (as the browser does at once). */
    String returnsOnly() {
        return message();
    }

    /** The body of a UIDL request with a typed value, as a lazy text field sends it once typing pauses. */
    String type(int node, String value) {
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", ElementTree.PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        ObjectNode data = NODES.objectNode();
        data.put("for", "trailing");
        return message(sync, event(node, "input", data));
    }

    /** The body of the request that opens the route, as the client's router sends it after init. */
    String navigate(String route) {
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return message(event(ElementTree.ROOT, "ui-navigate", data));
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private String message(ObjectNode... rpcs) {
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode list = message.putArray("rpc");
        for (PendingReturn pending : pendingReturns) {
            ObjectNode rpc = list.addObject();
            rpc.put("type", "channel");
            rpc.put("node", pending.channel().get(0).asInt());
            rpc.put("channel", pending.channel().get(1).asInt());
            rpc.putArray("args").add(pending.value());
        }
        pendingReturns.clear();
        for (ObjectNode rpc : rpcs) {
            list.add(rpc);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId++);
        return message.toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new ProtocolException("not JSON: " + json.substring(0, Math.min(120, json.length())));
        }
    }
}
