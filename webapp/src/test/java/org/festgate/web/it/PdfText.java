package org.festgate.web.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The text of a PDF the server made (a ticket, a report), read with OpenPDF's extractor, to check what it says. */
final class PdfText {

    private PdfText() {
    }

    /** The text of every page of a PDF, page after page. */
    static String of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            reader.close();
            return String.join("\n", pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
