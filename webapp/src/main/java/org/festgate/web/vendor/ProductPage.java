package org.festgate.web.vendor;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves a product's page at {@code /products/<key>}, the address its QR code holds; the page reads the key from
 * its address and the product from the API.
 */
@WebServlet("/products/*")
public class ProductPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page of a product, relative to the site's root. */
    static String address(String key) {
        return "/products/" + key;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher("/product.html").forward(request, response);
    }
}
