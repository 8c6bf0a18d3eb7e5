package dev.optout.browser;

import dev.optout.page.Observation;
import dev.optout.page.PageSignals;
import dev.optout.page.Traffic;
import dev.optout.page.TrafficMark;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** What signals.js answers, as the page port's {@link Observation}: the requests as Resource Timing lists them. */
final class ObservedSignals {

    static final String RESOURCE_TIMING = "the page's Resource Timing entries";

    private ObservedSignals() {
    }

    @SuppressWarnings("unchecked")
    static Observation from(Map<String, Object> raw) {
        List<PageSignals.Message> messages = list(raw, "messages").stream()
                .map(m -> new PageSignals.Message(PageSignals.Message.Kind.valueOf(text(m, "kind")), text(m, "text")))
                .toList();
        List<PageSignals.FieldMessage> fieldMessages = list(raw, "fieldMessages").stream()
                .map(m -> new PageSignals.FieldMessage(text(m, "field"), text(m, "text"))).toList();
        List<PageSignals.Dialog> dialogs = list(raw, "dialogs").stream()
                .map(d -> new PageSignals.Dialog(text(d, "text"), Boolean.TRUE.equals(d.get("modal")),
                        Boolean.TRUE.equals(d.get("asks")))).toList();
        List<String> headings = ((List<Object>) raw.getOrDefault("headings", List.of())).stream()
                .map(String::valueOf).toList();
        List<String> openFields = ((List<Object>) raw.getOrDefault("openFields", List.of())).stream()
                .map(String::valueOf).toList();
        Map<String, Object> form = (Map<String, Object>) raw.get("form");
        PageSignals signals = new PageSignals(messages, fieldMessages, dialogs, headings, openFields,
                new PageSignals.FormState(number(form, "watched"), number(form, "shown"), number(form, "enabled")));
        Map<String, Object> mark = (Map<String, Object>) raw.get("mark");
        TrafficMark now = new TrafficMark(text(mark, "document"), decimal(mark, "at"), decimal(mark, "epoch"));
        List<Traffic.Request> requests = list(raw, "requests").stream().map(ObservedSignals::request).toList();
        return new Observation(signals, now, new Traffic(RESOURCE_TIMING, false, requests));
    }

    private static Traffic.Request request(Map<String, Object> raw) {
        // Every entry is a finished request: one whose status the browser does not give has an unreadable answer.
        Object status = raw.get("status");
        return new Traffic.Request(text(raw, "address"), "", text(raw, "kind"),
                OptionalInt.of(status instanceof Number n ? n.intValue() : 0),
                Boolean.TRUE.equals(raw.get("failed")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> raw, String key) {
        return (List<Map<String, Object>>) raw.getOrDefault(key, List.of());
    }

    private static String text(Map<String, Object> raw, String key) {
        Object value = raw.get(key);
        return value == null ? "" : value.toString();
    }

    private static int number(Map<String, Object> raw, String key) {
        return ((Number) raw.getOrDefault(key, 0)).intValue();
    }

    private static double decimal(Map<String, Object> raw, String key) {
        return ((Number) raw.getOrDefault(key, 0)).doubleValue();
    }
}
