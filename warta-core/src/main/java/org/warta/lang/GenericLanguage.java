package org.warta.lang;

/** Analysis for a language without a pack: tokens as they are, no lists. */
final class GenericLanguage extends LanguagePack {
    private final String code;

    GenericLanguage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
