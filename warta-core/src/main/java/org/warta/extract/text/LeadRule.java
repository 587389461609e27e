package org.warta.extract.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.extract.vocab.Agencies;

/**
 * The lead of the first paragraph: "Moskow (ANTARA) - ", "MerahPutih.com - ", "JAKARTA, KOMPAS.com - ",
 * "RADARDETIK.ID – ". Its comma-separated parts are read as a dateline (capitalised place words), an outlet (a
 * domain-like name), or a credited agency in parentheses (which is also the outlet when no domain-like name is
 * given). An unknown agency counts when it is written like one, in capitals ("Pandeglang (LINTAS) - "). The text keeps the lead as written; only metadata is taken. A dateline is kept exactly as written
 * (including any typo in the source, e.g. "Moskoww"), because correcting place names is not extraction's job.
 */
final class LeadRule implements TextRule {
    private static final Pattern LEAD = Pattern.compile("^(?<lead>[^-–—]{2,60}?)\\s+[-–—]+\\s+\\S");
    private static final Pattern PART = Pattern.compile(
            "^(?<name>[^()]+?)?\\s*(?:\\((?<paren>[^()]{2,30})\\))?$");
    private static final Pattern DOMAIN = Pattern.compile(
            "^[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?i:com|id|co\\.id|net|org|tv|news|co|info|asia|my|sg)$");
    private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){0,2}$");

    /**
     * An agency the page itself credits in its dateline, known or not: "Pandeglang (LINTAS) - " — one capitalised
     * token of 2 to 15 letters, digits, "&" or "-" (an acronym or wire name, as agencies style themselves there).
     */
    private static final Pattern AGENCY_TOKEN = Pattern.compile("^\\p{Lu}[\\p{Lu}\\d&-]{1,14}$");

    private final Agencies agencies;

    LeadRule(Agencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public void apply(ScrapedPage page) {
        int i = page.nextBody(0);
        if (i < 0) {
            return;
        }
        Matcher m = LEAD.matcher(page.lines.get(i).text);
        if (!m.find()) {
            return;
        }
        Optional<String> outlet = Optional.empty();
        Optional<String> dateline = Optional.empty();
        Optional<String> agency = Optional.empty();
        for (String part : m.group("lead").split("\\s*,\\s*")) {
            Matcher p = PART.matcher(part.strip());
            if (!p.matches()) {
                return;
            }
            String name = p.group("name") == null ? "" : p.group("name").strip();
            if (!name.isEmpty()) {
                if (DOMAIN.matcher(name).matches()) {
                    outlet = Optional.of(name);
                } else if (PLACE.matcher(name).matches() && dateline.isEmpty()) {
                    dateline = Optional.of(name);
                } else {
                    return;
                }
            }
            if (p.group("paren") != null) {
                String paren = p.group("paren").strip();
                Optional<String> known = agencies.normalise(paren);
                if (known.isEmpty() && !DOMAIN.matcher(paren).matches() && !AGENCY_TOKEN.matcher(paren).matches()) {
                    return;
                }
                agency = Optional.of(known.orElse(paren));
            }
        }
        if (outlet.isEmpty() && dateline.isEmpty() && agency.isEmpty()) {
            return;
        }
        agency.ifPresent(page.credits::add);
        page.outlet = outlet.isPresent() ? outlet : agency;
        page.dateline = dateline;
    }
}
