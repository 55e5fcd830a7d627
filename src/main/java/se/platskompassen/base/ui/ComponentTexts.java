package se.platskompassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vaadin's components carry English texts of their own that no Java API reaches in this version:
 * the grid's "Sort by …", "Select Row" and "Select All", the password field's "Show password",
 * the date picker's "Today" and "Cancel", the upload's file buttons, the connection indicator's
 * "Online". On every page a small script puts the bundles' words in their place, in the page's
 * language, also for components added later (a watch on the page). A browser test
 * ({@code StaffScreensAuditIT}) scans the rendered pages for the English defaults.
 */
@Component
public class ComponentTexts implements VaadinServiceInitListener {

    private static final JsonMapper JSON = JsonMapper.shared();

    private static final String[] KEYS = {"sortBy", "selectRow", "selectAll", "showPassword", "today", "cancel",
        "online", "offline", "reconnecting", "fileRetry", "fileStart", "fileRemove", "uploadConnecting",
        "uploadProcessing", "uploadStalled", "uploadHeld", "uploadRemaining", "uploadUnknown", "uploadFailed",
        "uploadServerUnavailable", "uploadForbidden"};

    private static final String SCRIPT = """
            const t = JSON.parse($0);
            const lang = $1;
            window.__pkTexts = t;
            const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
            if (indicator) {
              // A status region: a lost connection is announced, and it may stand outside the landmarks
              indicator.setAttribute('role', 'status');
              indicator.onlineText = t.online;
              indicator.offlineText = t.offline;
              indicator.reconnectingText = t.reconnecting;
            }
            const names = (options, from, count) => [...Array(count)].map((_, i) =>
                new Intl.DateTimeFormat(lang, options).format(from(i)));
            const calendar = {
              monthNames: names({month: 'long'}, i => new Date(2020, i, 1), 12),
              weekdays: names({weekday: 'long'}, i => new Date(2020, 0, 5 + i), 7),
              weekdaysShort: names({weekday: 'short'}, i => new Date(2020, 0, 5 + i), 7),
              firstDayOfWeek: lang.startsWith('en-US') ? 0 : 1,
              today: t.today, cancel: t.cancel};
            const fix = e => {
              const x = window.__pkTexts;
              switch (e.localName) {
                case 'vaadin-grid-sorter': {
                  const label = e.getAttribute('aria-label');
                  if (label && label.startsWith('Sort by ')) e.setAttribute('aria-label', x.sortBy.replace('{0}', label.slice(8)));
                  break;
                }
                case 'vaadin-checkbox':
                  if (e.accessibleName === 'Select Row') e.accessibleName = x.selectRow;
                  if (e.accessibleName === 'Select All') e.accessibleName = x.selectAll;
                  break;
                case 'vaadin-password-field':
                  if (!e.i18n || e.i18n.reveal !== x.showPassword) e.i18n = {...e.i18n, reveal: x.showPassword};
                  break;
                case 'vaadin-date-picker':
                  if (!e.i18n || e.i18n.today !== x.today) e.i18n = {...e.i18n, ...calendar};
                  break;
                case 'vaadin-upload': {
                  const i = e.i18n || {};
                  if (i.file && i.file.remove === x.fileRemove) break;
                  e.i18n = {...i,
                    file: {retry: x.fileRetry, start: x.fileStart, remove: x.fileRemove},
                    uploading: {...(i.uploading || {}),
                      status: {connecting: x.uploadConnecting, stalled: x.uploadStalled,
                               processing: x.uploadProcessing, held: x.uploadHeld},
                      remainingTime: {prefix: x.uploadRemaining, unknown: x.uploadUnknown},
                      error: {serverUnavailable: x.uploadServerUnavailable, unexpectedServerError: x.uploadFailed,
                              forbidden: x.uploadForbidden}}};
                  break;
                }
              }
            };
            const selector = 'vaadin-grid-sorter, vaadin-checkbox, vaadin-password-field, vaadin-date-picker, vaadin-upload';
            const scan = root => { if (root.matches && root.matches(selector)) fix(root); root.querySelectorAll(selector).forEach(fix); };
            if (!window.__pkTextsWatch) {
              window.__pkTextsWatch = new MutationObserver(records => {
                for (const r of records) {
                  if (r.type === 'attributes') fix(r.target);
                  else r.addedNodes.forEach(n => { if (n.nodeType === 1) scan(n); });
                }
              });
              window.__pkTextsWatch.observe(document.body,
                  {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label']});
            }
            scan(document.body);
            """;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(after -> apply(ui));
        });
    }

    /** Puts the words of the UI's language into Vaadin's components on its page. */
    public static void apply(UI ui) {
        ObjectNode texts = JSON.createObjectNode();
        for (String key : KEYS) {
            texts.put(key, ui.getTranslation("vaadin." + key));
        }
        ui.getPage().executeJs(SCRIPT, texts.toString(), ui.getLocale().toLanguageTag());
    }
}
