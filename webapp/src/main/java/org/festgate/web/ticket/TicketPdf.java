package org.festgate.web.ticket;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.festgate.core.ticket.TicketQr;
import org.festgate.web.festival.FestivalViews.EntranceView;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.ticket.TicketViews.VisitorTicket;

/**
 * The printable ticket: one A5 page with the festival, the dates, the venue and its entrances, the holder, the
 * ticket type and the QR code, in the visitor's language. The texts need fonts with Vietnamese and Chinese
 * letters, embedded into the PDF: {@code festgate.pdf.fonts} lists font files (a collection as {@code file,index}),
 * each character drawn with the first font that has it. Without any of them the page falls back to the PDF's
 * standard font, in English with names folded to plain Latin letters ("Lò Văn A" prints as "Lo Van A"); the QR
 * carries the token unchanged either way.
 */
@ApplicationScoped
public class TicketPdf {

    private static final Logger LOG = Logger.getLogger(TicketPdf.class.getName());
    private static final int QR_PIXELS = 600;

    /** The labels of the page in the three languages. */
    private static final Map<String, List<String>> LABELS = Map.of(
            "vi", List.of("Người giữ vé: ", "Vé: ", " - số ", "Cổng vào: ", "Hiệu lực: ", " đến "),
            "en", List.of("Holder: ", "Ticket: ", " - no. ", "Entrances: ", "Valid: ", " to "),
            "zh", List.of("持票人：", "门票：", " - 编号 ", "入口：", "有效期：", " 至 "));

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
                LOG.warning(() -> "font " + path + " not usable for tickets: " + e.getMessage());
            }
        }
        if (fonts.isEmpty()) {
            LOG.warning("no font of festgate.pdf.fonts found: ticket PDFs are in English, in plain Latin letters");
        }
    }

    /**
     * The PDF of an issued ticket.
     *
     * @param ticket the ticket
     * @param language vi, en or zh; English when the fonts for the others are missing
     */
    byte[] render(VisitorTicket ticket, String language) {
        boolean unicode = !fonts.isEmpty();
        String lang = unicode ? language : "en";
        List<String> label = LABELS.get(lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.addTitle("Festgate " + ticket.ticketId());
            document.add(line(text(ticket.festival(), lang, unicode), 18, Font.BOLD));
            document.add(line(ticket.date() + (ticket.endDate().equals(ticket.date()) ? "" : " - " + ticket.endDate()),
                    12, Font.NORMAL));
            document.add(line(text(ticket.venue().name(), lang, unicode), 12, Font.NORMAL));
            Image qr = Image.getInstance(TicketQr.png(ticket.token(), QR_PIXELS));
            qr.scaleToFit(260, 260);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
            document.add(line(label.get(0) + show(ticket.holderName(), unicode), 13, Font.BOLD));
            document.add(line(label.get(1) + text(ticket.ticketType().name(), lang, unicode) + label.get(2)
                    + ticket.ticketId(), 11, Font.NORMAL));
            document.add(line(label.get(3) + String.join(", ", ticket.entrances().stream()
                    .map(EntranceView::name).map(n -> text(n, lang, unicode)).toList()), 11, Font.NORMAL));
            document.add(line(label.get(4) + ticket.validFrom() + label.get(5) + ticket.validUntil() + " (UTC)", 11,
                    Font.NORMAL));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the ticket PDF could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Paragraph line(String text, float size, int style) {
        Phrase phrase;
        if (fonts.isEmpty()) {
            phrase = new Phrase(text, new Font(Font.HELVETICA, size, style));
        } else {
            FontSelector selector = new FontSelector();
            fonts.forEach(font -> selector.addFont(new Font(font, size, style)));
            phrase = selector.process(text);
        }
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static String text(Text text, String lang, boolean unicode) {
        String value = switch (lang) {
            case "en" -> text.en();
            case "zh" -> text.zh();
            default -> text.vi();
        };
        return show(value, unicode);
    }

    private static String show(String text, boolean unicode) {
        return unicode ? text : plain(text);
    }

    /** The text in Latin letters without diacritics, which the standard PDF fonts can show. */
    static String plain(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
