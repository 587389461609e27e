package org.warta.app.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads sizes like {@code 16M}, {@code 512k}, {@code 1G} or plain bytes. */
final class SizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replaceAll("I?B$", "");
        long unit = 1;
        if (v.endsWith("K")) {
            unit = 1024;
        } else if (v.endsWith("M")) {
            unit = 1024 * 1024;
        } else if (v.endsWith("G")) {
            unit = 1024L * 1024 * 1024;
        }
        if (unit > 1) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v.trim()) * unit;
            if (n <= 0) {
                throw new CommandLine.TypeConversionException("size must be positive: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("not a size (like 16M or 512k): " + value);
        }
    }
}
