package org.warta.bench.clustering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The pinned quality floors of an area ({@code org/warta/bench/floors/<area>.properties}). */
public final class Floors {

    private final Properties properties = new Properties();
    private final String area;

    private Floors(String area) {
        this.area = area;
        try (InputStream in = Floors.class.getResourceAsStream("/org/warta/bench/floors/" + area + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("no floors file for " + area);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Floors of(String area) {
        return new Floors(area);
    }

    public double get(String key) {
        String v = properties.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("floors/" + area + ".properties has no " + key);
        }
        return Double.parseDouble(v.strip());
    }
}
