package org.warta.story;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.Disagreement;

/**
 * Where outlets state the same fact differently: titles and roles of the same person ({@link TitleDisagreements}),
 * spellings of names ({@link NameDisagreements}), counts ({@link NumberDisagreements}) and dates ({@link DateDisagreements}). Each detector favours precision:
 * it reports few disagreements, each backed by the sentences and articles of every variant.
 */
public final class DisagreementFinder {

    public List<Disagreement> find(StoryText text) {
        if (text.members().size() < 2) {
            return List.of();
        }
        List<Disagreement> out = new ArrayList<>();
        out.addAll(new TitleDisagreements().find(text));
        out.addAll(new NameDisagreements().find(text));
        out.addAll(new NumberDisagreements().find(text));
        out.addAll(new DateDisagreements().find(text));
        return out;
    }
}
