package org.warta.story;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.warta.model.CopyLink;
import org.warta.model.Moment;

/**
 * Who reported a story and where the reports came from.
 *
 * @param credits            agencies and outlets credited, most credited first
 * @param copies             syndicated copies and their originals
 * @param independentSources texts that are not copies of another member
 * @param outlets            outlets covering the story, in order of first report
 * @param firstReport        earliest publication
 * @param lastUpdate         latest publication or modification
 */
public record Provenance(List<String> credits, List<CopyLink> copies, OptionalInt independentSources,
                         List<String> outlets, Optional<Moment> firstReport, Optional<Moment> lastUpdate) {
    public Provenance {
        credits = List.copyOf(credits);
        copies = List.copyOf(copies);
        outlets = List.copyOf(outlets);
    }
}
