package org.festgate.web.platform.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fonts of the PDFs Festgate prints (tickets, festival reports), which need Vietnamese and Chinese letters and
 * are embedded into each PDF: {@code festgate.pdf.fonts} lists font files (a collection as {@code file,index}),
 * each character drawn with the first font that has it. Without any of them, PDFs fall back to the standard
 * Helvetica with texts folded to plain Latin letters ("Lò Văn A" prints as "Lo Van A"), and callers print in
 * English ({@link #unicode()} tells them).
 */
@ApplicationScoped
public class PdfFonts {

    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

    @Inject
    @ConfigProperty(name = "festgate.pdf.fonts")
    private String fontFiles;

    private final List<BaseFont> fonts = new ArrayList<>();

    @PostConstruct
    void loadFonts() {
        for (String file : fontFiles.split(";")) {
            String path = file.trim();
            String onDisk = path.contains(",") ? path.substring(0, path.lastIndexOf(',')) : path;
            if (path.isEmpty() || !Files.isReadable(Path.of(onDisk))) {
                continue;
            }
            try {
                fonts.add(BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            } catch (DocumentException | IOException e) {
                LOG.warning(() -> "font " + path + " not usable for PDFs: " + e.getMessage());
            }
        }
        if (fonts.isEmpty()) {
            LOG.warning("no font of festgate.pdf.fonts found: PDFs are in English, in plain Latin letters");
        }
    }

    /** Whether fonts with Vietnamese and Chinese letters were found; without them PDFs are in English. */
    public boolean unicode() {
        return !fonts.isEmpty();
    }

    /** The language a PDF asked for in {@code language} is printed in: that one, or English without the fonts. */
    public String language(String language) {
        return unicode() ? language : "en";
    }

    /**
     * A text in the given size and style, each character in the first font that has it; folded to plain Latin
     * letters when there are no such fonts.
     *
     * @param style a style of {@link Font}, such as {@link Font#BOLD}
     */
    public Phrase phrase(String text, float size, int style) {
        if (fonts.isEmpty()) {
            return new Phrase(plain(text), new Font(Font.HELVETICA, size, style));
        }
        FontSelector selector = new FontSelector();
        fonts.forEach(font -> selector.addFont(new Font(font, size, style)));
        return selector.process(text);
    }

    /** The text in Latin letters without diacritics, which the standard PDF fonts can show. */
    static String plain(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
