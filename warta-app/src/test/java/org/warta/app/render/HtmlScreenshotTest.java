package org.warta.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the seed story's HTML report in headless Chromium and checks the screenshot is a real page: the right
 * size, mostly light, with a substantial amount of ink, the dark page header and coloured dots of the coverage
 * timeline. Skipped when Chromium is not installed (CI installs it). With {@code -Dwarta.screenshot=/tmp/x.png} the
 * screenshot (and the page, as {@code /tmp/x.png.html}) are kept for a person to look at.
 */
class HtmlScreenshotTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void reportPageRendersInChromium(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + " (apt-get install chromium): screenshot test skipped");
        Path html = dir.resolve("digest.html");
        Files.writeString(html, new HtmlRenderer().render(SeedDigest.load()), StandardCharsets.UTF_8);
        Path png = dir.resolve("digest.png");
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1280,2000",
                html.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(png).exists();
        String keep = System.getProperty("warta.screenshot");
        if (keep != null) {
            Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(html, Path.of(keep + ".html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(img.getHeight()).isEqualTo(2000);
        long ink = 0;
        long colourful = 0;
        long total = (long) img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    ink++;
                }
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) {
                    colourful++;
                }
            }
        }
        assertThat(ink).as("non-white pixels").isGreaterThan(total / 50).isLessThan(total / 2);
        assertThat(colourful).as("coloured pixels (header, dots, matrix)").isGreaterThan(2_000);
        int header = img.getRGB(20, 20);
        assertThat(((header >> 16) & 0xff) + ((header >> 8) & 0xff) + (header & 0xff)).as("dark header")
                .isLessThan(200);
    }
}
