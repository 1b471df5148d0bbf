package dev.storybrief.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends hand-written HTTP/1.1 bytes, for requests the JDK client will not make (a foreign Host header). */
final class RawHttp {
    private RawHttp() {
    }

    /** The status code the server answers {@code request} with. */
    static int status(int port, String request) throws IOException {
        return status(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static int status(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            String[] parts = line.toString().split(" ");
            if (parts.length < 2) {
                throw new IOException("no HTTP status line, got: " + line);
            }
            return Integer.parseInt(parts[1]);
        }
    }
}
