package org.festgate.web.festival;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the festival page at a stable, readable address, {@code /festivals/<key>}, which calendar events link
 * to; the page reads the key from its address.
 */
@WebServlet("/festivals/*")
public class FestivalPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher("/festival.html").forward(request, response);
    }
}
