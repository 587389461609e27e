package org.warta.story;

/**
 * One sentence of a member article, analysed for synthesis.
 *
 * @param id          index of the sentence in its {@link StoryText}
 * @param article     index of its article among the members
 * @param articleId   the article's id
 * @param index       position of the sentence in its article (0 = lead)
 * @param text        the sentence as the reader sees it (a leading dateline or bullet removed)
 * @param start       offset of the sentence in the article text
 * @param end         end offset (exclusive) in the article text
 * @param words       number of word tokens
 * @param terms       ids of its distinct features (content stems, names, numbers) in the story's vocabulary
 * @param candidate   true when it may be quoted out of context: long enough, not a fragment of a quotation,
 *                    not a question
 * @param anaphoric   true when it opens by pointing back to an earlier sentence ("Hal tersebut", "Ia")
 */
public record StorySentence(int id, int article, String articleId, int index, String text, int start, int end,
                            int words, int[] terms, boolean candidate, boolean anaphoric) {
}
