package org.festgate.web.ticket;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the visitor's ticket page at its unguessable address, {@code /tickets/<publicId>}, the link a visitor
 * gets after claiming; the page reads the public id from its address and the ticket from the API. The address
 * is the only key to the ticket, so it is kept out of referrers and search engines.
 */
@WebServlet("/tickets/*")
public class TicketPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
        request.getRequestDispatcher("/ticket.html").forward(request, response);
    }
}
