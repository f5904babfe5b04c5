// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Calls the stand-in through java.net.http and prints the failure as Java programs commonly log it.
// Usage: java Client.java PROXY_PORT METHOD URL BODY MODE
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Client {
    record ApplicationError(String code, String description) {}
    record Details(ApplicationError applicationError) {}
    record ErrorResponse(String message, Details details) {}

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1).replace("\\\"", "\"") : null;
    }

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])))).build();
        HttpRequest.BodyPublisher body = args[3].isEmpty() ? HttpRequest.BodyPublishers.noBody()
                                                           : HttpRequest.BodyPublishers.ofString(args[3]);
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[2])).method(args[1], body)
                .header("Content-Type", "application/json").build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        ErrorResponse error = new ErrorResponse(field(text, "message"),
                new Details(new ApplicationError(field(text, "code"), field(text, "description"))));
        String requestId = response.headers().firstValue("x-wix-request-id").orElse("");
        switch (args[4]) {
        case "record" -> {
            System.out.println(java.time.LocalDateTime.now() + " WARN  c.e.domains.DomainService - " + response);
            System.out.println("Wix call failed: " + error + " (x-wix-request-id=" + requestId + ")");
        }
        case "kotlin" -> {
            String kotlin = "ErrorResponse(message=" + error.message() + ", details=Details(applicationError="
                    + "ApplicationError(code=" + error.details().applicationError().code() + ", description="
                    + error.details().applicationError().description() + ")))";
            System.out.println("W/DomainRepository: " + request.method() + " " + request.uri() + " failed, status="
                    + response.statusCode() + ", body=" + kotlin);
        }
        case "exception" -> {
            Exception e = new RuntimeException("HTTP " + response.statusCode() + " from " + request.method() + " "
                    + request.uri() + ": " + text);
            e.printStackTrace(System.out);
        }
        default -> System.out.println(response + " " + text);
        }
    }
}
