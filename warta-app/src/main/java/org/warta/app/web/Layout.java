package org.warta.app.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.warta.model.Moment;

/** The page frame shared by every page: head, header with search and language switch, footer. */
public final class Layout {

    /** Date formatters by interface language (immutable, thread-safe; built once, not per displayed date). */
    private static final java.util.concurrent.ConcurrentHashMap<String, DateTimeFormatter> DATE_FORMATS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Layout() {
    }

    /**
     * @param msg       interface language
     * @param title     page title (plain text, escaped here)
     * @param body      the page's HTML (already escaped by its builder)
     * @param switchUrl for each interface language, the same page in it: {@code %s} in it stands for the language
     * @param query     the search box's current value
     */
    public static String page(Messages msg, String title, String body, String switchUrl, String query) {
        StringBuilder sb = new StringBuilder(body.length() + 2048);
        head(sb, msg, title, switchUrl, query);
        sb.append(body);
        tail(sb, msg);
        return sb.toString();
    }

    /** {@link #page} for a body already in UTF-8: the frame is encoded around it, the body is not touched. */
    public static byte[] page(Messages msg, String title, byte[] bodyUtf8, String switchUrl, String query) {
        StringBuilder sb = new StringBuilder(2048);
        head(sb, msg, title, switchUrl, query);
        byte[] head = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        sb.setLength(0);
        tail(sb, msg);
        byte[] tail = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + bodyUtf8.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bodyUtf8, 0, out, head.length, bodyUtf8.length);
        System.arraycopy(tail, 0, out, head.length + bodyUtf8.length, tail.length);
        return out;
    }

    private static void head(StringBuilder sb, Messages msg, String title, String switchUrl, String query) {
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(msg.language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(title)).append(" · Warta</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/style.css\">\n</head>\n<body>\n<header class=\"top\">")
                .append("<a class=\"brand\" href=\"/\">Warta</a>")
                .append("<form class=\"searchbox\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" value=\"").append(Html.attr(query))
                .append("\" placeholder=\"").append(Html.attr(msg.get("search.placeholder")))
                .append("\" aria-label=\"").append(Html.attr(msg.get("search.title"))).append("\">")
                .append("<button type=\"submit\">").append(Html.text(msg.get("search.button"))).append("</button>")
                .append("</form><nav class=\"langs\">");
        for (String lang : Messages.LANGUAGES) {
            if (lang.equals(msg.language())) {
                sb.append("<strong>").append(lang.toUpperCase(Locale.ROOT)).append("</strong> ");
            } else {
                sb.append("<a hreflang=\"").append(lang).append("\" href=\"").append(Html.attr(switchUrl.replace("%s", lang)))
                        .append("\">").append(lang.toUpperCase(Locale.ROOT)).append("</a> ");
            }
        }
        sb.append("</nav></header>\n<main>\n");
    }

    private static void tail(StringBuilder sb, Messages msg) {
        sb.append("\n</main>\n<footer>").append(Html.text(msg.get("footer"))).append("</footer>\n</body>\n</html>\n");
    }

    /** A moment for display: the date (and time when known) in the interface language's medium style. */
    public static String when(Moment m, Messages msg) {
        String date = m.date().format(DATE_FORMATS.computeIfAbsent(msg.language(), l ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(l))));
        return m.time().map(t -> date + " " + twoDigits(t.getHour()) + ":" + twoDigits(t.getMinute())
                + m.offset().map(o -> " " + (o.getTotalSeconds() == 0 ? "UTC" : "UTC" + o.getId())).orElse(""))
                .orElse(date);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** A {@code <time>} element for a moment. */
    public static String time(Moment m, Messages msg) {
        return "<time datetime=\"" + Html.attr(m.toString()) + "\">" + Html.text(when(m, msg)) + "</time>";
    }
}
