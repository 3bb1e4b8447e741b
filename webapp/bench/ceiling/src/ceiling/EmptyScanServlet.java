package ceiling;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The least a server can do for a scan: read the request body, answer a small JSON without deciding anything.
 * A GET answers that the server is up.
 */
@WebServlet("/servlet/scans")
public class EmptyScanServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().write("ready");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int length = request.getInputStream().readAllBytes().length;
        response.setContentType("application/json");
        response.getWriter().write("{\"outcome\":\"ADMIT\",\"bytes\":" + length + "}");
    }
}
