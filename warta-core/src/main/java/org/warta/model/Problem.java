package org.warta.model;

/**
 * Why an input was not used, for a one-line message: "{@code source}: {@code message}".
 *
 * @param source  the input (path or URL)
 * @param message what is wrong with it, in words a user understands
 */
public record Problem(String source, String message) {
    @Override
    public String toString() {
        return source + ": " + message;
    }
}
