package org.festgate.web.ticket;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.festgate.core.ticket.TicketQr;
import org.festgate.web.festival.FestivalViews.EntranceView;
import org.festgate.web.platform.export.PdfFonts;
import org.festgate.web.ticket.TicketViews.VisitorTicket;

/**
 * The printable ticket: one A5 page with the festival, the dates, the venue and its entrances, the holder, the
 * ticket type and the QR code, in the visitor's language, with the fonts of {@link PdfFonts} (without them in
 * English, names folded to plain Latin letters); the QR carries the token unchanged either way.
 */
@ApplicationScoped
public class TicketPdf {

    private static final int QR_PIXELS = 600;

    /** The labels of the page in the three languages. */
    private static final Map<String, List<String>> LABELS = Map.of(
            "vi", List.of("Người giữ vé: ", "Vé: ", " - số ", "Cổng vào: ", "Hiệu lực: ", " đến "),
            "en", List.of("Holder: ", "Ticket: ", " - no. ", "Entrances: ", "Valid: ", " to "),
            "zh", List.of("持票人：", "门票：", " - 编号 ", "入口：", "有效期：", " 至 "));

    @Inject
    private PdfFonts fonts;

    /**
     * The PDF of an issued ticket.
     *
     * @param ticket the ticket
     * @param language vi, en or zh; English when the fonts for the others are missing
     */
    byte[] render(VisitorTicket ticket, String language) {
        String lang = fonts.language(language);
        List<String> label = LABELS.get(lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.addTitle("Festgate " + ticket.ticketId());
            document.add(line(ticket.festival().in(lang), 18, Font.BOLD));
            document.add(line(ticket.date() + (ticket.endDate().equals(ticket.date()) ? "" : " - " + ticket.endDate()),
                    12, Font.NORMAL));
            document.add(line(ticket.venue().name().in(lang), 12, Font.NORMAL));
            Image qr = Image.getInstance(TicketQr.png(ticket.token(), QR_PIXELS));
            qr.scaleToFit(260, 260);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
            document.add(line(label.get(0) + ticket.holderName(), 13, Font.BOLD));
            document.add(line(label.get(1) + ticket.ticketType().name().in(lang) + label.get(2)
                    + ticket.ticketId(), 11, Font.NORMAL));
            document.add(line(label.get(3) + String.join(", ", ticket.entrances().stream()
                    .map(EntranceView::name).map(n -> n.in(lang)).toList()), 11, Font.NORMAL));
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
        Paragraph paragraph = new Paragraph(fonts.phrase(text, size, style));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }
}
