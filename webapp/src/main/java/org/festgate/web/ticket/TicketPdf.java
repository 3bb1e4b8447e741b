package org.festgate.web.ticket;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.festgate.core.ticket.TicketQr;
import org.festgate.web.festival.FestivalViews.EntranceView;
import org.festgate.web.ticket.TicketViews.VisitorTicket;

/**
 * The printable ticket: one A5 page with the festival, the dates, the venue and its entrances, the holder, the
 * ticket type and the QR code. The PDF's standard fonts have no Vietnamese or Chinese glyphs, so the page is in
 * English with names folded to plain Latin letters ("Lò Văn A" prints as "Lo Van A"); the QR carries the token
 * unchanged.
 */
final class TicketPdf {

    private static final int QR_PIXELS = 600;

    private TicketPdf() {
    }

    static byte[] render(VisitorTicket ticket) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.addTitle("Festgate ticket " + ticket.ticketId());
            document.add(centered(plain(ticket.festival().en()), new Font(Font.HELVETICA, 18, Font.BOLD)));
            document.add(centered(ticket.date() + (ticket.endDate().equals(ticket.date()) ? ""
                    : " - " + ticket.endDate()), new Font(Font.HELVETICA, 12)));
            document.add(centered(plain(ticket.venue().name().en()), new Font(Font.HELVETICA, 12)));
            Image qr = Image.getInstance(TicketQr.png(ticket.token(), QR_PIXELS));
            qr.scaleToFit(260, 260);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
            Font text = new Font(Font.HELVETICA, 11);
            document.add(centered("Holder: " + plain(ticket.holderName()), new Font(Font.HELVETICA, 13, Font.BOLD)));
            document.add(centered("Ticket: " + plain(ticket.ticketType().name().en()) + " - no. "
                    + ticket.ticketId(), text));
            document.add(centered("Entrances: " + String.join(", ", ticket.entrances().stream()
                    .map(EntranceView::name).map(n -> plain(n.en())).toList()), text));
            document.add(centered("Valid " + ticket.validFrom() + " to " + ticket.validUntil() + " (UTC)", text));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the ticket PDF could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Paragraph centered(String line, Font font) {
        Paragraph paragraph = new Paragraph(line, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** The text in Latin letters without diacritics, which the standard PDF fonts can show. */
    static String plain(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
